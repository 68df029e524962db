import { Stage } from '../../model/model';
import { Finding, Rule, stageCheck } from '../rule';
import { AptCall, baseStage, booleanInput, helperStages, mapperFor, nothingFoundWith, undecidedAptInstalls } from './shell';

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
      const base = baseStage(model, stage);
      return booleanInput(helpers.has(stage), base !== undefined && outputOf(base) === true);
    },
    check(stage, { escapeChar, model, helpers }, outputOf: (stage: Stage) => boolean | undefined) {
      if (helpers.has(stage)) return nothingFoundWith(false);
      const base = baseStage(model, stage);
      // Only the installs without --no-install-recommends come back.
      const { installs, configured } = undecidedAptInstalls(stage, base !== undefined && outputOf(base) === true, RECOMMENDS_SETTING, recommends);
      if (installs.length === 0) return nothingFoundWith(configured);
      const findings: Finding[] = [];
      for (let n = 0; n < installs.length; n++) {
        const { instruction, call } = installs[n];
        const mapper = mapperFor(instruction, escapeChar);
        const end = mapper.position(call.action.end, true);
        findings.push({
          range: mapper.range(call.tool.start, call.action.end),
          message: 'recommends',
          args: [call.tool.value],
          fixes: [{ title: 'addOption', edits: [{ range: { start: end, end }, newText: ' --no-install-recommends' }] }],
        });
      }
      return { findings, output: configured };
    },
  }),
};
