/**
 * Reading a build's output, whichever builder wrote it: the Engine API's classic builder (a
 * stream of JSON messages with `Step 3/7 : RUN ...`), the CLI's classic output (the same text,
 * plain), and BuildKit's plain progress (`#5 [2/4] RUN ...`, `#5 ERROR: ...`, `Dockerfile:12`).
 */

export type BuildEvent =
  /** Text for the terminal, as the builder wrote it (line breaks kept). */
  | { kind: 'output'; text: string }
  /** A step started. `step`/`total` count as the builder does; `stage` is BuildKit's stage name. */
  | { kind: 'step'; step: number; total: number; stage?: string; instruction: string }
  /** The build failed; `line` (1-based) is the Dockerfile line BuildKit named, if it did. */
  | { kind: 'error'; message: string; line?: number }
  /** The classic builder's image id (`aux.ID`); the last one is the built image. */
  | { kind: 'imageId'; id: string };

const CLASSIC_STEP = /^Step (\d+)\/(\d+) : (.*)$/;
// `#5 [2/4] RUN x`, `#7 [build 3/5] COPY . .`, `#9 [linux/amd64 builder 2/3] RUN y`
const BUILDKIT_STEP = /^#\d+ \[(?:(.+?) )?(\d+)\/(\d+)\] (.*)$/;
const BUILDKIT_DOCKERFILE_LINE = /^(?:\S*?Dockerfile\S*|\S+):(\d+)$/;
const BUILDKIT_FAILED = /^(?:ERROR|error): (?:failed to solve: |failed to build: )?(.*)$/;

/** Splits a byte stream into lines, keeping an unfinished line for the next chunk. */
export class LineSplitter {
  private rest = '';

  push(chunk: string): string[] {
    this.rest += chunk;
    const lines = this.rest.split(/\r?\n/);
    this.rest = lines.pop() ?? '';
    return lines;
  }

  end(): string[] {
    const last = this.rest;
    this.rest = '';
    return last ? [last] : [];
  }
}

/** One JSON message of the Engine API's build stream (classic builder). */
export function parseClassicMessage(line: string): BuildEvent[] {
  const trimmed = line.trim();
  if (!trimmed) return [];
  let message: { stream?: unknown; status?: unknown; progress?: unknown; error?: unknown; errorDetail?: { message?: unknown }; aux?: { ID?: unknown } };
  try {
    message = JSON.parse(trimmed) as typeof message;
  } catch {
    return [{ kind: 'output', text: `${line}\n` }];
  }
  const events: BuildEvent[] = [];
  if (typeof message.error === 'string' || typeof message.errorDetail?.message === 'string') {
    const text = typeof message.errorDetail?.message === 'string' ? message.errorDetail.message : String(message.error);
    events.push({ kind: 'output', text: `${text}\n` }, { kind: 'error', message: text });
    return events;
  }
  if (typeof message.aux?.ID === 'string') events.push({ kind: 'imageId', id: message.aux.ID });
  if (typeof message.stream === 'string') {
    const step = CLASSIC_STEP.exec(message.stream.trimEnd());
    if (step) events.push({ kind: 'step', step: Number(step[1]), total: Number(step[2]), instruction: step[3]! });
    events.push({ kind: 'output', text: message.stream });
  } else if (typeof message.status === 'string') {
    events.push({ kind: 'output', text: `${message.status}${typeof message.progress === 'string' ? ` ${message.progress}` : ''}\n` });
  }
  return events;
}

/**
 * Reads the docker CLI's output line by line (BuildKit's `--progress=plain` or the classic
 * builder's text). Stateful: BuildKit names the failing Dockerfile line a few lines before or
 * after its `ERROR:` summary, so both are kept until the stream ends.
 */
export class CliOutputParser {
  private errorMessage: string | undefined;
  private errorLine: number | undefined;
  private stepError: string | undefined;

  line(text: string): BuildEvent[] {
    const events: BuildEvent[] = [{ kind: 'output', text: `${text}\n` }];
    const trimmed = text.trim();
    const classic = CLASSIC_STEP.exec(trimmed);
    if (classic) {
      events.unshift({ kind: 'step', step: Number(classic[1]), total: Number(classic[2]), instruction: classic[3]! });
      return events;
    }
    const buildkit = BUILDKIT_STEP.exec(trimmed);
    if (buildkit) {
      const step: BuildEvent = { kind: 'step', step: Number(buildkit[2]), total: Number(buildkit[3]), instruction: buildkit[4]! };
      if (buildkit[1]) step.stage = buildkit[1];
      events.unshift(step);
      return events;
    }
    const stepError = /^#\d+ ERROR: (.*)$/.exec(trimmed);
    if (stepError) {
      this.stepError ??= stepError[1];
      return events;
    }
    const dockerfileLine = BUILDKIT_DOCKERFILE_LINE.exec(trimmed);
    if (dockerfileLine && this.errorLine === undefined && /dockerfile/i.test(trimmed)) {
      this.errorLine = Number(dockerfileLine[1]);
      return events;
    }
    const failed = BUILDKIT_FAILED.exec(trimmed);
    if (failed) this.errorMessage ??= failed[1];
    // The classic builder through the CLI ends with the engine's error as plain text.
    else if (/^The command '.*' returned a non-zero code: \d+$/.test(trimmed) || /^(?:failed to|unable to|COPY failed|ADD failed)/.test(trimmed)) this.errorMessage ??= trimmed;
    return events;
  }

  /** The failure once the process ended unsuccessfully: what BuildKit or the engine said. */
  failure(exitCode: number | null, stderrTail: string): BuildEvent & { kind: 'error' } {
    const message = this.errorMessage ?? this.stepError ?? (stderrTail.trim() || `docker exited with code ${exitCode ?? 'unknown'}`);
    return this.errorLine === undefined ? { kind: 'error', message } : { kind: 'error', message, line: this.errorLine };
  }
}

/**
 * The Dockerfile line (0-based) of a failing step. The classic builder counts every instruction
 * of the Dockerfile (global ARGs and FROMs too), so step N is the N-th instruction;
 * `instructionLines` are the 0-based start lines of the instructions, in order.
 */
export function lineOfClassicStep(step: number, instructionLines: readonly number[]): number | undefined {
  return step >= 1 && step <= instructionLines.length ? instructionLines[step - 1] : undefined;
}

/**
 * The Dockerfile line (0-based) of a BuildKit step `[stage N/M]`: instruction N of that stage,
 * where 1 is its FROM. `stages` carry each stage's name (if any) and its instructions' lines.
 */
export function lineOfBuildKitStep(step: { stage?: string; step: number }, stages: ReadonlyArray<{ name?: string; instructionLines: readonly number[] }>): number | undefined {
  const stage = step.stage === undefined ? stages[stages.length - 1] : stages.find((s) => s.name?.toLowerCase() === step.stage!.toLowerCase()) ?? stages[Number(/^stage-(\d+)$/.exec(step.stage)?.[1] ?? -1)];
  return stage?.instructionLines[step.step - 1];
}
