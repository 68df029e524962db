/**
 * Berth's own LSP request about what a build of a Dockerfile needs to ask and know, defined once
 * and imported by the client and the server. The client sends the text (the Dockerfile may not
 * be open in an editor); the server answers from its parser and semantic model.
 */

/** A build argument the Dockerfile declares with ARG. */
export interface BuildArgInfo {
  name: string;
  /** The default as written after `=` (unquoted); undefined when there is none. */
  defaultValue: string | undefined;
  /** The stage it is declared in (its name, or its index as text); undefined for a global ARG. */
  stage: string | undefined;
}

export interface BuildStageInfo {
  index: number;
  /** `AS name`; undefined for an unnamed stage. */
  name: string | undefined;
  /** The image it starts from, as written. */
  base: string;
  /** The 0-based start lines of its instructions, FROM first (BuildKit's `[stage N/M]`). */
  instructionLines: number[];
}

/** Something only BuildKit understands, which the Engine API's classic builder would reject or ignore. */
export interface BuildKitOnlyUse {
  /** e.g. `RUN --mount`, `heredoc`, `# syntax=`. */
  feature: string;
  /** 0-based line. */
  line: number;
}

export interface BuildInfo {
  args: BuildArgInfo[];
  stages: BuildStageInfo[];
  /** The 0-based start lines of every instruction, in order (the classic builder's `Step N`). */
  instructionLines: number[];
  buildKitOnly: BuildKitOnlyUse[];
}

export interface BuildInfoParams {
  /** The Dockerfile's URI (for logs); the answer comes from `text`. */
  uri: string;
  text: string;
}

/** Request, client to server: `BuildInfoParams` -> `BuildInfo`. */
export const BUILD_INFO_REQUEST = 'berth/buildInfo';
