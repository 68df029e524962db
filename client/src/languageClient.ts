import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LOCAL_IMAGES_CHANGED, LOCAL_IMAGES_REQUEST, LocalImage } from '../../server/src/protocol/localImages';
import { EngineService } from './engineService';

/**
 * The Dockerfile language server, started in its own process. `restart()` rebuilds the client
 * from scratch so that a crashed or reconfigured server comes back cleanly.
 */
export class LanguageServer implements vscode.Disposable {
  private client: LanguageClient | undefined;

  private readonly clientSubscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extension: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly engine: EngineService,
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
      // Completion items may open the next suggestion list with a VS Code command.
      initializationOptions: { vscodeCommands: true },
      outputChannel: this.log,
      traceOutputChannel: this.log,
    };
    this.client = new LanguageClient('berth.dockerfile', vscode.l10n.t('Berth Dockerfile Language Server'), serverOptions, clientOptions);
    const client = this.client;
    await client.start();
    // The engine's images, for FROM completion and hover: listed only when the server asks.
    this.clientSubscriptions.push(
      client.onRequest(LOCAL_IMAGES_REQUEST, async (): Promise<LocalImage[] | null> => {
        try {
          const images = await this.engine.engine.listImages();
          return images.map((image) => ({ id: image.id, tags: image.tags, size: image.size, created: image.created.toISOString() }));
        } catch {
          return null;
        }
      }),
      this.engine.onEvent((event) => {
        if (event.kind === 'image' && client.isRunning()) void client.sendNotification(LOCAL_IMAGES_CHANGED);
      }),
      this.engine.onReconnect(() => {
        if (client.isRunning()) void client.sendNotification(LOCAL_IMAGES_CHANGED);
      }),
    );
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    this.clientSubscriptions.splice(0).forEach((subscription) => subscription.dispose());
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
    await client?.dispose();
  }

  dispose(): void {
    void this.stop();
  }
}
