import * as vscode from 'vscode';
import { CliInfo, detectCli } from '../../../engine/build/cli';

/** How a build runs: through the docker CLI with buildx (BuildKit), or the Engine API's classic builder. */
export type BuildRoute = { kind: 'cli'; cli: CliInfo } | { kind: 'api' };

const DONT_SHOW_KEY = 'berth.build.noBuildKitNotice';

/**
 * Finds the docker CLI once per session and decides how builds run, as the user's terminal
 * would: `docker buildx build` when buildx is installed; else the engine's classic builder,
 * saying once why (with "Don't Show Again").
 */
export class BuilderChoice {
  private detection: Promise<CliInfo | undefined> | undefined;
  private told = false;

  constructor(
    private readonly extension: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async route(): Promise<BuildRoute> {
    this.detection ??= detectCli().then((cli) => {
      if (cli) this.log.info(`docker CLI ${cli.version} found; buildx ${cli.buildx ? 'installed' : 'not installed'}`);
      else this.log.info('No docker CLI found: builds use the engine API (classic builder)');
      return cli;
    });
    const cli = await this.detection;
    if (cli?.buildx) return { kind: 'cli', cli };
    if (cli) this.tellNoBuildKit(cli);
    return { kind: 'api' };
  }

  private tellNoBuildKit(cli: CliInfo): void {
    if (this.told) return;
    this.told = true;
    const message = vscode.l10n.t("The docker CLI ({0}) has no buildx plugin, so it cannot build with BuildKit. Berth builds with the engine's classic builder instead.", cli.version);
    this.log.warn(message);
    if (this.extension.globalState.get<boolean>(DONT_SHOW_KEY)) return;
    const dontShow = vscode.l10n.t("Don't Show Again");
    void vscode.window.showInformationMessage(message, dontShow).then((answer) => {
      if (answer === dontShow) void this.extension.globalState.update(DONT_SHOW_KEY, true);
    });
  }
}
