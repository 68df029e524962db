import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

/**
 * The Dockerfile language server, started in its own process. `restart()` rebuilds the client
 * from scratch so that a crashed or reconfigured server comes back cleanly.
 */
export class LanguageServer implements vscode.Disposable {
  private client: LanguageClient | undefined;

  constructor(
    private readonly extension: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async start(): Promise<void> {
    const serverModule = this.extension.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'dockerfile' }],
      // The server pulls `berth.dockerfile` settings and re-validates when they change.
      synchronize: { configurationSection: 'berth.dockerfile' },
      outputChannel: this.log,
      traceOutputChannel: this.log,
    };
    this.client = new LanguageClient('berth.dockerfile', vscode.l10n.t('Berth Dockerfile Language Server'), serverOptions, clientOptions);
    await this.client.start();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
    await client?.dispose();
  }

  dispose(): void {
    void this.stop();
  }
}
