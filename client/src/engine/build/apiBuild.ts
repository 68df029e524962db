import type Docker from 'dockerode';
import { contextStream, planContext } from './context';
import { BuildEvent, LineSplitter, parseClassicMessage } from './progress';
import { BuildCancelled, BuildError, BuildInterrupted, BuildRequest, BuildResult, FailedStep } from './request';

/**
 * Builds through the Engine API's classic builder (`POST /build`): the context is walked and
 * streamed as a tar while the engine reads it, and the JSON progress is passed on event by event.
 * `signal` aborts the HTTP request, which makes the engine stop the build and remove the step's
 * container. Connection failures are thrown as they come (the caller classifies them).
 */
export async function runApiBuild(docker: Docker, request: BuildRequest, onEvent: (event: BuildEvent) => void, signal: AbortSignal): Promise<BuildResult> {
  if (signal.aborted) throw new BuildCancelled();
  const plan = await planContext(request.contextDir, request.dockerfile);
  if (signal.aborted) throw new BuildCancelled();
  const tar = contextStream(plan);
  // The request ends early on the caller's signal, or when a file of the context vanishes or
  // cannot be read while it is sent: the engine would otherwise wait for the rest of the tar, and
  // the build ends with that error (the user's folder's problem, not the engine's).
  const upload = new AbortController();
  let contextError: Error | undefined;
  tar.on('error', (error: Error) => {
    contextError ??= error;
    upload.abort();
  });
  const cancel = () => upload.abort();
  signal.addEventListener('abort', cancel, { once: true });
  const options: Record<string, unknown> = {
    t: request.tag,
    dockerfile: plan.dockerfileInTar,
    buildargs: request.buildArgs,
    labels: request.labels ?? {},
    nocache: request.noCache,
    // As `docker build`: intermediate containers go, a failed step's too.
    rm: true,
    forcerm: true,
    abortSignal: upload.signal,
  };
  if (request.target) options.target = request.target;
  if (request.platform) options.platform = request.platform;

  let response: NodeJS.ReadableStream;
  try {
    response = (await docker.buildImage(tar as unknown as NodeJS.ReadableStream, options)) as NodeJS.ReadableStream;
  } catch (error) {
    tar.destroy();
    signal.removeEventListener('abort', cancel);
    if (signal.aborted) throw new BuildCancelled();
    if (contextError) throw contextError;
    // The engine refuses a Dockerfile it cannot parse before building anything (400 or 500).
    const refused = refusal(error);
    if (refused) throw refused;
    throw error;
  }

  return new Promise<BuildResult>((resolve, reject) => {
    const lines = new LineSplitter();
    let imageId: string | undefined;
    let step: FailedStep | undefined;
    let failure: string | undefined;
    let settled = false;
    const handle = (line: string) => {
      for (const event of parseClassicMessage(line)) {
        if (event.kind === 'step') step = { step: event.step, total: event.total, instruction: event.instruction };
        else if (event.kind === 'imageId') imageId = event.id;
        else if (event.kind === 'error') failure ??= event.message;
        onEvent(event);
      }
    };
    /** Ends the build once, whichever way it ends: the engine's last line, a cut stream, the user, an unreadable context. */
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', cancel);
      upload.signal.removeEventListener('abort', stopped);
      // Nothing may go on reading the context (a no-op once it was all sent), nor on receiving.
      tar.destroy();
      (response as unknown as { destroy?: () => void }).destroy?.();
      for (const line of lines.end()) handle(line);
      if (signal.aborted) reject(new BuildCancelled());
      else if (contextError) reject(contextError);
      else if (error) reject(error);
      else if (failure !== undefined) reject(new BuildError(failure, step));
      // The classic builder always ends with the new image's id: a stream that ends without
      // one was cut (the engine stopped or the connection dropped), not a finished build.
      else if (imageId === undefined) reject(new BuildInterrupted(step));
      else resolve({ imageId });
    };
    const stopped = () => finish();
    if (upload.signal.aborted) return finish();
    upload.signal.addEventListener('abort', stopped, { once: true });
    response.on('data', (chunk: Buffer) => {
      for (const line of lines.push(chunk.toString('utf8'))) handle(line);
    });
    response.on('end', stopped);
    response.on('close', stopped);
    response.on('error', (error: Error) => finish(error));
  });
}

/** A build the engine refused up front (bad Dockerfile, unknown target...), as a BuildError. */
function refusal(error: unknown): BuildError | undefined {
  const e = error as { statusCode?: number; json?: { message?: unknown } | null; message?: string } | undefined;
  if (e?.statusCode !== 400 && e?.statusCode !== 500) return undefined;
  const message = typeof e.json?.message === 'string' ? e.json.message : (e.message ?? '').replace(/^\(HTTP code \d+\) [^-]*- /, '');
  if (!message) return undefined;
  const line = /dockerfile parse error (?:on )?line (\d+)/i.exec(message)?.[1];
  return new BuildError(message.trim(), undefined, line === undefined ? undefined : Number(line));
}
