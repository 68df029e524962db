import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A second dockerd beside the machine's own, with its own state, a unix socket and a TLS-only
 * TCP port on 127.0.0.1, for tests of remote and TLS engines. Everything it makes lives in one
 * temp folder and one bridge interface, which `stop()` removes. Needs root, `openssl` and `ip`.
 */
export interface SecondEngine {
  /** The temp folder holding certificates, state and sockets. */
  readonly dir: string;
  /** Its unix socket: the tests' own way in, without TLS. */
  readonly socketPath: string;
  readonly port: number;
  /** `tcp://127.0.0.1:PORT` */
  readonly address: string;
  readonly certs: Certificates;
  /** Stops the dockerd but keeps its state, bridge and addresses, as `systemctl stop docker` would. */
  stopDaemon(): Promise<void>;
  /** Starts the dockerd again on the same state and addresses; resolves once it answers. */
  startDaemon(): Promise<void>;
  /** Stops the dockerd and removes everything it made. */
  stop(): Promise<void>;
}

/** Paths of PEM files. `wrongClient*` is signed by `wrongCa`, which the engine does not trust. */
export interface Certificates {
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  wrongCa: string;
  wrongClientCert: string;
  wrongClientKey: string;
}

/** Unix socket paths must stay under 108 bytes, so the folder goes in a short temp path. */
function shortTempDir(): string {
  const base = tmpdir().length <= 40 ? tmpdir() : '/tmp';
  return mkdtempSync(join(base, 'berth-e2-'));
}

function openssl(cwd: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A CA, a server certificate for 127.0.0.1, a client certificate, and a client of an unrelated CA. */
export function makeCertificates(dir: string): Certificates {
  const ca = (name: string) => {
    openssl(dir, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', `${name}-key.pem`, '-out', `${name}.pem`);
  };
  const signed = (name: string, caName: string, extensions: string) => {
    writeFileSync(join(dir, `${name}.ext`), extensions);
    openssl(dir, 'req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${name}`, '-keyout', `${name}-key.pem`, '-out', `${name}.csr`);
    openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', `${caName}.pem`, '-CAkey', `${caName}-key.pem`, '-CAcreateserial', '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
  };
  ca('ca');
  ca('wrong-ca');
  signed('server', 'ca', 'subjectAltName = IP:127.0.0.1\nextendedKeyUsage = serverAuth\n');
  signed('client', 'ca', 'extendedKeyUsage = clientAuth\n');
  signed('wrong-client', 'wrong-ca', 'extendedKeyUsage = clientAuth\n');
  const path = (name: string) => join(dir, name);
  return {
    ca: path('ca.pem'),
    serverCert: path('server.pem'),
    serverKey: path('server-key.pem'),
    clientCert: path('client.pem'),
    clientKey: path('client-key.pem'),
    wrongCa: path('wrong-ca.pem'),
    wrongClientCert: path('wrong-client.pem'),
    wrongClientKey: path('wrong-client-key.pem'),
  };
}

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

function ping(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stopDaemon(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // dockerd stops its own containerd on SIGTERM; SIGKILL only if it hangs.
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited(child);
  clearTimeout(killer);
}

/**
 * The second engine's default bridge. Not `--bridge=none`: a dockerd started with it deletes the
 * `docker0` interface, which belongs to the first engine (same network namespace), and the first
 * engine's containers then fail to start. A named bridge must exist before dockerd starts; it
 * gets an address in 198.18.0.0/15 (RFC 2544, never one of Docker's pools) so that neither
 * engine's networks collide with it.
 */
function makeBridge(): string {
  const suffix = randomBytes(3);
  const name = `berth${suffix.toString('hex')}`;
  execFileSync('ip', ['link', 'add', 'name', name, 'type', 'bridge'], { stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('ip', ['addr', 'add', `198.18.${suffix[0]}.1/24`, 'dev', name], { stdio: ['ignore', 'ignore', 'pipe'] });
  return name;
}

function removeBridge(name: string): void {
  try {
    execFileSync('ip', ['link', 'del', name], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch {
    // Already gone.
  }
}

/** Starts the second engine with TLS verification on its TCP port and waits until it answers. */
/**
 * `storageDriver: 'vfs'` for tests that run containers or builds on it: overlay mounts under a
 * second data root fail on some machines ("error creating overlay mount ... invalid argument").
 */
export async function startSecondEngine(options: { storageDriver?: string } = {}): Promise<SecondEngine> {
  const dir = shortTempDir();
  let child: ChildProcess | undefined;
  let bridge: string | undefined;
  const cleanUp = async () => {
    if (child) await stopDaemon(child);
    if (bridge) removeBridge(bridge);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const certs = makeCertificates(dir);
    bridge = makeBridge();
    const port = await freePort();
    const socketPath = join(dir, 'd.sock');
    const args = [
      '--data-root', join(dir, 'data'),
      '--exec-root', join(dir, 'exec'),
      '--pidfile', join(dir, 'd.pid'),
      '-H', `unix://${socketPath}`,
      '-H', `tcp://127.0.0.1:${port}`,
      '--bridge', bridge,
      '--iptables=false',
      '--ip-masq=false',
      '--tlsverify',
      '--tlscacert', certs.ca,
      '--tlscert', certs.serverCert,
      '--tlskey', certs.serverKey,
      ...(options.storageDriver ? ['--storage-driver', options.storageDriver] : []),
    ];
    const launch = async () => {
      const log = openSync(join(dir, 'dockerd.log'), 'a');
      child = spawn('dockerd', args, { stdio: ['ignore', log, log] });
      closeSync(log);
      const started = child;
      const deadline = Date.now() + 30_000;
      while (!(await ping(socketPath))) {
        if (started.exitCode !== null || started.signalCode !== null || Date.now() > deadline) {
          const tail = readFileSync(join(dir, 'dockerd.log'), 'utf8').split('\n').slice(-15).join('\n');
          throw new Error(`The second dockerd did not come up (exit ${started.exitCode ?? started.signalCode ?? 'none'}):\n${tail}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    await launch();
    return {
      dir,
      socketPath,
      port,
      address: `tcp://127.0.0.1:${port}`,
      certs,
      stopDaemon: async () => {
        if (child) await stopDaemon(child);
      },
      startDaemon: async () => {
        if (child && child.exitCode === null && child.signalCode === null) return;
        await launch();
      },
      stop: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
