import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An sshd of its own on a free 127.0.0.1 port, with a host key and an authorized client key
 * made in a temp folder, and ssh client configs (`-F` files) for the tests. Nothing in /etc or
 * ~/.ssh is read or changed; sshd only needs its privilege separation folder (/run/sshd),
 * which is made if missing. Logging in runs commands as the user running the tests (root here),
 * so `docker system dial-stdio` there reaches this machine's own engine.
 */
export interface SshServer {
  readonly dir: string;
  readonly port: number;
  readonly user: string;
  /** An ssh config that logs in with the authorized key and knows the host key. */
  readonly goodConfig: string;
  /** Same host key, but a client key that sshd does not accept. */
  readonly refusedKeyConfig: string;
  /** The authorized key, but the known host key is a different one. */
  readonly unknownHostConfig: string;
  /** A key whose logins get a PATH without docker on it (as a host without docker installed). */
  readonly noDockerConfig: string;
  stop(): Promise<void>;
}

export const SSHD = '/usr/sbin/sshd';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

function keygen(file: string): string {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'berth-test', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  return readFileSync(`${file}.pub`, 'utf8').trim();
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startSshServer(): Promise<SshServer> {
  const dir = mkdtempSync(join(tmpdir(), 'berth-sshd-'));
  chmodSync(dir, 0o700);
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited(child);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const hostKey = keygen(join(dir, 'host_key'));
    const otherHostKey = keygen(join(dir, 'other_host_key'));
    const clientKey = keygen(join(dir, 'client_key'));
    keygen(join(dir, 'refused_key'));
    const noDockerKey = keygen(join(dir, 'no_docker_key'));
    writeFileSync(join(dir, 'authorized_keys'), `${clientKey}\nenvironment="PATH=/nonexistent" ${noDockerKey}\n`, { mode: 0o600 });
    const port = await freePort();
    const user = execFileSync('id', ['-un'], { encoding: 'utf8' }).trim();
    writeFileSync(
      join(dir, 'sshd_config'),
      [
        `Port ${port}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${join(dir, 'host_key')}`,
        `PidFile ${join(dir, 'sshd.pid')}`,
        `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
        'PubkeyAuthentication yes',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PermitRootLogin prohibit-password',
        'UsePAM no',
        'PermitUserEnvironment PATH',
        'StrictModes no',
        'LogLevel VERBOSE',
        '',
      ].join('\n'),
    );
    const clientConfig = (name: string, identity: string, knownHostKey: string) => {
      const known = join(dir, `${name}.known_hosts`);
      writeFileSync(known, `[127.0.0.1]:${port} ${knownHostKey.split(' ').slice(0, 2).join(' ')}\n`);
      const file = join(dir, `${name}.ssh_config`);
      writeFileSync(
        file,
        [
          'Host *',
          `  IdentityFile ${identity}`,
          '  IdentitiesOnly yes',
          '  IdentityAgent none',
          `  UserKnownHostsFile ${known}`,
          '  GlobalKnownHostsFile /dev/null',
          '  StrictHostKeyChecking yes',
          '  LogLevel ERROR',
          '',
        ].join('\n'),
        { mode: 0o600 },
      );
      return file;
    };
    const goodConfig = clientConfig('good', join(dir, 'client_key'), hostKey);
    const refusedKeyConfig = clientConfig('refused', join(dir, 'refused_key'), hostKey);
    const unknownHostConfig = clientConfig('unknown-host', join(dir, 'client_key'), otherHostKey);
    const noDockerConfig = clientConfig('no-docker', join(dir, 'no_docker_key'), hostKey);
    if (!existsSync('/run/sshd')) mkdirSync('/run/sshd', { mode: 0o755 });
    const log = openSync(join(dir, 'sshd.log'), 'w');
    child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', log, log] });
    closeSync(log);
    const started = child;
    const deadline = Date.now() + 15_000;
    while (!(await accepts(port))) {
      if (started.exitCode !== null || Date.now() > deadline) {
        throw new Error(`sshd did not start (exit ${String(started.exitCode)}):\n${readFileSync(join(dir, 'sshd.log'), 'utf8')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { dir, port, user, goodConfig, refusedKeyConfig, unknownHostConfig, noDockerConfig, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
