import assert from 'node:assert/strict';
import { checkCommitChange, checkCommitChanges } from '../../../client/src/engine/run/commitChanges';
import {
  formatSize,
  parseContainerName,
  parseCpus,
  parseCpuset,
  parseDns,
  parseEnvEntry,
  parseEnvFile,
  parseHostname,
  parseImageReference,
  parseMemory,
  parsePort,
  parsePorts,
  parseRestart,
  parseSize,
  parseTmpfs,
  parseUlimit,
  parseUser,
  parseVolume,
  parseVolumesFrom,
  plainTranslate as t,
} from '../../../client/src/engine/run/fields';
import { buildCreateBody, renderDockerRun, RunOptionsError, validateField, validateRunOptions } from '../../../client/src/engine/run/options';
import { runOptionsFromInspect } from '../../../client/src/engine/run/reconstruct';
import { describeRunError } from '../../../client/src/engine/run/runErrors';
import { shellQuote, splitShellWords } from '../../../client/src/engine/run/shellWords';

const good = <T>(parsed: { ok: true; value: T } | { ok: false; error: string }): T => {
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  return parsed.value;
};
const bad = (parsed: { ok: boolean; error?: string }, pattern: RegExp) => {
  assert.equal(parsed.ok, false);
  assert.match(parsed.error ?? '', pattern);
};

