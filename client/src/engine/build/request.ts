/** What to build, whichever way it is built. */
export interface BuildRequest {
  /** The context folder (absolute). */
  contextDir: string;
  /** The Dockerfile (absolute); it may lie outside the context. */
  dockerfile: string;
  /** The reference to tag the image with, e.g. `web:latest`. */
  tag: string;
  buildArgs: Record<string, string>;
  /** A stage name; undefined builds the last stage. */
  target?: string;
  noCache: boolean;
  /** e.g. `linux/amd64`; undefined lets the engine choose. */
  platform?: string;
  labels?: Record<string, string>;
}

export interface BuildResult {
  /** `sha256:...` when the builder said; the tag names the image either way. */
  imageId: string | undefined;
}

export interface FailedStep {
  step: number;
  total: number;
  stage?: string;
  instruction: string;
}

/** The build ran and a step (or the builder) failed; `message` is the builder's own words. */
export class BuildError extends Error {
  constructor(
    message: string,
    /** The step that was running when the build failed. */
    readonly step: FailedStep | undefined,
    /** The Dockerfile line (1-based) the builder named, when it did (BuildKit). */
    readonly dockerfileLine?: number,
  ) {
    super(message);
    this.name = 'BuildError';
  }
}

/** The build's output ended before the engine said how the build ended (it stopped, or the connection dropped). */
export class BuildInterrupted extends BuildError {
  constructor(step: FailedStep | undefined) {
    super('The connection to the engine ended before the build finished (did the engine stop?)', step);
    this.name = 'BuildInterrupted';
  }
}

/** The build was stopped on request. */
export class BuildCancelled extends Error {
  constructor() {
    super('The build was cancelled');
    this.name = 'BuildCancelled';
  }
}
