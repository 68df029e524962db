import { Instruction } from '../../parser/syntax';
import { baseStageOf, DockerfileModel, Stage } from '../../model/model';
import { Finding, NOTHING_FOUND, Rule, StageInput, stageCheck } from '../rule';
import { ShellScript, commandName, mapperFor, runScript, shellText } from './shell';

interface ShellState {
  /** A POSIX-like shell, where `-o pipefail` means something. */
  posix: boolean;
  pipefail: boolean;
}

/**
 * The four states, shared (never changed), so that no stage makes its own, nor its own input or
 * result when it finds nothing: by `stateIndex`.
 */
const STATES: readonly ShellState[] = [
  { posix: false, pipefail: false },
  { posix: true, pipefail: false },
  { posix: false, pipefail: true },
  { posix: true, pipefail: true },
].map((state) => Object.freeze(state));
const stateIndex = (posix: boolean, pipefail: boolean) => (posix ? 1 : 0) + (pipefail ? 2 : 0);
const NOTHING_FOUND_WITH = STATES.map((output) => Object.freeze({ findings: NOTHING_FOUND, output }));
/** By the file's escape character (a backtick: a Windows file), then by the inherited state (none, or its index + 1). */
const INPUTS: readonly StageInput[] = [false, true].flatMap((windowsFile) => [
  Object.freeze([windowsFile, undefined, undefined]),
  ...STATES.map((state) => Object.freeze([windowsFile, state.posix, state.pipefail])),
]);

const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const WINDOWS_IMAGE = /windows|nanoserver|servercore/i;
/** `-o`, or a cluster of short options ending in `o` (`-eo`, `-euxo`), that takes `pipefail`. */
const SET_O = /^-[A-Za-z]*o$/;

/** A pipe in a RUN whose shell does not fail when a command before the last one fails. */
export const pipeWithoutPipefail: Rule = {
  id: 'PipeWithoutPipefail',
  kind: 'practice',
  defaultSeverity: 'info',
  description: {
    en: 'A RUN pipes commands without -o pipefail, so a failure before the last command goes unnoticed.',
    zh: 'RUN 指令使用了管道但没有设置 -o pipefail，管道中前面命令的失败会被忽略。',
  },
  messages: {
    pipe: {
      en: "Without 'pipefail', this pipe only fails when its last command fails, so the build may go on after an error. Set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"], or start the RUN with 'set -o pipefail &&' where /bin/sh supports it.",
      zh: '没有设置“pipefail”时，管道只在最后一条命令失败时才失败，出错后构建可能继续进行。请设置 SHELL ["/bin/bash", "-o", "pipefail", "-c"]；如果 /bin/sh 支持，也可以在 RUN 开头加上“set -o pipefail &&”。',
    },
  },
  stages: stageCheck({
    prepare: ({ syntax, model }) => ({ escapeChar: syntax.escapeChar, windowsFile: syntax.escapeChar === '`', model }),
    // The shell in force when the stage starts: the one its base stage ended with, else sh (on a Linux image).
    inputOf(stage, { windowsFile, model }, outputOf: (stage: Stage) => ShellState | undefined) {
      const inherited = inheritedState(model, stage, outputOf);
      return INPUTS[(windowsFile ? 5 : 0) + (inherited ? 1 + stateIndex(inherited.posix, inherited.pipefail) : 0)];
    },
    check(stage, { escapeChar, windowsFile, model }, outputOf: (stage: Stage) => ShellState | undefined) {
      let findings: Finding[] | undefined;
      let state: ShellState = inheritedState(model, stage, outputOf) ?? STATES[stateIndex(!windowsFile && !WINDOWS_IMAGE.test(stage.base), false)];
      const { instructions } = stage;
      // An index loop: this runs over every instruction of every stage.
      for (let n = 0; n < instructions.length; n++) {
        const instruction = instructions[n];
        if (instruction.name === 'SHELL') {
          state = shellState(instruction) ?? state;
          continue;
        }
        if (!state.posix || state.pipefail) continue;
        // Most RUNs have no pipe: no need to read their script.
        const text = shellText(instruction);
        if (text === undefined || !text.includes('|')) continue;
        const script = runScript(instruction)!;
        const pipe = riskyPipe(script);
        if (pipe === undefined || setsPipefailBefore(script, pipe)) continue;
        (findings ??= []).push({ range: mapperFor(instruction, escapeChar).range(pipe, pipe + 1), message: 'pipe' });
      }
      return findings ? { findings, output: state } : NOTHING_FOUND_WITH[stateIndex(state.posix, state.pipefail)];
    },
  }),
};

function inheritedState(model: DockerfileModel, stage: Stage, outputOf: (stage: Stage) => ShellState | undefined): ShellState | undefined {
  const base = baseStageOf(model, stage);
  return base ? outputOf(base) : undefined;
}

function shellState(instruction: Instruction): ShellState | undefined {
  const values = instruction.execForm?.values.map((v) => v.text);
  if (!values || values.length === 0) return undefined;
  const executable = values[0].slice(Math.max(values[0].lastIndexOf('/'), values[0].lastIndexOf('\\')) + 1).toLowerCase().replace(/\.exe$/, '');
  const pipefail = values.some((v, i) => (SET_O.test(v) && values[i + 1] === 'pipefail') || v === '-opipefail');
  return STATES[stateIndex(POSIX_SHELLS.has(executable), pipefail)];
}

/** Producers that cannot fail in a way worth catching (`yes` even dies of SIGPIPE under pipefail). */
const HARMLESS_PRODUCERS = new Set(['echo', 'printf', 'yes', 'true']);
/** A grep at the end fails on empty input, which is what a failed producer usually leaves. */
const CHECKING_CONSUMERS = new Set(['grep', 'egrep', 'fgrep']);

/**
 * The offset of the first `|` of the first pipeline where a failure could go unnoticed: one with a
 * producer other than echo/printf/yes/true, that does not end in grep.
 */
function riskyPipe(script: ShellScript): number | undefined {
  const { commands } = script;
  let i = 0;
  while (i < commands.length) {
    if (commands[i].after !== '|') {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < commands.length && commands[last].after === '|') last++;
    const consumer = commandName(commands[last])?.word.value ?? '';
    if (!CHECKING_CONSUMERS.has(consumer)) {
      // The producers are the commands from i up to the last one.
      for (let p = i; p < last; p++) if (!HARMLESS_PRODUCERS.has(commandName(commands[p])?.word.value ?? '')) return commands[i].afterAt;
    }
    i = last + 1;
  }
  return undefined;
}

/** Whether a `set -o pipefail` (or `set -euxo pipefail` ...) runs before the offset. */
function setsPipefailBefore(script: ShellScript, offset: number): boolean {
  const { commands } = script;
  for (let c = 0; c < commands.length; c++) {
    const { words } = commands[c];
    if (words[0].start >= offset) return false;
    if (commandName(commands[c])?.word.value !== 'set') continue;
    for (let w = 0; w < words.length; w++) {
      const word = words[w].value;
      if ((SET_O.test(word) && words[w + 1]?.value === 'pipefail') || word === '-opipefail') return true;
    }
  }
  return false;
}
