import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliBuilderFor, cliTarget, detectCli, runCliBuild } from '../../client/src/engine/build/cli';
import { BuildEvent } from '../../client/src/engine/build/progress';
import { BuildCancelled, BuildError, BuildRequest } from '../../client/src/engine/build/request';
import { Engine } from '../../client/src/engine/engine';
import { parseAddress, resolveEndpoint } from '../../client/src/engine/endpoint';
import { EngineError } from '../../client/src/engine/errors';
import { BASE_IMAGE, docker } from './fixtures';

const LABELS = { 'berth.test': '1' };

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'berth-build-ctx-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** What `ls` finds under /ctx in a container of the image, one path a line. */
async function filesIn(image: string): Promise<string[]> {
  const container = await docker.createContainer({ Image: image, Cmd: ['sh', '-c', 'cd /ctx && find . -type f | sort'], Labels: LABELS });
  try {
    await container.start();
    await container.wait();
    const logs = (await container.logs({ stdout: true, stderr: false })) as Buffer;
    // The log stream is multiplexed: an 8-byte header before each frame.
    const lines: string[] = [];
    for (let offset = 0; offset + 8 <= logs.length; ) {
      const size = logs.readUInt32BE(offset + 4);
      lines.push(logs.subarray(offset + 8, offset + 8 + size).toString('utf8'));
      offset += 8 + size;
    }
    return lines.join('').split('\n').filter(Boolean).map((line) => line.replace(/^\.\//, ''));
  } finally {
    await container.remove({ force: true });
  }
}

describe('building images on a real engine', function () {
  this.timeout(60_000);
  const engine = new Engine(resolveEndpoint(undefined));
  const tags: string[] = [];
  const folders: string[] = [];
  const tag = (what: string) => {
    const name = `berth-test-build-${what}-${Date.now().toString(36)}:t`;
    tags.push(name);
    return name;
  };
  const folder = (files: Record<string, string>) => {
    const root = tree(files);
    folders.push(root);
    return root;
  };
  const request = (contextDir: string, imageTag: string, more: Partial<BuildRequest> = {}): BuildRequest => ({
    contextDir,
    dockerfile: path.join(contextDir, 'Dockerfile'),
    tag: imageTag,
    buildArgs: {},
    noCache: false,
    labels: LABELS,
    ...more,
  });

  after(async function () {
    // Removing an image took over a minute each on the busy shared engine (load 10 on 2 cores).
    this.timeout(600_000);
    await Promise.all(tags.map((name) => docker.getImage(name).remove({ force: true }).catch(() => undefined)));
    for (const root of folders) rmSync(root, { recursive: true, force: true });
  });

  const CONTEXT = {
    Dockerfile: `FROM ${BASE_IMAGE}\nARG GREETING=hello\nRUN echo "$GREETING" > /greeting\nCOPY . /ctx\n`,
    '.dockerignore': '*.log\n!keep.log\nsecrets/\ndocs\n!docs/README.md\n**/*.tmp\nDockerfile\n',
    'app.txt': 'app',
    'a.log': '',
    'keep.log': '',
    'secrets/key': 'k',
    'docs/README.md': '',
    'docs/other.md': '',
    'src/x.tmp': '',
    'src/main.c': '',
  };
  const EXPECTED_FILES = ['.dockerignore', 'app.txt', 'docs/README.md', 'keep.log', 'src/main.c'];

  it('builds through the API with .dockerignore honoured, build args, labels and progress', async () => {
    const root = folder(CONTEXT);
    const name = tag('api');
    const events: BuildEvent[] = [];
    const result = await engine.buildImage(request(root, name, { buildArgs: { GREETING: 'bonjour' } }), (e) => events.push(e), new AbortController().signal);
    assert.match(result.imageId ?? '', /^sha256:[0-9a-f]{64}$/);
    // The engine drops an excluded Dockerfile/.dockerignore after reading them, as with `docker build`.
    assert.deepEqual(await filesIn(name), EXPECTED_FILES);
    const steps = events.filter((e): e is Extract<BuildEvent, { kind: 'step' }> => e.kind === 'step');
    // The engine adds the labels as a last step of its own.
    assert.deepEqual(steps.map((s) => `${s.step}/${s.total}`), ['1/5', '2/5', '3/5', '4/5', '5/5']);
    assert.equal(steps[2]?.instruction, 'RUN echo "$GREETING" > /greeting');
    assert.match(steps[4]?.instruction ?? '', /^LABEL "?berth\.test"?=/);
    const inspect = await docker.getImage(name).inspect();
    assert.equal(inspect.Config.Labels?.['berth.test'], '1');
    assert.equal(inspect.Id, result.imageId);
  });

  it('builds a target stage with a Dockerfile outside the context folder', async () => {
    const root = folder({ 'only.txt': 'x' });
    const elsewhere = folder({ 'Dockerfile.web': `FROM ${BASE_IMAGE} AS first\nCOPY only.txt /ctx/first.txt\nFROM ${BASE_IMAGE} AS second\nRUN false\n` });
    const name = tag('target');
    await engine.buildImage(request(root, name, { dockerfile: path.join(elsewhere, 'Dockerfile.web'), target: 'first' }), () => undefined, new AbortController().signal);
    assert.deepEqual(await filesIn(name), ['first.txt']);
  });

  it('reports a failing step with the engine error text and the step number', async () => {
    const root = folder({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo ok\nRUN echo failing && exit 3\nRUN echo never\n` });
    const error = await engine.buildImage(request(root, tag('fail')), () => undefined, new AbortController().signal).catch((e: unknown) => e);
    assert.ok(error instanceof BuildError, String(error));
    assert.match(error.message, /returned a non-zero code: 3/);
    assert.deepEqual(error.step, { step: 3, total: 5, instruction: 'RUN echo failing && exit 3' });
    // The failed step's container goes too (forcerm), as it would with `docker build --force-rm`.
    assert.deepEqual((await docker.listContainers({ all: true })).filter((c) => c.Command.includes('echo failing && exit 3')), []);
  });

  it('reports a Dockerfile the engine refuses to parse, with its line', async () => {
    const root = folder({ Dockerfile: `FROM ${BASE_IMAGE}\n\nRUNN echo typo\n` });
    const error = await engine.buildImage(request(root, tag('parse')), () => undefined, new AbortController().signal).catch((e: unknown) => e);
    assert.ok(error instanceof BuildError, String(error));
    assert.equal(error.message, 'dockerfile parse error line 3: unknown instruction: RUNN');
    assert.equal(error.dockerfileLine, 3);
  });

  it('aborts a build mid-step and leaves nothing running', async () => {
    const marker = `berth-abort-${Date.now().toString(36)}`;
    const root = folder({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo ${marker} && sleep 30\n` });
    const abort = new AbortController();
    const build = engine.buildImage(request(root, tag('abort'), { noCache: true }), (event) => {
      if (event.kind === 'output' && event.text.includes('Running in')) abort.abort();
    }, abort.signal);
    await assert.rejects(build, BuildCancelled);
    assert.ok(abort.signal.aborted, 'the abort came from the running step');
    // The engine removes the step's container once it sees the request go.
    const deadline = Date.now() + 20_000;
    let left = [] as string[];
    do {
      left = (await docker.listContainers({ all: true })).filter((c) => c.Command.includes(marker)).map((c) => `${c.Id.slice(0, 12)} ${c.State}`);
      if (left.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    } while (Date.now() < deadline);
    assert.deepEqual(left, []);
    await assert.rejects(docker.getImage(tags[tags.length - 1]!).inspect(), /no such image/i);
  });

  it('says when the engine cannot be reached', async () => {
    const root = folder({ Dockerfile: `FROM ${BASE_IMAGE}\n` });
    const nowhere = new Engine(parseAddress('unix:///nonexistent/berth.sock'));
    const error = await nowhere.buildImage(request(root, tag('nowhere')), () => undefined, new AbortController().signal).catch((e: unknown) => e);
    assert.ok(error instanceof EngineError, String(error));
    assert.equal(error.problem, 'notRunning');
  });

  describe('through the docker CLI', () => {
    const target = cliTarget(resolveEndpoint(undefined));

    it('runs the classic builder (DOCKER_BUILDKIT=0) with .dockerignore, parsing its steps and image id', async () => {
      const root = folder(CONTEXT);
      const name = tag('cli');
      const events: BuildEvent[] = [];
      const result = await runCliBuild({ command: 'docker' }, 'classic', target, request(root, name, { buildArgs: { GREETING: 'hi' } }), (e) => events.push(e), new AbortController().signal);
      assert.match(result.imageId ?? '', /^sha256:[0-9a-f]{64}$/);
      assert.equal((await docker.getImage(name).inspect()).Id, result.imageId);
      assert.deepEqual(await filesIn(name), EXPECTED_FILES);
      assert.deepEqual(events.filter((e) => e.kind === 'step').map((e) => (e as { step: number }).step), [1, 2, 3, 4, 5]);
    });

    it('reports the failing step of a CLI build', async () => {
      const root = folder({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN exit 4\n` });
      const error = await runCliBuild({ command: 'docker' }, 'classic', target, request(root, tag('clifail')), () => undefined, new AbortController().signal).catch((e: unknown) => e);
      assert.ok(error instanceof BuildError, String(error));
      assert.match(error.message, /returned a non-zero code: 4/);
      assert.equal(error.step?.step, 2);
      assert.equal(error.step?.instruction, 'RUN exit 4');
      assert.deepEqual((await docker.listContainers({ all: true })).filter((c) => c.Command.includes('exit 4')), [], '--force-rm');
    });

    it('interrupts the CLI on abort and leaves nothing running', async () => {
      const marker = `berth-cliabort-${Date.now().toString(36)}`;
      const root = folder({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo ${marker} && sleep 30\n` });
      const abort = new AbortController();
      const build = runCliBuild({ command: 'docker' }, 'classic', target, request(root, tag('cliabort'), { noCache: true }), (event) => {
        if (event.kind === 'output' && event.text.includes('Running in')) abort.abort();
      }, abort.signal);
      await assert.rejects(build, BuildCancelled);
      const deadline = Date.now() + 20_000;
      let left = [] as string[];
      do {
        left = (await docker.listContainers({ all: true })).filter((c) => c.Command.includes(marker)).map((c) => c.Id);
        if (left.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      } while (Date.now() < deadline);
      assert.deepEqual(left, []);
    });

    it('detects this machine: a CLI without buildx, so no BuildKit route', async () => {
      const cli = await detectCli();
      assert.ok(cli, 'docker is on PATH');
      assert.match(cli.version, /^\d+\.\d+\.\d+/);
      assert.equal(cli.buildx, false);
      assert.equal(cliBuilderFor(cli), undefined);
      assert.equal(await detectCli('berth-no-such-docker'), undefined);
    });

    it('uses buildx when a docker with buildx is on PATH, passing argv and the endpoint as the CLI expects', async () => {
      const bin = folder({});
      const record = path.join(bin, 'record');
      // A stand-in docker: answers --version and buildx version, and "builds" with BuildKit's output.
      const fake = [
        '#!/bin/sh',
        'case "$1" in',
        '  --version) echo "Docker version 99.0.1, build fake"; exit 0 ;;',
        'esac',
        'if [ "$1" = buildx ] && [ "$2" = version ]; then echo "github.com/docker/buildx v0.99.0"; exit 0; fi',
        `printf '%s\\n' "$@" > "${record}"`,
        `echo "DOCKER_HOST=$DOCKER_HOST DOCKER_CONTEXT=$DOCKER_CONTEXT" >> "${record}"`,
        'echo "#1 [internal] load build definition from Dockerfile"',
        'echo "#5 [build 2/3] RUN make" >&2',
        'echo "#5 ERROR: process \\"/bin/sh -c make\\" did not complete successfully: exit code: 2" >&2',
        'echo "Dockerfile:7" >&2',
        'echo "ERROR: failed to solve: process \\"/bin/sh -c make\\" did not complete successfully: exit code: 2" >&2',
        'exit 1',
      ].join('\n');
      writeFileSync(path.join(bin, 'docker'), `${fake}\n`);
      chmodSync(path.join(bin, 'docker'), 0o755);
      const env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
      const cli = await detectCli('docker', env);
      assert.deepEqual(cli, { command: 'docker', version: '99.0.1', buildx: true });
      assert.equal(cliBuilderFor(cli), 'buildx');

      const endpointTarget = cliTarget(parseAddress('tcp://127.0.0.1:2999'), env);
      const events: BuildEvent[] = [];
      const root = folder({ Dockerfile: `FROM ${BASE_IMAGE}\n` });
      const error = await runCliBuild(cli!, 'buildx', endpointTarget, request(root, 'web:dev', { buildArgs: { A: 'x y' }, target: 'build', noCache: true, platform: 'linux/arm64' }), (e) => events.push(e), new AbortController().signal).catch((e: unknown) => e);
      assert.ok(error instanceof BuildError, String(error));
      assert.equal(error.dockerfileLine, 7);
      assert.deepEqual(error.step, { step: 2, total: 3, stage: 'build', instruction: 'RUN make' });
      assert.match(error.message, /did not complete successfully: exit code: 2/);
      const argv = readFileSync(record, 'utf8').trim().split('\n');
      const iid = argv[argv.indexOf('--iidfile') + 1];
      assert.deepEqual(argv, [
        'buildx', 'build', '--progress=plain', '--load',
        '--file', path.join(root, 'Dockerfile'), '--tag', 'web:dev', '--iidfile', iid,
        '--build-arg', 'A=x y', '--label', 'berth.test=1', '--target', 'build', '--no-cache', '--platform', 'linux/arm64',
        '--', root,
        'DOCKER_HOST=tcp://127.0.0.1:2999 DOCKER_CONTEXT=',
      ]);
    });
  });
});
