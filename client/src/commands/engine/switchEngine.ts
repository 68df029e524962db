import * as vscode from 'vscode';
import { DEFAULT_CONTEXT, dockerConfigDir, listContextNames, loadContext } from '../../engine/contexts';
import { DEFAULT_UNIX_SOCKET, resolveEndpoint, settingContext } from '../../engine/endpoint';
import { engineAddressProblem } from './engineAddress';

interface EngineChoice extends vscode.QuickPickItem {
  /** What goes into `berth.docker.host`; undefined: ask for an address. */
  value: string | undefined;
}

/**
 * Chooses the engine Berth talks to: the environment's default, a docker CLI context
 * (`context:NAME`, so its TLS material comes along), or an address typed in. Writes the
 * `berth.docker.host` setting; the EngineService reconnects when it changes.
 */
export function switchEngine() {
  return async () => {
    const title = vscode.l10n.t('Switch Docker engine');
    const configuration = vscode.workspace.getConfiguration('berth');
    const current = (configuration.get<string>('docker.host') ?? '').trim();
    const currentContext = current ? settingContext(current) : undefined;
    const mark = (label: string, isCurrent: boolean) => (isCurrent ? `$(check) ${label}` : label);
    const currentText = vscode.l10n.t('current');

    let fromEnvironment: string;
    try {
      fromEnvironment = resolveEndpoint(undefined).address;
    } catch (error) {
      fromEnvironment = (error as Error).message;
    }
    const isDefault = current === '' || currentContext === DEFAULT_CONTEXT;
    const items: EngineChoice[] = [
      { label: mark(vscode.l10n.t('Default (from the environment)'), isDefault), description: isDefault ? `${fromEnvironment} · ${currentText}` : fromEnvironment, value: '' },
    ];
    const configDir = dockerConfigDir(process.env);
    const contexts = listContextNames(configDir);
    if (contexts.length > 0) items.push({ label: vscode.l10n.t('Docker contexts'), kind: vscode.QuickPickItemKind.Separator, value: undefined });
    for (const name of contexts) {
      const host = loadContext(configDir, name)?.host ?? `unix://${DEFAULT_UNIX_SOCKET}`;
      const isCurrent = currentContext === name;
      items.push({ label: mark(name, isCurrent), description: isCurrent ? `${host} · ${currentText}` : host, value: `context:${name}` });
    }
    if (current && !currentContext) {
      items.push({ label: '', kind: vscode.QuickPickItemKind.Separator, value: undefined });
      items.push({ label: mark(current, true), description: currentText, value: current });
    }
    items.push({ label: '', kind: vscode.QuickPickItemKind.Separator, value: undefined });
    items.push({ label: vscode.l10n.t('Enter an address…'), description: 'unix:// tcp:// ssh:// npipe://', value: undefined });

    const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('The Docker engine Berth uses; now: {0}', current || fromEnvironment), matchOnDescription: true });
    if (!chosen) return;
    let value = chosen.value;
    if (value === undefined) {
      const translate = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);
      const typed = await vscode.window.showInputBox({
        title,
        prompt: vscode.l10n.t('Docker engine address'),
        value: current && !currentContext ? current : '',
        placeHolder: 'tcp://127.0.0.1:2375',
        validateInput: (text) => engineAddressProblem(text, translate),
      });
      if (typed === undefined) return;
      value = typed.trim();
    }
    if (value === current) return;
    // A workspace value would override a user one: change the level that is in effect.
    const inspected = configuration.inspect<string>('docker.host');
    const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await configuration.update('docker.host', value, target);
    const now = value === '' ? vscode.l10n.t('the default engine ({0})', fromEnvironment) : value;
    void vscode.window.showInformationMessage(vscode.l10n.t('Berth now uses {0}.', now));
  };
}
