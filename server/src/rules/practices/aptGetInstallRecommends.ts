import { Stage } from '../../model/model';
import { booleanInput, nothingFoundWith, Rule, stageCheck } from '../rule';
import { AptCall, configuredBefore, helperStages, missingOptionFindings, undecidedAptInstalls } from './shell';

const RECOMMENDS_SETTING = /Install-Recommends/i;
const NO_RECOMMENDS_OPTION = /^(?:--install-recommends=(?:false|no|0)|(?:-o|--option)=APT::Install-Recommends=(?:false|no|0))$/i;

/** Whether an install call pulls in recommended packages (no option says otherwise). */
function recommends(call: AptCall): boolean {
  const { options } = call;
  for (let o = 0; o < options.length; o++) if (options[o] === '--no-install-recommends' || NO_RECOMMENDS_OPTION.test(options[o])) return false;
  return true;
}

/** `apt-get install` that also pulls in every recommended package. */
export const aptGetInstallRecommends: Rule = {
  id: 'AptGetInstallRecommends',
  kind: 'practice',
  defaultSeverity: 'hint',
  description: {
    en: 'apt-get install runs without --no-install-recommends and installs recommended packages too.',
    zh: 'apt-get install 没有加 --no-install-recommends，会连同推荐的软件包一起安装。',
  },
  messages: {
    recommends: {
      en: "'{0} install' without --no-install-recommends also installs every recommended package, which makes the image bigger. Add --no-install-recommends and list what you need.",
      zh: '“{0} install”没有加 --no-install-recommends，会把推荐的软件包也一并装上，使镜像变大。请加上 --no-install-recommends，并明确列出需要的软件包。',
    },
    addOption: { en: "Add '--no-install-recommends'", zh: '加上“--no-install-recommends”' },
  },
  stages: stageCheck({
    prepare: ({ syntax, model }) => ({
      escapeChar: syntax.escapeChar,
      model,
      // Layers of a stage that only feeds COPY --from do not ship; an apt configuration written
      // earlier (APT::Install-Recommends) decides instead.
      helpers: helperStages(model.stages, model.findStage),
    }),
    inputOf(stage, { model, helpers }, outputOf: (stage: Stage) => boolean | undefined) {
      return booleanInput(helpers.has(stage), configuredBefore(model, stage, outputOf));
    },
    check(stage, { escapeChar, model, helpers }, outputOf: (stage: Stage) => boolean | undefined) {
      if (helpers.has(stage)) return nothingFoundWith(false);
      // Only the installs without --no-install-recommends come back.
      const { installs, configured } = undecidedAptInstalls(stage, configuredBefore(model, stage, outputOf), RECOMMENDS_SETTING, recommends);
      if (installs.length === 0) return nothingFoundWith(configured);
      const findings = missingOptionFindings(installs, escapeChar, 'recommends', 'addOption', '--no-install-recommends');
      return { findings, output: configured };
    },
  }),
};
