import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Endpoint } from '../endpoint';
import { BuildEvent, CliOutputParser, LineSplitter } from './progress';
import { BuildCancelled, BuildError, BuildRequest, BuildResult, FailedStep } from './request';

/** The docker CLI found on this machine, and whether it can build with BuildKit. */
export interface CliInfo {
  /** The command that was run (`docker`, or a configured path). */
  command: string;
  /** e.g. `28.2.2`. */
  version: string;
  /** `docker buildx version` answered: the buildx plugin is installed. */
  buildx: boolean;
}

/** How the CLI builds: buildx, `docker build` with BuildKit, or the classic builder. */
export type CliBuilder = 'buildx' | 'buildkit' | 'classic';

const DETECT_TIMEOUT_MS = 10_000;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: DETECT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => resolve({ ok: !error, stdout: String(stdout) }));
  });
}

/**
 * Looks for the docker CLI (on `env.PATH`) and its buildx plugin. Undefined when there is no CLI
 * that answers. Asks nothing of the engine.
 */
export async function detectCli(command = 'docker', env: NodeJS.ProcessEnv = process.env): Promise<CliInfo | undefined> {
  const version = await run(command, ['--version'], env);
  if (!version.ok) return undefined;
  const buildx = await run(command, ['buildx', 'version'], env);
  return { command, version: /(\d+\.\d+\.\d+[\w.+-]*)/.exec(version.stdout)?.[1] ?? version.stdout.trim(), buildx: buildx.ok };
}

/** The builder to use with `cli`: buildx when installed; else none (BuildKit through the CLI needs buildx). */
export function cliBuilderFor(cli: CliInfo | undefined): CliBuilder | undefined {
  return cli?.buildx ? 'buildx' : undefined;
}

/**
 * The environment and global flags that point the CLI at the engine Berth uses, so a build goes
 * where the views look: a context by name, else DOCKER_HOST (TLS files as flags, since the CLI
 * wants them in one folder under fixed names otherwise).
 */
export function cliTarget(endpoint: Endpoint, base: NodeJS.ProcessEnv = process.env): { env: NodeJS.ProcessEnv; globalArgs: string[] } {
  const env: NodeJS.ProcessEnv = { ...base };
  const globalArgs: string[] = [];
  delete env.DOCKER_HOST;
  delete env.DOCKER_CONTEXT;
  if (endpoint.source.startsWith('context:')) {
    env.DOCKER_CONTEXT = endpoint.source.slice('context:'.length);
    return { env, globalArgs };
  }
  delete env.DOCKER_TLS_VERIFY;
  delete env.DOCKER_TLS;
  delete env.DOCKER_CERT_PATH;
  switch (endpoint.kind) {
    case 'unix':
      env.DOCKER_HOST = `unix://${endpoint.socketPath}`;
      break;
    case 'npipe':
      env.DOCKER_HOST = `npipe://${endpoint.socketPath}`;
      break;
    case 'tcp':
      env.DOCKER_HOST = `tcp://${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
      if (endpoint.tls) {
        globalArgs.push(endpoint.tls.verify ? '--tlsverify' : '--tls');
        if (endpoint.tls.caFile) globalArgs.push('--tlscacert', endpoint.tls.caFile);
        if (endpoint.tls.certFile) globalArgs.push('--tlscert', endpoint.tls.certFile);
        if (endpoint.tls.keyFile) globalArgs.push('--tlskey', endpoint.tls.keyFile);
      }
      break;
  }
  return { env, globalArgs };
}

/** The CLI arguments (after the global flags) for `request`; never a shell string. */
export function cliBuildArgs(request: BuildRequest, builder: CliBuilder, iidFile: string): string[] {
  // The classic builder keeps a failed step's container unless told otherwise; BuildKit leaves none.
  const args = builder === 'buildx' ? ['buildx', 'build', '--progress=plain', '--load'] : builder === 'buildkit' ? ['build', '--progress=plain'] : ['build', '--force-rm'];
  args.push('--file', request.dockerfile, '--tag', request.tag, '--iidfile', iidFile);
  for (const [name, value] of Object.entries(request.buildArgs)) args.push('--build-arg', `${name}=${value}`);
  for (const [name, value] of Object.entries(request.labels ?? {})) args.push('--label', `${name}=${value}`);
  if (request.target) args.push('--target', request.target);
  if (request.noCache) args.push('--no-cache');
  if (request.platform) args.push('--platform', request.platform);
  // `--` so that a context folder starting with `-` is not read as a flag.
  args.push('--', request.contextDir);
  return args;
}

/** The environment variable that picks the CLI's builder for `docker build`. */
export function builderEnv(builder: CliBuilder): NodeJS.ProcessEnv {
  return builder === 'classic' ? { DOCKER_BUILDKIT: '0' } : builder === 'buildkit' ? { DOCKER_BUILDKIT: '1' } : {};
}

/** How long the CLI gets to cancel cleanly (it tells the engine) before it is killed. */
const KILL_GRACE_MS = 5_000;

/**
 * Runs a build through the docker CLI, as the user would in a terminal, passing its output on
 * line by line. `signal` interrupts the CLI (SIGINT, as Ctrl+C: it cancels the build on the
 * engine), then kills it if it lingers.
 */
export async function runCliBuild(
  cli: Pick<CliInfo, 'command'>,
  builder: CliBuilder,
  target: { env: NodeJS.ProcessEnv; globalArgs: string[] },
  request: BuildRequest,
  onEvent: (event: BuildEvent) => void,
  signal: AbortSignal,
): Promise<BuildResult> {
  if (signal.aborted) throw new BuildCancelled();
  const scratch = await mkdtemp(path.join(tmpdir(), 'berth-build-'));
  const iidFile = path.join(scratch, 'iid');
  try {
    const args = [...target.globalArgs, ...cliBuildArgs(request, builder, iidFile)];
    const child = spawn(cli.command, args, { env: { ...target.env, ...builderEnv(builder) }, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const parser = new CliOutputParser();
    let step: FailedStep | undefined;
    let stderrTail = '';
    const read = (splitter: LineSplitter, chunk: string) => {
      for (const line of splitter.push(chunk)) emit(line);
    };
    const emit = (line: string) => {
      for (const event of parser.line(line)) {
        if (event.kind === 'step') step = { step: event.step, total: event.total, instruction: event.instruction, ...(event.stage ? { stage: event.stage } : {}) };
        onEvent(event);
      }
    };
    const out = new LineSplitter();
    const err = new LineSplitter();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => read(out, chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-2000);
      read(err, chunk);
    });
    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      child.kill('SIGINT');
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code));
    }).finally(() => {
      signal.removeEventListener('abort', onAbort);
      clearTimeout(killTimer);
    });
    [...out.end(), ...err.end()].forEach(emit);
    if (signal.aborted) throw new BuildCancelled();
    if (exitCode !== 0) {
      const failure = parser.failure(exitCode, stderrTail);
      onEvent(failure);
      throw new BuildError(failure.message, step, failure.line);
    }
    const imageId = (await readFile(iidFile, 'utf8').catch(() => '')).trim() || undefined;
    return { imageId };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
