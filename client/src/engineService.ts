import * as vscode from 'vscode';
import { Engine } from './engine/engine';
import { EndpointError, resolveEndpoint } from './engine/endpoint';
import { EngineError, EngineProblem } from './engine/errors';
import { EngineModel } from './engine/model';
import { EngineEvent, ObjectKind } from './engine/records';
import { EventWatcher } from './engine/watcher';

export type EngineStatus = { state: 'unknown' } | { state: 'ok' } | { state: 'problem'; error: EngineError };

const KINDS: readonly ObjectKind[] = ['container', 'image', 'volume', 'network'];

/** How long a view waits for the first listing before it shows whatever it has. */
const FIRST_LISTING_TIMEOUT_MS = 15_000;

interface Connection {
  engine: Engine;
  watcher: EventWatcher;
  model: EngineModel;
  subscriptions: Array<{ dispose(): void }>;
}

/**
 * Owns the Engine for the configured endpoint, its event stream and the model kept current from
 * it, and publishes the engine's health as the `berth.engine.problem` context key that the
 * welcome views use. Nothing here contacts the engine until someone asks (a view becomes visible,
 * a command runs).
 */
export class EngineService implements vscode.Disposable {
  private current: Connection | undefined;
  private currentStatus: EngineStatus = { state: 'unknown' };
  private readonly eventEmitter = new vscode.EventEmitter<EngineEvent>();
  private readonly reconnectEmitter = new vscode.EventEmitter<void>();
  private readonly statusEmitter = new vscode.EventEmitter<EngineStatus>();
  private readonly changeEmitter = new vscode.EventEmitter<ObjectKind>();
  private readonly disposables: vscode.Disposable[] = [this.eventEmitter, this.reconnectEmitter, this.statusEmitter, this.changeEmitter];

  /** An object changed on the engine (raw events, for listeners that are not views). */
  readonly onEvent = this.eventEmitter.event;
  /** The engine became reachable again, or the endpoint changed: everything may be stale. */
  readonly onReconnect = this.reconnectEmitter.event;
  readonly onStatus = this.statusEmitter.event;
  /** The model's records of one kind changed. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((change) => {
        if (change.affectsConfiguration('berth.docker.host')) this.reset();
      }),
    );
  }

  get status(): EngineStatus {
    return this.currentStatus;
  }

  /** The engine, with its event stream and model started on first use. */
  get engine(): Engine {
    return this.connect().engine;
  }

  /** The model of the engine, started on first use. */
  get model(): EngineModel {
    return this.connect().model;
  }

  /** Resolves once the engine answered (or said why not) after the current connection started. */
  async firstListing(): Promise<void> {
    const model = this.model;
    if (model.status.state !== 'unknown') return model.settled();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, FIRST_LISTING_TIMEOUT_MS);
      const subscription = model.onDidChange('status', done);
      function done() {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
    await model.settled();
  }

  private connect(): Connection {
    if (this.current) return this.current;
    const host = vscode.workspace.getConfiguration('berth').get<string>('docker.host');
    let endpoint;
    try {
      endpoint = resolveEndpoint(host);
    } catch (error) {
      const address = error instanceof EndpointError ? error.address : String(host);
      const problem = new EngineError('wrongHost', address, (error as Error).message);
      this.report(problem);
      throw problem;
    }
    const engine = new Engine(endpoint);
    this.log.info(`Using the Docker engine at ${endpoint.address} (${endpoint.source})`);
    const watcher = new EventWatcher(engine, {
      onEvent: (event) => this.eventEmitter.fire(event),
      onConnected: () => this.reconnectEmitter.fire(),
      onDisconnected: (error) => {
        if (error) this.report(error);
      },
    });
    const model = new EngineModel(engine, watcher);
    const subscriptions = [
      ...KINDS.map((kind) => model.onDidChange(kind, () => this.changeEmitter.fire(kind))),
      model.onDidChange('status', () => {
        const status = model.status;
        if (status.state === 'ok') this.report(undefined);
        else if (status.state === 'problem') this.report(status.error);
      }),
    ];
    this.current = { engine, watcher, model, subscriptions };
    watcher.start();
    model.start();
    return this.current;
  }

  /** Records the outcome of a call: views and commands report success and failure here. */
  report(error: EngineError | undefined): void {
    const next: EngineStatus = error ? { state: 'problem', error } : { state: 'ok' };
    const problem: EngineProblem | 'none' = error ? error.problem : 'none';
    const changed = this.currentStatus.state !== next.state || (error && this.currentStatus.state === 'problem' && this.currentStatus.error.problem !== error.problem);
    this.currentStatus = next;
    if (!changed) return;
    if (error) this.log.warn(`Docker engine unavailable (${error.problem}) at ${error.address}: ${error.detail}`);
    else this.log.info('Docker engine reachable');
    void vscode.commands.executeCommand('setContext', 'berth.engine.problem', problem);
    this.statusEmitter.fire(next);
  }

  /** Re-lists everything: the user's Refresh (the event stream normally makes it unnecessary). */
  refresh(): void {
    this.current?.model.refresh();
  }

  /** Retry now rather than after the backoff, e.g. when the user clicks Retry. */
  retry(): void {
    if (this.current) this.current.watcher.retryNow();
    else this.reconnectEmitter.fire();
  }

  private reset(): void {
    this.disconnect();
    this.currentStatus = { state: 'unknown' };
    this.reconnectEmitter.fire();
  }

  private disconnect(): void {
    if (!this.current) return;
    this.current.subscriptions.forEach((s) => s.dispose());
    this.current.model.dispose();
    this.current.watcher.dispose();
    this.current = undefined;
  }

  dispose(): void {
    this.disconnect();
    this.disposables.forEach((d) => d.dispose());
  }
}
