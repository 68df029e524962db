import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contextFolder } from '../../../client/src/engine/contexts';
import { EndpointError, parseAddress, resolveEndpoint } from '../../../client/src/engine/endpoint';
import { classifyEngineError } from '../../../client/src/engine/errors';
import { describeSshFailure, SshAgent, sshArgv, SshFailure } from '../../../client/src/engine/ssh';

const endpoint = parseAddress('ssh://me@build.example:2222');

describe('ssh:// engine addresses', () => {
  it('parse user, host and port as the docker CLI does', () => {
    assert.deepEqual(endpoint, { kind: 'ssh', host: 'build.example', user: 'me', port: 2222, address: 'ssh://me@build.example:2222', source: 'setting' });
    assert.deepEqual(parseAddress('ssh://build.example', 'DOCKER_HOST'), { kind: 'ssh', host: 'build.example', address: 'ssh://build.example', source: 'DOCKER_HOST' });
    const v6 = parseAddress('ssh://[::1]:22');
    assert.equal(v6.kind === 'ssh' && v6.host, '::1');
  });

  it('refuse a password, a path, and a host that ssh would read as an option', () => {
    assert.throws(() => parseAddress('ssh://me:secret@host'), EndpointError);
    assert.throws(() => parseAddress('ssh://host/var/run/docker.sock'), /cannot have a path/);
    assert.throws(() => parseAddress('ssh://-oProxyCommand=x'), EndpointError);
  });

  it('become an argv array: batch mode, -l, -p, then -- before the remote command', () => {
    assert.ok(endpoint.kind === 'ssh');
    assert.deepEqual(sshArgv(endpoint), ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=15', '-T', '-l', 'me', '-p', '2222', '--', 'build.example', 'docker', 'system', 'dial-stdio']);
    assert.deepEqual(sshArgv({ host: 'h', extraArgs: ['-F', '/tmp/x'] }).slice(5, 8), ['-F', '/tmp/x', '--']);
  });
});

describe('ssh failures for people', () => {
  const cases: Array<[string, number | null, string, RegExp]> = [
    ['root@127.0.0.1: Permission denied (publickey).\r\n', 255, 'ssh', /refused the login.*Permission denied \(publickey\)/],
    ['@@@@@\r\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\nHost key verification failed.\r\n', 255, 'ssh', /not known or has changed.*Host key verification failed/],
    ['ssh: connect to host 127.0.0.1 port 1: Connection refused\r\n', 255, 'wrongHost', /could not connect/],
    ['ssh: connect to host 10.1.2.3 port 22: Connection timed out\r\n', 255, 'wrongHost', /could not connect/],
    ['ssh: Could not resolve hostname nohost: Name or service not known\r\n', 255, 'wrongHost', /could not be resolved/],
    ['bash: line 1: docker: command not found\n', 127, 'notRunning', /docker .*was not found on the remote host/],
    ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', 1, 'notRunning', /No Docker engine answers/],
    ['kex_exchange_identification: read: Connection reset by peer\r\n', 255, 'wrongHost', /could not connect/],
    ['something else\n', 255, 'ssh', /The ssh connection to the engine failed: something else/],
  ];
  for (const [stderr, code, problem, detail] of cases) {
    it(`${problem}: ${stderr.trim().split('\n').pop()!.slice(0, 50)}`, () => {
      const error = classifyEngineError(new SshFailure(stderr, code), endpoint);
      assert.equal(error.problem, problem);
      assert.match(error.detail, detail);
      assert.equal(error.address, 'ssh://me@build.example:2222');
    });
  }

  it('names a missing ssh client', () => {
    const missing = Object.assign(new Error('spawn ssh ENOENT'), { code: 'ENOENT' });
    assert.deepEqual(describeSshFailure(new SshFailure('', null, missing)), { problem: 'ssh', detail: 'ssh was not found: install an OpenSSH client and make sure ssh is on the PATH' });
  });

  it('leaves other errors to the other rules', () => {
    assert.equal(describeSshFailure(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })), undefined);
  });
});

describe('SshAgent', () => {
  function get(agent: SshAgent): Promise<string> {
    return new Promise((resolve, reject) => {
      const req = request({ host: 'docker', path: '/_ping', agent }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(`${res.statusCode} ${body}`));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('speaks HTTP over the stdio of the process it spawns, with the argv it was given', async () => {
    const seen: string[][] = [];
    // A stand-in for ssh + dial-stdio: answers one HTTP request on stdout.
    const agent = new SshAgent({ host: 'h', user: 'u' }, (args) => {
      seen.push(args);
      return spawn(process.execPath, ['-e', "process.stdin.once('data', () => { process.stdout.write('HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\nConnection: close\\r\\n\\r\\nOK'); process.stdin.pause(); })"]);
    });
    try {
      assert.equal(await get(agent), '200 OK');
      assert.deepEqual(seen, [sshArgv({ host: 'h', user: 'u' })]);
    } finally {
      agent.destroy();
    }
  });

  it('fails with ssh\'s stderr when the process exits without answering', async () => {
    const agent = new SshAgent({ host: 'h' }, () => spawn(process.execPath, ['-e', "process.stderr.write('u@h: Permission denied (publickey).\\n'); process.exit(255)"]));
    try {
      await assert.rejects(get(agent), (e: unknown) => e instanceof SshFailure && e.exitCode === 255 && /Permission denied/.test(e.stderr));
    } finally {
      agent.destroy();
    }
  });

  it('fails with a classified error when ssh is missing', async () => {
    const agent = new SshAgent({ host: 'h' }, () => spawn('/nonexistent/berth-test-ssh', []));
    try {
      await assert.rejects(get(agent), (e: unknown) => classifyEngineError(e, endpoint).problem === 'ssh' && /ssh was not found/.test(classifyEngineError(e, endpoint).detail));
    } finally {
      agent.destroy();
    }
  });
});

describe('ssh:// from DOCKER_HOST and from a docker context', () => {
  it('resolves as the CLI would', () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-ssh-context-'));
    try {
      const folder = contextFolder('remote');
      mkdirSync(join(dir, 'contexts', 'meta', folder), { recursive: true });
      writeFileSync(join(dir, 'contexts', 'meta', folder, 'meta.json'), JSON.stringify({ Name: 'remote', Metadata: {}, Endpoints: { docker: { Host: 'ssh://deploy@build.example', SkipTLSVerify: false } } }));
      writeFileSync(join(dir, 'config.json'), JSON.stringify({ currentContext: 'remote' }));
      assert.deepEqual(resolveEndpoint(undefined, { DOCKER_CONFIG: dir }), { kind: 'ssh', host: 'build.example', user: 'deploy', address: 'ssh://deploy@build.example', source: 'context:remote' });
      assert.deepEqual(resolveEndpoint(undefined, { DOCKER_CONFIG: dir, DOCKER_HOST: 'ssh://h:2200' }), { kind: 'ssh', host: 'h', port: 2200, address: 'ssh://h:2200', source: 'DOCKER_HOST' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
