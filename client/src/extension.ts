import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import { BerthContext } from './context';
import { EngineService } from './engineService';
import { LanguageServer } from './languageClient';
import { registerViews } from './views/registerViews';

let languageServer: LanguageServer | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<void> {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Berth', { log: true });
  const engine = new EngineService(log);
  languageServer = new LanguageServer(extension, log);
  extension.subscriptions.push(log, engine, languageServer);

  const ctx: BerthContext = { extension, log, engine, languageServer, views: registerViews(engine, extension.subscriptions) };
  registerCommands(ctx);

  // The server starts in the background: activation must not wait on another process.
  languageServer.start().catch((error: unknown) => log.error(`The Dockerfile language server did not start: ${String(error)}`));
  log.info(`Berth activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): Promise<void> | undefined {
  return languageServer?.stop();
}
