import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LOCAL_IMAGES_CHANGED, LOCAL_IMAGES_REQUEST, LocalImage } from '../../server/src/protocol/localImages';
import { BUILD_INFO_REQUEST, BuildInfo, BuildInfoParams } from '../../server/src/protocol/buildInfo';
import { EngineService } from './engineService';

const BUILD_INFO_TIMEOUT_MS = 5_000;

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

  /**
   * What a build of this Dockerfile text needs (ARGs, stages, BuildKit-only features), from the
   * server's model. Undefined when the server is not running or does not answer in time.
   */
  async buildInfo(uri: string, text: string): Promise<BuildInfo | undefined> {
    const client = this.client;
    // Right after activation the server may still be starting: give it a moment.
    for (let waited = 0; client && !client.isRunning() && waited < BUILD_INFO_TIMEOUT_MS; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!client?.isRunning()) return undefined;
    const params: BuildInfoParams = { uri, text };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), BUILD_INFO_TIMEOUT_MS)));
    try {
      return await Promise.race([client.sendRequest<BuildInfo>(BUILD_INFO_REQUEST, params), timeout]);
    } catch (error) {
      this.log.warn(`The language server did not answer ${BUILD_INFO_REQUEST}: ${String(error)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
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
