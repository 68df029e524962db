import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { translate, withEngineProgress } from '../shared/feedback';
import { parseLabels, validateGateway, validateLabels, validateNetworkName, validateSubnet } from '../shared/validation';

/** The drivers Docker ships; anything else is typed in (a plugin's driver). */
const DRIVERS = ['bridge', 'overlay', 'macvlan', 'ipvlan'];

/**
 * Name, driver, optional subnet and gateway, internal or not, optional labels: one step after another, each value
 * checked as it is typed. Escape at any step creates nothing.
 */
export function createNetwork(ctx: BerthContext) {
  return async () => {
    const title = vscode.l10n.t('Create Network');
    const existing = new Set(ctx.engine.model.networks().map((n) => n.name));
    const name = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Network name'),
      placeHolder: 'my-network',
      validateInput: (value) => validateNetworkName(value, translate) ?? (existing.has(value.trim()) ? vscode.l10n.t('A network named {0} already exists.', value.trim()) : undefined),
    });
    if (name === undefined || validateNetworkName(name, translate)) return;

    const other = vscode.l10n.t('Other driver...');
    const driverItems = [
      ...DRIVERS.map((driver) => ({ label: driver, description: driver === 'bridge' ? vscode.l10n.t('default') : undefined, driver })),
      { label: other, description: vscode.l10n.t('a plugin driver, by name'), driver: '' },
    ];
    const picked = await vscode.window.showQuickPick(driverItems, { title, placeHolder: vscode.l10n.t('Network driver') });
    if (!picked) return;
    let driver = picked.driver;
    if (!driver) {
      const typed = await vscode.window.showInputBox({
        title,
        prompt: vscode.l10n.t('Network driver'),
        validateInput: (value) => (/^[a-zA-Z0-9][a-zA-Z0-9_.:/-]*$/.test(value.trim()) ? undefined : vscode.l10n.t('Enter a driver name, e.g. bridge.')),
      });
      if (typed === undefined || !typed.trim()) return;
      driver = typed.trim();
    }

    const subnet = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Subnet in CIDR notation (optional; empty lets the engine choose)'),
      placeHolder: '172.28.0.0/16',
      validateInput: (value) => validateSubnet(value, translate),
    });
    if (subnet === undefined || validateSubnet(subnet, translate)) return;
    let gateway = '';
    if (subnet.trim()) {
      const typed = await vscode.window.showInputBox({
        title,
        prompt: vscode.l10n.t('Gateway inside {0} (optional)', subnet.trim()),
        validateInput: (value) => validateGateway(value, subnet, translate),
      });
      if (typed === undefined || validateGateway(typed, subnet, translate)) return;
      gateway = typed.trim();
    }

    const external = { label: vscode.l10n.t('Not internal'), description: vscode.l10n.t('containers can reach outside networks'), internal: false };
    const internal = { label: vscode.l10n.t('Internal'), description: vscode.l10n.t('no access to outside networks'), internal: true };
    const access = await vscode.window.showQuickPick([external, internal], { title, placeHolder: vscode.l10n.t('Outside access') });
    if (!access) return;

    const labelText = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Labels (optional), as key=value separated by commas'),
      placeHolder: 'project=web',
      validateInput: (value) => validateLabels(value, translate),
    });
    if (labelText === undefined) return;
    const labels = parseLabels(labelText);
    if (!labels) return;

    await withEngineProgress(ctx, vscode.l10n.t('Create network'), () =>
      ctx.engine.engine.createNetwork({ name: name.trim(), driver, subnet: subnet.trim() || undefined, gateway: gateway || undefined, internal: access.internal, labels }),
    );
  };
}
