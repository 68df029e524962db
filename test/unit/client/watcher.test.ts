import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../../client/src/engine/engine';
import { parseAddress } from '../../../client/src/engine/endpoint';
import { EngineError } from '../../../client/src/engine/errors';
import { EngineEvent } from '../../../client/src/engine/records';
import { EventWatcher, reconnectDelay } from '../../../client/src/engine/watcher';

/** An engine double whose availability the test switches; only error paths need a fake. */
class FlakyEngine {
  constructor(readonly endpoint = parseAddress('unix:///fake.sock')) {}
  up = false;
  versionCalls = 0;
  endStream: (() => void) | undefined;

  async version() {
    this.versionCalls++;
    if (!this.up) throw Object.assign(new Error('connect ENOENT /fake.sock'), { code: 'ENOENT' });
    return { version: '1', apiVersion: '1.41', os: 'linux', arch: 'amd64' };
  }

  watchEvents(onEvent: (event: EngineEvent) => void, signal: AbortSignal): Promise<void> {
    onEvent({ kind: 'container', action: 'start', id: 'c1' });
    return new Promise((resolve) => {
      this.endStream = resolve;
      signal.addEventListener('abort', () => resolve());
    });
  }
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EventWatcher', () => {
  it('reports the problem, retries on request, and reconnects after the stream ends', async () => {
    const engine = new FlakyEngine();
    const seen: string[] = [];
    const watcher = new EventWatcher(engine as unknown as Engine, {
      onEvent: (event) => seen.push(`event:${event.action}`),
      onConnected: () => seen.push('connected'),
      onDisconnected: (error) => seen.push(`disconnected:${error instanceof EngineError ? error.problem : 'stream-ended'}`),
    });
    try {
      watcher.start();
      await tick(20);
      assert.deepEqual(seen, ['disconnected:notRunning']);

      engine.up = true;
      watcher.retryNow();
      await tick(20);
      assert.deepEqual(seen.slice(1), ['connected', 'event:start']);

      engine.endStream?.();
      await tick(20);
      assert.equal(seen[3], 'disconnected:stream-ended');
      watcher.retryNow();
      await tick(20);
      assert.deepEqual(seen.slice(4), ['connected', 'event:start']);
    } finally {
      watcher.dispose();
    }
  });

  it('makes no call after it is disposed', async () => {
    const engine = new FlakyEngine();
    const watcher = new EventWatcher(engine as unknown as Engine, { onEvent: () => undefined, onConnected: () => undefined, onDisconnected: () => undefined });
    watcher.start();
    await tick(20);
    watcher.dispose();
    const calls = engine.versionCalls;
    await tick(700);
    assert.equal(engine.versionCalls, calls);
  });
});

describe('reconnectDelay', () => {
  it('doubles from 250 ms up to 30 s for an engine that never answered or is long gone', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => reconnectDelay(n, undefined)), [250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    assert.equal(reconnectDelay(1000, undefined), 30000);
    assert.equal(reconnectDelay(9, 10 * 60_000), 30000);
  });

  it('stays at 1 s at most while the engine was healthy in the last two minutes', () => {
    assert.deepEqual([1, 2, 3, 4, 20].map((n) => reconnectDelay(n, 5_000)), [250, 500, 1000, 1000, 1000]);
    assert.equal(reconnectDelay(20, 119_000), 1000);
    assert.equal(reconnectDelay(20, 121_000), 30000);
  });
});

describe('EventWatcher on a unix socket', () => {
  it('retries as soon as the socket file appears, without waiting out the delay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-watch-'));
    const engine = new FlakyEngine(parseAddress(`unix://${join(dir, 'docker.sock')}`));
    let connect = () => undefined as void;
    let disconnect = () => undefined as void;
    const connected = new Promise<void>((resolve) => (connect = resolve));
    const disconnected = new Promise<void>((resolve) => (disconnect = resolve));
    // An hour's delay: only the socket's appearance can make the second attempt happen.
    const watcher = new EventWatcher(engine as unknown as Engine, { onEvent: () => undefined, onConnected: () => connect(), onDisconnected: () => disconnect() }, () => 3_600_000);
    try {
      watcher.start();
      await disconnected;
      await tick(20);
      engine.up = true;
      writeFileSync(join(dir, 'docker.sock'), '');
      await connected;
      assert.equal(engine.versionCalls, 2);
    } finally {
      watcher.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('also when the socket appeared between the failed attempt and the wait', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-watch-'));
    const engine = new FlakyEngine(parseAddress(`unix://${join(dir, 'docker.sock')}`));
    let connect = () => undefined as void;
    const connected = new Promise<void>((resolve) => (connect = resolve));
    const watcher = new EventWatcher(engine as unknown as Engine, { onEvent: () => undefined, onConnected: () => connect(), onDisconnected: () => undefined }, () => 3_600_000);
    try {
      watcher.start();
      // The first attempt has been made (and will fail); its wait has not begun yet.
      assert.equal(engine.versionCalls, 1);
      engine.up = true;
      writeFileSync(join(dir, 'docker.sock'), '');
      await connected;
      assert.equal(engine.versionCalls, 2);
    } finally {
      watcher.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