describe('run options: shell words', () => {
  it('splits on blanks, honours quotes and escapes, and rejects an open quote', () => {
    assert.deepEqual(splitShellWords(`sh -c 'echo "hi there"' a\\ b "x\\"y"`), ['sh', '-c', 'echo "hi there"', 'a b', 'x"y']);
    assert.deepEqual(splitShellWords("  ''  "), ['']);
    assert.throws(() => splitShellWords("echo 'open"), /unclosed '/);
  });

  it('quotes only what needs it, and quoting round-trips', () => {
    assert.equal(shellQuote('abc-1.2:3/4=5'), 'abc-1.2:3/4=5');
    assert.equal(shellQuote('two words'), "'two words'");
    assert.equal(shellQuote(''), "''");
    assert.equal(shellQuote("it's"), `'it'\\''s'`);
    for (const word of ["it's", 'a $HOME b', 'x"y', '*', 'tab\there']) assert.deepEqual(splitShellWords(shellQuote(word)), [word]);
  });
});

describe('run options: field parsers', () => {
  it('container names', () => {
    assert.equal(good(parseContainerName('web-1_a.b', t)), 'web-1_a.b');
    assert.equal(good(parseContainerName('', t)), undefined);
    bad(parseContainerName('-web', t), /not a valid container name/);
    bad(parseContainerName('my web', t), /not a valid container name/);
    bad(parseContainerName('中文', t), /not a valid container name/);
  });

  it('ports in every form docker run takes', () => {
    assert.deepEqual(good(parsePort('80', t)), [{ hostIp: undefined, containerPort: '80', protocol: 'tcp' }]);
    assert.deepEqual(good(parsePort('8080:80', t)), [{ hostIp: undefined, hostPort: '8080', containerPort: '80', protocol: 'tcp' }]);
    assert.deepEqual(good(parsePort('53:53/udp', t)), [{ hostIp: undefined, hostPort: '53', containerPort: '53', protocol: 'udp' }]);
    assert.deepEqual(good(parsePort('127.0.0.1:8080:80', t)), [{ hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' }]);
    assert.deepEqual(good(parsePort('127.0.0.1::80', t)), [{ hostIp: '127.0.0.1', containerPort: '80', protocol: 'tcp' }]);
    assert.deepEqual(good(parsePort('[::1]:8080:80', t)), [{ hostIp: '::1', hostPort: '8080', containerPort: '80', protocol: 'tcp' }]);
    assert.equal(good(parsePort('8000-8002:9000-9002', t)).length, 3);
    assert.deepEqual(good(parsePort('8000-8002:80', t)), [{ hostIp: undefined, hostPort: '8000-8002', containerPort: '80', protocol: 'tcp' }]);
    assert.equal(good(parsePorts('80 8080:80/udp', t)).length, 2);
  });

  it('bad ports say what is wrong', () => {
    bad(parsePort('99999', t), /container port must be a number from 1 to 65535/);
    bad(parsePort('0:80', t), /host port must be a number/);
    bad(parsePort('abc:80', t), /host port must be a number/);
    bad(parsePort('80/xtp', t), /protocol must be tcp, udp or sctp/);
    bad(parsePort('300.1.1.1:80:80', t), /not an IP address/);
    bad(parsePort('1:2:3:4', t), /not a port mapping/);
    bad(parsePort('8000-8002:9000-9001', t), /same length/);
    bad(parsePorts("80 '8080", t), /quote is not closed/);
  });

  it('environment entries and env files', () => {
    assert.equal(good(parseEnvEntry('A=1', t)), 'A=1');
    assert.equal(good(parseEnvEntry('EMPTY=', t)), 'EMPTY=');
    bad(parseEnvEntry('NOVALUE', t), /write KEY=VALUE/);
    bad(parseEnvEntry('=x', t), /variable name must not be empty/);
    assert.deepEqual(good(parseEnvFile('# comment\n\nA=1\n  B=two words\nFROM_HOST\nUNSET\n', t, { FROM_HOST: 'h' })), ['A=1', 'B=two words', 'FROM_HOST=h']);
    bad(parseEnvFile('A=1\nBAD KEY=2\n', t), /Line 2 of the env file/);
  });

  it('volumes: named, bind with :ro, anonymous; tmpfs; volumes-from', () => {
    assert.deepEqual(good(parseVolume('data:/var/lib/data', t)), { kind: 'volume', name: 'data', target: '/var/lib/data', mode: undefined });
    assert.deepEqual(good(parseVolume('/srv:/srv:ro', t)), { kind: 'bind', source: '/srv', target: '/srv', mode: 'ro' });
    assert.deepEqual(good(parseVolume('/cache', t)), { kind: 'anonymous', target: '/cache' });
    bad(parseVolume('data:relative', t), /must be absolute/);
    bad(parseVolume('./here:/x', t), /host path must be absolute/);
    bad(parseVolume('/a:/b:rx', t), /'rx' is not a mount option/);
    bad(parseVolume('a:/b:ro:x', t), /is not a volume/);
    bad(parseVolume('cache', t), /must be absolute/);
    assert.deepEqual(good(parseTmpfs('/run:size=64m,mode=1777', t)), ['/run', 'size=64m,mode=1777']);
    bad(parseTmpfs('/run:size=lots', t), /not a size/);
    bad(parseTmpfs('/run:mode=999', t), /octal/);
    bad(parseTmpfs('run', t), /must be absolute/);
    assert.equal(good(parseVolumesFrom('web:ro', t)), 'web:ro');
    bad(parseVolumesFrom('web:rx', t), /container name or id/);
  });

  it('restart policies, users, host names, DNS', () => {
    assert.deepEqual(good(parseRestart('on-failure:3', t)), { Name: 'on-failure', MaximumRetryCount: 3 });
    assert.deepEqual(good(parseRestart('unless-stopped', t)), { Name: 'unless-stopped' });
    bad(parseRestart('always:3', t), /not a restart policy/);
    bad(parseRestart('sometimes', t), /not a restart policy/);
    assert.equal(good(parseUser('1000:1000', t)), '1000:1000');
    assert.equal(good(parseUser('nobody', t)), 'nobody');
    bad(parseUser('a b', t), /not a user/);
    assert.equal(good(parseHostname('db.local', t)), 'db.local');
    bad(parseHostname('-db', t), /not a valid host name/);
    bad(parseHostname('a_b', t), /not a valid host name/);
    assert.equal(good(parseDns('8.8.8.8', t)), '8.8.8.8');
    assert.equal(good(parseDns('2001:4860:4860::8888', t)), '2001:4860:4860::8888');
    bad(parseDns('dns.google', t), /not an IP address/);
  });

  it('sizes, CPUs, cpusets and ulimits', () => {
    assert.equal(good(parseSize('512m', t)), 512 * 1024 ** 2);
    assert.equal(good(parseSize('1g', t)), 1024 ** 3);
    assert.equal(good(parseSize('1GiB', t)), 1024 ** 3);
    assert.equal(good(parseSize('300M', t)), 300 * 1024 ** 2);
    assert.equal(good(parseSize('2048', t)), 2048);
    bad(parseSize('12x', t), /not a size/);
    bad(parseMemory('1m', t), /at least 6m/);
    assert.equal(formatSize(512 * 1024 ** 2), '512m');
    assert.equal(formatSize(1024 ** 3), '1g');
    assert.equal(formatSize(1000), '1000');
    assert.equal(good(parseCpus('1.5', t)), 1_500_000_000);
    assert.equal(good(parseCpus('.5', t)), 500_000_000);
    bad(parseCpus('0', t), /positive number/);
    bad(parseCpus('abc', t), /positive number/);
    bad(parseCpus('4', t, 2), /This engine has 2 CPUs/);
    assert.equal(good(parseCpuset('0-1,3', t)), '0-1,3');
    bad(parseCpuset('1-0', t), /not a CPU list/);
    bad(parseCpuset('a', t), /not a CPU list/);
    assert.deepEqual(good(parseUlimit('nofile=1024:2048', t)), { Name: 'nofile', Soft: 1024, Hard: 2048 });
    assert.deepEqual(good(parseUlimit('nproc=512', t)), { Name: 'nproc', Soft: 512, Hard: 512 });
    bad(parseUlimit('nofile=2048:1024', t), /soft limit cannot be above the hard limit/);
    bad(parseUlimit('files=1', t), /not a ulimit name/);
    bad(parseUlimit('nofile', t), /not a ulimit/);
  });

  it('integers in range, by field', () => {
    assert.equal(validateField('memorySwappiness', '60'), undefined);
    assert.match(validateField('memorySwappiness', '101') ?? '', /Memory swappiness must be a whole number from 0 to 100/);
    assert.match(validateField('cpuShares', '1') ?? '', /CPU shares must be a whole number from 2/);
    assert.match(validateField('blkioWeight', '5') ?? '', /from 10 to 1000/);
    assert.match(validateField('cpuPeriod', '10') ?? '', /from 1000 to 1000000/);
    assert.equal(validateField('cpuQuota', '25000'), undefined);
    assert.match(validateField('entrypoint', 'sh -c') ?? '', /one executable/);
    assert.match(validateField('image', ' ') ?? '', /Choose an image/);
  });

  it('image references for commit', () => {
    assert.deepEqual(good(parseImageReference('myapp', t)), { repo: 'myapp', tag: 'latest' });
    assert.deepEqual(good(parseImageReference('team/my-app:1.0', t)), { repo: 'team/my-app', tag: '1.0' });
    assert.deepEqual(good(parseImageReference('localhost:5000/app:v2', t)), { repo: 'localhost:5000/app', tag: 'v2' });
    assert.deepEqual(good(parseImageReference('registry.example.com/a/b', t)), { repo: 'registry.example.com/a/b', tag: 'latest' });
    bad(parseImageReference('MyApp:1', t), /not a valid repository name/);
    bad(parseImageReference('app:-x', t), /not a valid tag/);
    bad(parseImageReference('app:', t), /not a valid tag/);
    bad(parseImageReference('app@sha256:abc', t), /not a digest/);
    bad(parseImageReference('', t), /Enter a repository name/);
    bad(parseImageReference('a//b', t), /not a valid repository name/);
  });
});

describe('run options: the create body', () => {
  it('maps every option onto the Engine API', () => {
    const { name, body } = buildCreateBody(
      {
        image: 'berth/busybox:latest',
        name: 'web',
        command: `sh -c 'sleep 60'`,
        entrypoint: '/bin/env',
        interactive: false,
        autoRemove: false,
        ports: '8080:80 127.0.0.1::53/udp',
        publishAll: true,
        env: "A=1 'B=two words'",
        volumes: 'data:/data /srv:/srv:ro /cache',
        tmpfs: '/run:size=64m',
        volumesFrom: 'other:ro',
        network: 'mynet',
        restart: 'on-failure:2',
        user: '1000:1000',
        workdir: '/app',
        hostname: 'web1',
        dns: '1.1.1.1',
        labels: 'app=web tier=',
        memory: '512m',
        memorySwap: '1g',
        memorySwappiness: '10',
        oomKillDisable: true,
        cpuShares: '512',
        cpus: '0.5',
        cpusetCpus: '0',
        blkioWeight: '300',
        ulimits: 'nofile=1024:2048',
        privileged: true,
      },
      ['FROM_FILE=1', 'A=0'],
    );
    assert.equal(name, 'web');
    assert.deepEqual(body.Cmd, ['sh', '-c', 'sleep 60']);
    assert.deepEqual(body.Entrypoint, ['/bin/env']);
    assert.deepEqual(body.Env, ['FROM_FILE=1', 'A=0', 'A=1', 'B=two words']);
    assert.deepEqual(body.ExposedPorts, { '80/tcp': {}, '53/udp': {} });
    assert.deepEqual(body.HostConfig.PortBindings, { '80/tcp': [{ HostIp: '', HostPort: '8080' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '' }] });
    assert.equal(body.HostConfig.PublishAllPorts, true);
    assert.deepEqual(body.HostConfig.Binds, ['data:/data', '/srv:/srv:ro']);
    assert.deepEqual(body.Volumes, { '/cache': {} });
    assert.deepEqual(body.HostConfig.Tmpfs, { '/run': 'size=64m' });
    assert.deepEqual(body.HostConfig.VolumesFrom, ['other:ro']);
    assert.equal(body.HostConfig.NetworkMode, 'mynet');
    assert.deepEqual(body.HostConfig.RestartPolicy, { Name: 'on-failure', MaximumRetryCount: 2 });
    assert.equal(body.User, '1000:1000');
    assert.equal(body.WorkingDir, '/app');
    assert.equal(body.Hostname, 'web1');
    assert.deepEqual(body.HostConfig.Dns, ['1.1.1.1']);
    assert.deepEqual(body.Labels, { app: 'web', tier: '' });
    assert.equal(body.HostConfig.Memory, 512 * 1024 ** 2);
    assert.equal(body.HostConfig.MemorySwap, 1024 ** 3);
    assert.equal(body.HostConfig.MemorySwappiness, 10);
    assert.equal(body.HostConfig.OomKillDisable, true);
    assert.equal(body.HostConfig.CpuShares, 512);
    assert.equal(body.HostConfig.NanoCpus, 500_000_000);
    assert.equal(body.HostConfig.CpusetCpus, '0');
    assert.equal(body.HostConfig.BlkioWeight, 300);
    assert.deepEqual(body.HostConfig.Ulimits, [{ Name: 'nofile', Soft: 1024, Hard: 2048 }]);
    assert.equal(body.HostConfig.Privileged, true);
    assert.equal(body.Tty, undefined);
  });

  it('an interactive run gets a TTY and open stdin; the least options give the least body', () => {
    const { name, body } = buildCreateBody({ image: 'busybox', interactive: true, autoRemove: true });
    assert.equal(name, undefined);
    assert.equal(body.Tty, true);
    assert.equal(body.OpenStdin, true);
    assert.equal(body.AttachStdin, true);
    assert.deepEqual(body.HostConfig, { AutoRemove: true });
    assert.equal(body.Cmd, undefined);
  });

  it('refuses invalid fields and combinations the engine refuses, naming each problem', () => {
    assert.throws(() => buildCreateBody({ image: 'x', ports: '99999' }), (e: unknown) => e instanceof RunOptionsError && /65535/.test(e.message));
    assert.deepEqual(validateRunOptions({ image: 'x', autoRemove: true, restart: 'always' }), ['--rm cannot be combined with a restart policy: a removed container cannot be restarted.']);
    assert.match(validateRunOptions({ image: 'x', memorySwap: '1g' })[0], /needs --memory/);
    assert.match(validateRunOptions({ image: 'x', memory: '1g', memorySwap: '512m' })[0], /at least --memory/);
    assert.match(validateRunOptions({ image: 'x', cpus: '1', cpuQuota: '50000' })[0], /either --cpus/);
    assert.match(validateRunOptions({ image: 'x', network: 'host', ports: '80' })[0], /host network/);
    assert.deepEqual(validateRunOptions({ image: 'x', memory: '1g', memorySwap: '-1', restart: 'no', autoRemove: true }), []);
  });
});

describe('run options: the docker run command', () => {
  it('renders every option, quoted for a shell', () => {
    const command = renderDockerRun({
      image: 'berth/busybox:latest',
      name: 'web',
      command: `sh -c 'echo "$HOME"; sleep 1'`,
      entrypoint: '/bin/env',
      autoRemove: true,
      ports: '8080:80 [::1]::53/udp',
      publishAll: true,
      env: "A=1 'B=two words'",
      envFile: '/tmp/my env',
      volumes: 'data:/data /srv:/srv:ro',
      tmpfs: '/run:size=64m',
      volumesFrom: 'other',
      network: 'mynet',
      restart: 'no',
      user: 'nobody',
      workdir: '/app',
      hostname: 'web1',
      dns: '1.1.1.1',
      labels: "'note=it''s'",
      memory: '536870912',
      memorySwap: '-1',
      memorySwappiness: '0',
      oomKillDisable: true,
      cpuShares: '512',
      cpus: '1.5',
      cpuPeriod: '',
      cpusetCpus: '0-1',
      blkioWeight: '300',
      ulimits: 'nofile=1024:2048',
      privileged: true,
    });
    assert.equal(
      command,
      "docker run -d --rm --name web -p 8080:80 -p '[::1]::53/udp' -P -e A=1 -e 'B=two words' --env-file '/tmp/my env' -v data:/data -v /srv:/srv:ro " +
        '--tmpfs /run:size=64m --volumes-from other --network mynet --restart no --user nobody --workdir /app --hostname web1 --dns 1.1.1.1 ' +
        "--label note=its --memory 512m --memory-swap -1 --memory-swappiness 0 --oom-kill-disable --cpu-shares 512 --cpus 1.5 --cpuset-cpus 0-1 " +
        `--blkio-weight 300 --ulimit nofile=1024:2048 --privileged --entrypoint /bin/env berth/busybox:latest sh -c 'echo "$HOME"; sleep 1'`,
    );
    // What the shell would hand docker is what Berth sends.
    const words = splitShellWords(command);
    assert.deepEqual(words.slice(-3), ['sh', '-c', 'echo "$HOME"; sleep 1']);
    assert.ok(words.includes('B=two words'));
  });

  it('renders an interactive run with -it and nothing else', () => {
    assert.equal(renderDockerRun({ image: 'busybox', interactive: true }), 'docker run -it busybox');
  });
});

describe('run options: from an existing container', () => {
  const image = { Config: { Env: ['PATH=/bin'], Cmd: ['sh'], Entrypoint: null, Labels: { maintainer: 'me' }, User: '', WorkingDir: '' } };
  const container = {
    Id: 'abcdef0123456789',
    Name: '/web',
    Config: {
      Image: 'berth/busybox:latest',
      Hostname: 'abcdef012345',
      User: 'nobody',
      WorkingDir: '/srv',
      Env: ['PATH=/bin', 'MODE=prod', 'GREETING=hello world'],
      Cmd: ['sleep', '300'],
      Entrypoint: null,
      Labels: { maintainer: 'me', app: 'web' },
      Tty: false,
      OpenStdin: false,
    },
    HostConfig: {
      AutoRemove: false,
      PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '' }] },
      Binds: ['data:/data', '/srv:/srv:ro'],
      Tmpfs: { '/run': 'size=64m' },
      NetworkMode: 'mynet',
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
      Dns: ['1.1.1.1'],
      Memory: 512 * 1024 ** 2,
      MemorySwap: 1024 ** 3,
      MemorySwappiness: null,
      NanoCpus: 500_000_000,
      CpuShares: 0,
      Ulimits: [{ Name: 'nofile', Soft: 1024, Hard: 2048 }],
      Privileged: false,
    },
  };

  it("keeps what differs from the image and the engine's defaults", () => {
    assert.equal(
      renderDockerRun(runOptionsFromInspect(container, image)),
      "docker run -d --name web -p 8080:80 -p 127.0.0.1::53/udp -e MODE=prod -e 'GREETING=hello world' -v data:/data -v /srv:/srv:ro --tmpfs /run:size=64m " +
        '--network mynet --restart on-failure:3 --user nobody --workdir /srv --dns 1.1.1.1 --label app=web --memory 512m --cpus 0.5 ' +
        '--ulimit nofile=1024:2048 berth/busybox:latest sleep 300',
    );
  });

  it("leaves out the command when it is the image's, and the swap the engine derived", () => {
    const options = runOptionsFromInspect({ ...container, Config: { ...container.Config, Cmd: ['sh'] }, HostConfig: { ...container.HostConfig, MemorySwap: 1024 ** 3 } }, image);
    assert.equal(options.command, undefined);
    assert.equal(options.memorySwap, undefined);
  });

  it('an entrypoint override takes the first word; the rest goes before the command', () => {
    const options = runOptionsFromInspect({ ...container, Config: { ...container.Config, Entrypoint: ['/bin/sh', '-c'], Cmd: ['echo hi'] } }, image);
    assert.equal(options.entrypoint, '/bin/sh');
    assert.equal(options.command, "-c 'echo hi'");
    assert.match(renderDockerRun(options), /--entrypoint \/bin\/sh berth\/busybox:latest -c 'echo hi'$/);
  });

  it('subtracts nothing when the image is gone, and shows a hostname that was set', () => {
    const options = runOptionsFromInspect({ ...container, Config: { ...container.Config, Hostname: 'web1' } }, undefined);
    assert.equal(options.hostname, 'web1');
    assert.match(options.env ?? '', /PATH=\/bin/);
    assert.match(options.labels ?? '', /maintainer=me/);
  });
});

describe('commit changes', () => {
  it('accepts the instructions commit applies', () => {
    for (const change of ['CMD ["sh", "-c", "echo hi"]', 'CMD echo hi', 'ENTRYPOINT ["/bin/env"]', 'ENV A=1 B="two words"', 'EXPOSE 80/tcp 53/udp', 'LABEL app=web', 'USER nobody', 'WORKDIR /srv', 'VOLUME /data', 'volume ["/a", "/b"]']) {
      assert.equal(checkCommitChange(change), undefined, change);
    }
  });

  it('rejects other instructions and syntax errors, with the reason', () => {
    assert.match(checkCommitChange('RUN echo hi') ?? '', /'RUN' cannot be applied by a commit/);
    assert.match(checkCommitChange('FROM busybox') ?? '', /cannot be applied by a commit/);
    assert.match(checkCommitChange('ENV') ?? '', /ENV requires at least one argument/);
    assert.match(checkCommitChange('ENV A=1 B') ?? '', /'B' has no '='/);
    assert.match(checkCommitChange('EXPOSE 80/xtp') ?? '', /xtp/);
    assert.match(checkCommitChange('WORKDIR') ?? '', /WORKDIR requires exactly one argument/);
    assert.match(checkCommitChange('') ?? '', /Write one instruction/);
    assert.match(checkCommitChange('# just a comment') ?? '', /exactly one instruction/);
  });

  it('gives the reason in Chinese from the same rules', () => {
    assert.match(checkCommitChange('ENV', t, 'zh') ?? '', /至少需要一个参数/);
  });

  it('names the line of each problem', () => {
    assert.deepEqual(checkCommitChanges(['CMD ["sh"]', 'RUN x', 'USER nobody', 'EXPOSE']).map((p) => p.line), [2, 4]);
  });
});

describe('run errors in words a person can act on', () => {
  it('names the taken port, the name in use and the missing image', () => {
    assert.equal(
      describeRunError('(HTTP code 500) server error - driver failed programming external connectivity on endpoint x (abc): Bind for 0.0.0.0:18080 failed: port is already allocated', t),
      'Host port 18080 is already taken by another container; choose another host port.',
    );
    assert.match(describeRunError('Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use', t), /Host port 8080 is already in use by another program/);
    assert.match(describeRunError('(HTTP code 409) unexpected - Conflict. The container name "/web" is already in use by container "abc".', t), /The name 'web' is already used/);
    assert.match(describeRunError('(HTTP code 404) no such container - No such image: nope:latest', t), /The image 'nope:latest' is not on this engine/);
    assert.equal(describeRunError('(HTTP code 400) bad parameter - something odd', t), 'something odd');
  });
});
