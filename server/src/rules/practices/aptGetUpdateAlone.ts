import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { aptCalls, mapperFor, mayMention, runScript, shellText } from './shell';

/** Sub-commands that read the package lists `apt-get update` just fetched. */
const USES_LISTS = new Set(['install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download', 'satisfy']);

/** `apt-get update` in a RUN that installs nothing: its layer is cached and goes stale. */
export const aptGetUpdateAlone: Rule = {
  id: 'AptGetUpdateAlone',
  kind: 'practice',
  defaultSeverity: 'info',
  description: {
    en: 'apt-get update runs in a RUN that installs nothing, so its cached layer goes stale.',
    zh: 'apt-get update 所在的 RUN 指令没有安装任何软件包，其缓存层会过期。',
  },
  messages: {
    alone: {
      en: "'{0} update' without an install in the same RUN: the build cache keeps this layer, so later installs use stale package lists. Run update and install together.",
      zh: '“{0} update”所在的 RUN 指令中没有安装命令：构建缓存会沿用这一层，之后的安装将使用过期的软件包列表。请在同一条 RUN 中执行 update 和 install。',
    },
  },
  appliesTo: ['RUN'],
  checkInstruction(instruction, { syntax }) {
    // Most RUNs run no apt at all: no need to read their script.
    const text = shellText(instruction);
    if (text === undefined || !mayMention(text, 'apt')) return NOTHING_FOUND;
    const calls = aptCalls(runScript(instruction)!);
    // Index loops: this runs on every RUN that mentions apt.
    for (let c = 0; c < calls.length; c++) if (USES_LISTS.has(calls[c].action.value)) return NOTHING_FOUND;
    let findings: Finding[] | undefined;
    for (let c = 0; c < calls.length; c++) {
      const call = calls[c];
      if (call.action.value !== 'update') continue;
      const mapper = mapperFor(instruction, syntax.escapeChar);
      (findings ??= []).push({ range: mapper.range(call.tool.start, call.action.end), message: 'alone', args: [call.tool.value] });
    }
    return findings ?? NOTHING_FOUND;
  },
};
