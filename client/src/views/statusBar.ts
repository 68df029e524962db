import * as vscode from 'vscode';
import { EngineProblem } from '../engine/errors';
import { EngineService } from '../engineService';

const PROBLEM_LABELS: Record<EngineProblem, string> = {
  notRunning: 'not running',
  permissionDenied: 'permission denied',
  wrongHost: 'cannot reach the host',
  tls: 'TLS failure',
  ssh: 'ssh failure',
  apiTooOld: 'API too old',
  unknown: 'error',
};

/**
 * The engine at a glance: version and running containers, or a warning saying why it cannot be
 * reached. Hidden until something has used the engine, so activation contacts nothing.
 */
export function registerStatusBar(engineService: EngineService, subscriptions: vscode.Disposable[]): void {
  const item = vscode.window.createStatusBarItem('berth.engine', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Berth: Docker engine');
  item.command = 'berth.containers.focus';
  let version: string | undefined;
  let asking = false;

  const render = () => {
    const status = engineService.status;
    if (status.state === 'unknown') {
      item.hide();
      return;
    }
    if (status.state === 'problem') {
      item.text = `$(warning) ${vscode.l10n.t('Docker: {0}', vscode.l10n.t(PROBLEM_LABELS[status.error.problem]))}`;
      item.tooltip = `${status.error.address}\n${status.error.detail}`;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      item.show();
      return;
    }
    const running = engineService.model.containers().filter((c) => c.state === 'running').length;
    item.text = `$(vm-running) ${vscode.l10n.t('Docker {0} · {1} running', version ?? '', running)}`;
    item.tooltip = engineService.engine.endpoint.address;
    item.backgroundColor = undefined;
    item.show();
    // The engine's version, once per connection (the status turns ok again after a reconnect).
    if (version === undefined && !asking) {
      asking = true;
      engineService.engine
        .version()
        .then((v) => (version = v.version), () => undefined)
        .finally(() => {
          asking = false;
          render();
        });
    }
  };

  subscriptions.push(
    item,
    engineService.onStatus(() => {
      version = undefined;
      render();
    }),
    engineService.onDidChange((kind) => kind === 'container' && render()),
  );
}
