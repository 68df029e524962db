import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Engine, StartFailedError } from '../../client/src/engine/engine';
import { resolveEndpoint } from '../../client/src/engine/endpoint';
import { checkCommitChanges } from '../../client/src/engine/run/commitChanges';
import { parseEnvFile, plainTranslate as t } from '../../client/src/engine/run/fields';
import { buildCreateBody, renderDockerRun } from '../../client/src/engine/run/options';
import { runOptionsFromInspect } from '../../client/src/engine/run/reconstruct';
import { describeRunError } from '../../client/src/engine/run/runErrors';
import { BASE_IMAGE, docker, uniqueName } from './fixtures';

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('run and commit against a real Docker engine', function () {
  this.timeout(60_000);
  const engine = new Engine(resolveEndpoint(undefined));
  const containers: string[] = [];
  const images: string[] = [];
  const volume = uniqueName('run-vol');
  const network = uniqueName('run-net');
  const hostDir = mkdtempSync(path.join(tmpdir(), 'berth-test-run-'));
  const label = 'berth.test=1';

  before(async () => {
    await docker.createVolume({ Name: volume, Labels: { 'berth.test': '1' } });
    await docker.createNetwork({ Name: network, Labels: { 'berth.test': '1' } });
  });

  after(async () => {
    for (const id of containers.reverse()) await docker.getContainer(id).remove({ force: true, v: true }).catch(() => undefined);
    for (const image of images) await docker.getImage(image).remove().catch(() => undefined);
    await docker.getVolume(volume).remove().catch(() => undefined);
    await docker.getNetwork(network).remove().catch(() => undefined);
    rmSync(hostDir, { recursive: true, force: true });
  });

  async function run(options: Parameters<typeof buildCreateBody>[0], envFile: string[] = []): Promise<string> {
    const { name, body } = buildCreateBody(options, envFile);
    const id = await engine.runContainer(name, body);
    containers.push(id);
    return id;
  }

  it('runs with every common and advanced option, and the engine has each of them', async () => {
    const source = uniqueName('run-source');
    containers.push((await docker.createContainer({ name: source, Image: BASE_IMAGE, Cmd: ['true'], Volumes: { '/shared': {} }, Labels: { 'berth.test': '1' } })).id);
    const hostPort = await freePort();
    const envFile = path.join(hostDir, 'app.env');
    writeFileSync(envFile, '# settings\nFROM_FILE=yes\n');
    const name = uniqueName('run-all');
    const options = {
      image: BASE_IMAGE,
      name,
      command: `sh -c 'sleep 300'`,
      ports: `127.0.0.1:${hostPort}:80 90/udp`,
      env: "MODE=prod 'GREETING=hello world'",
      envFile,
      volumes: `${volume}:/data ${hostDir}:/host:ro /anon`,
      tmpfs: '/scratch:size=16m',
      volumesFrom: `${source}:ro`,
      network,
      restart: 'on-failure:2',
      user: '1000:1000',
      workdir: '/tmp',
      hostname: 'berth-host',
      dns: '10.0.0.53',
      labels: `${label} purpose=run-test`,
      memory: '64m',
      memorySwap: '256m',
      memorySwappiness: '10',
      oomKillDisable: true,
      cpuShares: '512',
      cpus: '0.5',
      cpusetCpus: '0',
      ulimits: 'nofile=1024:2048 nproc=512',
      privileged: true,
    };
    const id = await run(options, (parseEnvFile('# settings\nFROM_FILE=yes\n', t) as { value: string[] }).value);
    const inspect = await docker.getContainer(id).inspect();
    assert.equal(inspect.Name, `/${name}`);
    assert.equal(inspect.State.Running, true);
    assert.deepEqual(inspect.Config.Cmd, ['sh', '-c', 'sleep 300']);
    assert.deepEqual(inspect.HostConfig.PortBindings, { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: String(hostPort) }], '90/udp': [{ HostIp: '', HostPort: '' }] });
    assert.ok(inspect.Config.Env.includes('MODE=prod') && inspect.Config.Env.includes('GREETING=hello world') && inspect.Config.Env.includes('FROM_FILE=yes'));
    const mounts = new Map(inspect.Mounts.map((m) => [m.Destination, m]));
    assert.equal(mounts.get('/data')?.Type, 'volume');
    assert.equal(mounts.get('/data')?.Name, volume);
    assert.equal(mounts.get('/host')?.Type, 'bind');
    assert.equal(mounts.get('/host')?.RW, false);
    assert.equal(mounts.get('/anon')?.Type, 'volume');
    assert.equal(mounts.get('/shared')?.RW, false, '--volumes-from with :ro');
    assert.deepEqual(inspect.HostConfig.Tmpfs, { '/scratch': 'size=16m' });
    assert.deepEqual(inspect.HostConfig.VolumesFrom, [`${source}:ro`]);
    assert.equal(inspect.HostConfig.NetworkMode, network);
    assert.ok(inspect.NetworkSettings.Networks[network]);
    assert.deepEqual(inspect.HostConfig.RestartPolicy, { Name: 'on-failure', MaximumRetryCount: 2 });
    assert.equal(inspect.Config.User, '1000:1000');
    assert.equal(inspect.Config.WorkingDir, '/tmp');
    assert.equal(inspect.Config.Hostname, 'berth-host');
    assert.deepEqual(inspect.HostConfig.Dns, ['10.0.0.53']);
    assert.equal(inspect.Config.Labels['berth.test'], '1');
    assert.equal(inspect.Config.Labels.purpose, 'run-test');
    assert.equal(inspect.HostConfig.Memory, 64 * 1024 ** 2);
    assert.equal(inspect.HostConfig.MemorySwap, 256 * 1024 ** 2);
    assert.equal(inspect.HostConfig.MemorySwappiness, 10);
    assert.equal(inspect.HostConfig.OomKillDisable, true);
    assert.equal(inspect.HostConfig.CpuShares, 512);
    assert.equal(inspect.HostConfig.NanoCpus, 500_000_000);
    assert.equal(inspect.HostConfig.CpusetCpus, '0');
    assert.deepEqual(inspect.HostConfig.Ulimits, [{ Name: 'nofile', Soft: 1024, Hard: 2048 }, { Name: 'nproc', Soft: 512, Hard: 512 }]);
    assert.equal(inspect.HostConfig.Privileged, true);

    // Inside, the limits are what was asked for.
    const exec = await docker.getContainer(id).exec({ Cmd: ['sh', '-c', 'ulimit -n; ulimit -Hn; hostname; pwd; id -u'], AttachStdout: true, AttachStderr: true });
    const output = await new Promise<string>((resolve, reject) => {
      exec.start({}, (error, stream) => {
        if (error || !stream) return reject(error);
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => resolve(text));
      });
    });
    assert.match(output, /1024[\s\S]*2048[\s\S]*berth-host[\s\S]*\/tmp[\s\S]*1000/);

    // The docker run command rebuilt from inspect gives back the options (the env file's entry
    // comes back as -e, anonymous and inherited volumes are the engine's own).
    const rebuilt = runOptionsFromInspect(inspect, await engine.inspectImage(BASE_IMAGE));
    const command = renderDockerRun(rebuilt);
    for (const part of [`--name ${name}`, `-p 127.0.0.1:${hostPort}:80`, '-p 90/udp', '-e MODE=prod', "-e 'GREETING=hello world'", '-e FROM_FILE=yes', `-v ${volume}:/data`, `-v ${hostDir}:/host:ro`,
      '--tmpfs /scratch:size=16m', `--volumes-from ${source}:ro`, `--network ${network}`, '--restart on-failure:2', '--user 1000:1000', '--workdir /tmp', '--hostname berth-host',
      '--dns 10.0.0.53', '--label berth.test=1', '--label purpose=run-test', '--memory 64m', '--memory-swap 256m', '--memory-swappiness 10', '--oom-kill-disable',
      '--cpu-shares 512', '--cpus 0.5', '--cpuset-cpus 0', '--ulimit nofile=1024:2048', '--ulimit nproc=512', '--privileged', `${BASE_IMAGE} sh -c 'sleep 300'`]) {
      assert.ok(command.includes(part), `${part} in ${command}`);
    }
  });

  it('runs with --rm, an entrypoint override and cpu period/quota', async () => {
    const id = await run({ image: BASE_IMAGE, name: uniqueName('run-rm'), autoRemove: true, entrypoint: '/bin/sleep', command: '300', cpuPeriod: '100000', cpuQuota: '50000', labels: label });
    const inspect = await docker.getContainer(id).inspect();
    assert.equal(inspect.HostConfig.AutoRemove, true);
    assert.deepEqual(inspect.Config.Entrypoint, ['/bin/sleep']);
    assert.deepEqual(inspect.Config.Cmd, ['300']);
    assert.equal(inspect.HostConfig.CpuPeriod, 100000);
    assert.equal(inspect.HostConfig.CpuQuota, 50000);
    assert.match(renderDockerRun(runOptionsFromInspect(inspect, await engine.inspectImage(BASE_IMAGE))), /--rm .*--entrypoint \/bin\/sleep berth\/busybox:latest 300$/);
    await docker.getContainer(id).stop({ t: 0 });
    await docker.getContainer(id).wait({ condition: 'removed' }).catch(() => undefined);
    await assert.rejects(docker.getContainer(id).inspect(), /no such container/i);
  });

  it('runs with publish-all and a blkio weight', async () => {
    const id = await run({ image: BASE_IMAGE, name: uniqueName('run-p'), command: 'sleep 300', ports: '8080', publishAll: true, blkioWeight: '300', labels: label });
    const inspect = await docker.getContainer(id).inspect();
    assert.equal(inspect.HostConfig.PublishAllPorts, true);
    assert.ok(Number(inspect.NetworkSettings.Ports['8080/tcp']?.[0]?.HostPort) > 0, 'the engine chose a host port');
    // The engine keeps the weight when the kernel supports it, and drops it (with a warning) when not.
    assert.ok([0, 300].includes(inspect.HostConfig.BlkioWeight ?? 0));
  });

  it('an interactive run attaches to the TTY before starting: what is typed runs, its output comes back', async () => {
    const { name, body } = buildCreateBody({ image: BASE_IMAGE, name: uniqueName('run-it'), interactive: true, command: 'sh', labels: label });
    let stream: NodeJS.ReadWriteStream | undefined;
    const id = await engine.runContainer(name, body, async (created) => {
      stream = await engine.attachContainer(created);
    });
    containers.push(id);
    assert.ok(stream);
    await engine.resizeContainer(id, 30, 100);
    let output = '';
    const seen = new Promise<void>((resolve) =>
      stream!.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('cols=100')) resolve();
      }),
    );
    stream.write('echo "cols=$(stty size | cut -d" " -f2)"\n');
    await seen;
    const ended = new Promise((resolve) => stream!.on('end', resolve));
    stream.write('exit\n');
    await ended;
    assert.equal((await docker.getContainer(id).wait()).StatusCode, 0);
  });

  it("a taken host port: the container is created, does not start, and the message names the port", async () => {
    const hostPort = await freePort();
    await run({ image: BASE_IMAGE, name: uniqueName('run-port1'), command: 'sleep 300', ports: `${hostPort}:80`, labels: label });
    const { name, body } = buildCreateBody({ image: BASE_IMAGE, name: uniqueName('run-port2'), command: 'sleep 300', ports: `${hostPort}:80`, labels: label });
    const error = await engine.runContainer(name, body).then(
      () => assert.fail('the second container must not start'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof StartFailedError);
    containers.push(error.containerId);
    assert.match(error.cause.detail, /port is already allocated|address already in use/);
    assert.match(describeRunError(error.cause.detail, t), new RegExp(`Host port ${hostPort} is already (taken|in use)`));
    assert.equal((await docker.getContainer(error.containerId).inspect()).State.Status, 'created');
  });

  it('a missing image and a name in use fail at create with clear messages', async () => {
    const missing = await engine.createContainer(undefined, buildCreateBody({ image: 'berth-test-no-such-image:1' }).body).then(
      () => assert.fail('no such image'),
      (e: { detail: string }) => e.detail,
    );
    assert.equal(describeRunError(missing, t), "The image 'berth-test-no-such-image:1' is not on this engine; build or pull it first.");
    const name = uniqueName('run-dup');
    await run({ image: BASE_IMAGE, name, command: 'true', labels: label });
    const duplicate = await engine.createContainer(name, buildCreateBody({ image: BASE_IMAGE, labels: label }).body).then(
      () => assert.fail('name in use'),
      (e: { detail: string }) => e.detail,
    );
    assert.equal(describeRunError(duplicate, t), `The name '${name}' is already used by another container; choose another name or remove that container.`);
  });

  it('commits a container with author, message and checked changes', async () => {
    const id = await run({ image: BASE_IMAGE, name: uniqueName('run-commit'), command: `sh -c 'echo made > /made.txt; sleep 300'`, labels: label });
    const changes = ['CMD ["sh", "-c", "cat /made.txt"]', 'ENV STAGE=committed', 'EXPOSE 8080/tcp', 'LABEL berth.test=1 source=commit', 'USER nobody', 'WORKDIR /srv', 'VOLUME /data'];
    assert.deepEqual(checkCommitChanges(changes), []);
    const repo = uniqueName('commit');
    const imageId = await engine.commitContainer(id, { repo, tag: 'v1', author: 'Berth Test <test@example.invalid>', message: 'made by the run test', changes, pause: true });
    images.push(imageId);
    const image = await docker.getImage(`${repo}:v1`).inspect();
    assert.equal(image.Id, imageId);
    assert.equal(image.Author, 'Berth Test <test@example.invalid>');
    assert.equal(image.Comment, 'made by the run test');
    assert.deepEqual(image.Config.Cmd, ['sh', '-c', 'cat /made.txt']);
    assert.ok(image.Config.Env.includes('STAGE=committed'));
    assert.deepEqual(image.Config.ExposedPorts, { '8080/tcp': {} });
    assert.equal(image.Config.Labels?.source, 'commit');
    assert.equal(image.Config.User, 'nobody');
    assert.equal(image.Config.WorkingDir, '/srv');
    assert.deepEqual(image.Config.Volumes, { '/data': {} });
    assert.equal((await docker.getContainer(id).inspect()).State.Running, true, 'the container runs on after a paused commit');
  });
});
