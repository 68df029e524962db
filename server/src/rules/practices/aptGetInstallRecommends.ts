import { Finding, Rule } from '../rule';
import { aptCalls, commandName, helperStages, mapperFor, runScript, simulates } from './shell';

const RECOMMENDS_SETTING = /Install-Recommends/i;
const NO_RECOMMENDS_OPTION = /^(?:--install-recommends=(?:false|no|0)|(?:-o|--option)=APT::Install-Recommends=(?:false|no|0))$/i;

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
  check({ syntax, model }) {
    const findings: Finding[] = [];
    const helpers = helperStages(model.stages, model.findStage);
    const configuredStages = new Set<number>();
    for (const stage of model.stages) {
      // Layers of a stage that only feeds COPY --from do not ship.
      if (helpers.has(stage)) continue;
      // An apt configuration written earlier in the stage (or the stage it builds on) (APT::Install-Recommends) decides instead.
      const base = model.findStage(stage.base);
      let configured = base !== undefined && base.index < stage.index && configuredStages.has(base.index);
      for (const instruction of stage.instructions) {
        const script = runScript(instruction);
        if (!script) continue;
        for (const call of aptCalls(script)) {
          if (configured || call.action.value !== 'install' || simulates(call)) continue;
          if (call.options.some((o) => o === '--no-install-recommends' || NO_RECOMMENDS_OPTION.test(o))) continue;
          const mapper = mapperFor(instruction, syntax.escapeChar);
          const end = mapper.position(call.action.end, true);
          findings.push({
            range: mapper.range(call.tool.start, call.action.end),
            message: 'recommends',
            args: [call.tool.value],
            fixes: [{ title: 'addOption', edits: [{ range: { start: end, end }, newText: ' --no-install-recommends' }] }],
          });
        }
        if (RECOMMENDS_SETTING.test(instruction.rest.text) && script.commands.some((c) => !['apt-get', 'apt'].includes(commandName(c)?.word.value ?? '') && RECOMMENDS_SETTING.test(c.words.map((w) => w.raw).join(' ')))) {
          configured = true;
        }
      }
      if (configured) configuredStages.add(stage.index);
    }
    return findings;
  },
};
