import * as vscode from 'vscode';
import { Engine } from './engine/engine';
import { EndpointError, resolveEndpoint } from './engine/endpoint';
import { EngineError, EngineProblem } from './engine/errors';
import { EngineEvent } from './engine/records';
import { EventWatcher } from './engine/watcher';

export type EngineStatus = { state: 'unknown' } | { state: 'ok' } | { state: 'problem'; error: EngineError };

/**
 * Owns the Engine for the configured endpoint and its event stream, and publishes the
 * engine's health as the `berth.engine.problem` context key that the welcome views use.
 * Nothing here contacts the engine until someone asks for it (a view becomes visible).
 */
export class EngineService implements vscode.Disposable {
  private current: { engine: Engine; watcher: EventWatcher } | undefined;
  private currentStatus: EngineStatus = { state: 'unknown' };
  private readonly eventEmitter = new vscode.EventEmitter<EngineEvent>();
  private readonly reconnectEmitter = new vscode.EventEmitter<void>();
  private readonly statusEmitter = new vscode.EventEmitter<EngineStatus>();
  private readonly disposables: vscode.Disposable[] = [this.eventEmitter, this.reconnectEmitter, this.statusEmitter];

  /** An object changed on the engine. */
  readonly onEvent = this.eventEmitter.event;
  /** The engine became reachable again, or the endpoint changed: everything may be stale. */
  readonly onReconnect = this.reconnectEmitter.event;
  readonly onStatus = this.statusEmitter.event;

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

  /** The engine, with its event stream started on first use. */
  get engine(): Engine {
    if (!this.current) {
      const host = vscode.workspace.getConfiguration('berth').get<string>('docker.host');
      let endpoint;
      try {
        endpoint = resolveEndpoint(host);
      } catch (error) {
        const address = error instanceof EndpointError ? error.address : String(host);
        this.report(new EngineError('wrongHost', address, (error as Error).message));
        throw this.currentStatus.state === 'problem' ? this.currentStatus.error : error;
      }
      const engine = new Engine(endpoint);
      this.log.info(`Using the Docker engine at ${endpoint.address}`);
      const watcher = new EventWatcher(engine, {
        onEvent: (event) => this.eventEmitter.fire(event),
        onConnected: () => {
          this.report(undefined);
          this.reconnectEmitter.fire();
        },
        onDisconnected: (error) => {
          if (error) this.report(error);
        },
      });
      this.current = { engine, watcher };
      watcher.start();
    }
    return this.current.engine;
  }

  /** Records the outcome of a call: views report success and failure here. */
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

  /** Retry now rather than after the backoff, e.g. when the user clicks Retry. */
  retry(): void {
    this.current?.watcher.retryNow();
    this.reconnectEmitter.fire();
  }

  private reset(): void {
    this.current?.watcher.dispose();
    this.current = undefined;
    this.currentStatus = { state: 'unknown' };
    this.reconnectEmitter.fire();
  }

  dispose(): void {
    this.current?.watcher.dispose();
    this.current = undefined;
    this.disposables.forEach((d) => d.dispose());
  }
}
