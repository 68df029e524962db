import { Stage } from '../../model/model';
import { booleanInput, nothingFoundWith, Rule, stageCheck } from '../rule';
import { AptCall, commandName, configuredBefore, missingOptionFindings, ShellScript, undecidedAptInstalls } from './shell';

const ASSUME_YES_SETTING = /Assume-Yes/i;
const ASSUME_YES_OPTION = /^(?:-o|--option)=APT::Get::Assume-Yes=(?:true|yes|1)$/i;
const SHORT_OPTIONS = /^-[A-Za-z]+$/;

/** Whether apt's options answer its prompt: -y, --yes, --assume-yes, -qq (implies -y) or the setting. */
export function assumesYes(options: readonly string[]): boolean {
  let quiet = 0;
  // An index loop: this runs on every apt install.
  for (let o = 0; o < options.length; o++) {
    const option = options[o];
    if (option === '--yes' || option === '--assume-yes' || ASSUME_YES_OPTION.test(option)) return true;
    if (option === '-q=2' || option === '--quiet=2' || option === '-q2') return true;
    if (option === '--quiet') quiet++;
    else if (SHORT_OPTIONS.test(option)) {
      if (option.includes('y')) return true;
      // The q's of a cluster such as -qq or -qqy.
      for (let i = option.indexOf('q'); i >= 0; i = option.indexOf('q', i + 1)) quiet++;
    }
  }
  return quiet >= 2;
}

/** Whether nothing answers an install call's prompt: no option, and no `yes |` feeding it. */
function prompts(call: AptCall, script: ShellScript): boolean {
  if (assumesYes(call.options)) return false;
  const feeder = call.index > 0 && call.command.before === '|' ? commandName(script.commands[call.index - 1]) : undefined;
  return feeder?.word.value !== 'yes';
}

/** `apt-get install` without -y: nothing answers the confirmation prompt during the build. */
export const aptGetInstallWithoutYes: Rule = {
  id: 'AptGetInstallWithoutYes',
  kind: 'practice',
  defaultSeverity: 'info',
  description: {
    en: 'apt-get install runs without -y, so the build cannot answer its confirmation prompt.',
    zh: 'apt-get install 没有加 -y，构建时无法回答确认提示。',
  },
  messages: {
    noYes: {
      en: "'{0} install' without -y: no one can answer its confirmation prompt during the build, which then aborts. Add -y.",
      zh: '“{0} install”没有加 -y：构建过程中无人回答确认提示，构建会因此中止。请加上 -y。',
    },
    addYes: { en: "Add '-y'", zh: '加上“-y”' },
  },
  stages: stageCheck({
    prepare: ({ syntax, model }) => ({ escapeChar: syntax.escapeChar, model }),
    // An apt configuration written earlier (APT::Get::Assume-Yes), here or in the stage this one
    // is built on, answers the prompt instead.
    inputOf(stage, { model }, outputOf: (stage: Stage) => boolean | undefined) {
      return booleanInput(configuredBefore(model, stage, outputOf));
    },
    check(stage, { escapeChar, model }, outputOf: (stage: Stage) => boolean | undefined) {
      // Only the installs that would prompt come back.
      const { installs, configured } = undecidedAptInstalls(stage, configuredBefore(model, stage, outputOf), ASSUME_YES_SETTING, prompts);
      if (installs.length === 0) return nothingFoundWith(configured);
      const findings = missingOptionFindings(installs, escapeChar, 'noYes', 'addYes', '-y');
      return { findings, output: configured };
    },
  }),
};
