import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import { BerthContext } from './context';
import { EngineService, EngineStatus } from './engineService';
import { LanguageServer } from './languageClient';
import { registerReadonlyDocuments } from './views/readonlyDocuments';
import { registerViews, ViewRow } from './views/registerViews';
import { registerStatusBar } from './views/statusBar';

let languageServer: LanguageServer | undefined;

/** What Berth offers other extensions (and its own extension-host tests). */
export interface BerthApi {
  /** How long `activate` took, in milliseconds. */
  activationTimeMs: number;
  /**
   * Every row of a Berth view, e.g. `viewItems('berth.containers')`: depth-first, flattened,
   * children (collapsed or not) after their group with `parentId`.
   */
  viewItems(viewId: string): Promise<ViewRow[]>;
  /** A view's description (beside its title) and message (above its rows), e.g. the filter. */
  viewHeader(viewId: string): { description?: string; message?: string };
  /** Whether the engine answered the last call, and if not, why. */
  engineStatus(): EngineStatus;
}

export async function activate(extension: vscode.ExtensionContext): Promise<BerthApi> {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Berth', { log: true });
  const engine = new EngineService(log);
  languageServer = new LanguageServer(extension, log, engine);
  extension.subscriptions.push(log, engine, languageServer);

  const ctx: BerthContext = {
    extension,
    log,
    engine,
    languageServer,
    views: registerViews(engine, extension.workspaceState, extension.subscriptions),
    documents: registerReadonlyDocuments(extension.subscriptions),
  };
  registerCommands(ctx);
  registerStatusBar(engine, extension.subscriptions);

  // The server starts in the background: activation must not wait on another process.
  languageServer.start().catch((error: unknown) => log.error(`The Dockerfile language server did not start: ${String(error)}`));
  const activationTimeMs = performance.now() - started;
  log.info(`Berth activated in ${activationTimeMs.toFixed(1)} ms`);
  return { activationTimeMs, viewItems: (viewId) => ctx.views.items(viewId), viewHeader: (viewId) => ctx.views.header(viewId), engineStatus: () => engine.status };
}

export function deactivate(): Promise<void> | undefined {
  return languageServer?.stop();
}
