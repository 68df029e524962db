import assert from 'node:assert/strict';
import { Engine } from '../../../client/src/engine/engine';
import { parseAddress } from '../../../client/src/engine/endpoint';
import { EngineError } from '../../../client/src/engine/errors';
import { EngineEvent } from '../../../client/src/engine/records';
import { EventWatcher } from '../../../client/src/engine/watcher';

/** An engine double whose availability the test switches; only error paths need a fake. */
class FlakyEngine {
  readonly endpoint = parseAddress('unix:///fake.sock');
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
