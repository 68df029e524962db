import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAddress } from '../../client/src/engine/endpoint';
import { Engine } from '../../client/src/engine/engine';
import { EngineModel, ModelTopic } from '../../client/src/engine/model';
import { EventWatcher } from '../../client/src/engine/watcher';
import { uniqueName } from './fixtures';
import { SecondEngine, startSecondEngine } from './secondEngine';

/**
 * The engine stops and starts again while Berth follows it: a second dockerd of the test's own
 * (the machine's engine is never stopped). Durations are printed, not asserted; the bench
 * measures them.
 */
describe('EngineModel when its engine stops and starts again (second dockerd)', function () {
  this.timeout(120_000);
  let second: SecondEngine | undefined;
  let watcher: EventWatcher | undefined;
  let model: EngineModel | undefined;

  before(async () => {
    second = await startSecondEngine();
  });

  after(async () => {
    model?.dispose();
    watcher?.dispose();
    await second?.stop();
  });

  it('goes to a problem when the engine stops, and back to ok with a full resync when it starts', async () => {
    const engine = new Engine(parseAddress(`unix://${second!.socketPath}`));
    watcher = new EventWatcher(engine);
    model = new EngineModel(engine, watcher);
    watcher.start();
    model.start();
    await until(model, 'status', () => model!.status.state === 'ok');
    await model.settled();
    assert.ok(model.networks().some((n) => n.name === 'bridge'), 'the second engine is listed');

    let started = Date.now();
    await second!.stopDaemon();
    const stoppedAt = Date.now();
    await until(model, 'status', () => model!.status.state === 'problem');
    const status = model.status;
    assert.ok(status.state === 'problem');
    assert.equal(status.error.problem, 'notRunning');
    console.log(`      (problem reported ${Date.now() - stoppedAt} ms after dockerd exited; stopping took ${stoppedAt - started} ms)`);

    // Made while the engine is down, behind its back: the local volume driver finds volume
    // folders when it starts, and no event ever names them, so only a full re-list shows it.
    const volume = uniqueName('resync');
    mkdirSync(join(second!.dir, 'data', 'volumes', volume, '_data'), { recursive: true });

    started = Date.now();
    await second!.startDaemon();
    const answeringAt = Date.now();
    await until(model, 'volume', () => model!.status.state === 'ok' && model!.volumes().some((v) => v.name === volume));
    console.log(`      (ok again with the new volume ${Date.now() - answeringAt} ms after dockerd answered; starting took ${answeringAt - started} ms)`);
    assert.equal(watcher.connected, true);
  });
});

/** Resolves once `predicate` holds, re-checking on changes of `topic` and of the status; the mocha timeout bounds it. */
function until(model: EngineModel, topic: ModelTopic, predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const subscriptions = [topic, 'status' as const].map((t) => model.onDidChange(t, check));
    function check() {
      if (!predicate()) return;
      subscriptions.forEach((s) => s.dispose());
      resolve();
    }
    check();
  });
}
