import { NetworkRecord } from '../../engine/records';
import { code, Translate, Presentation, shortId } from './presentation';

/** The networks every engine creates; they cannot be removed. */
const BUILT_IN = new Set(['bridge', 'host', 'none']);

/** A network: driver, scope and subnet beside the name. `users` are the attached containers' names. */
export function presentNetwork(network: NetworkRecord, t: Translate, users?: string[]): Presentation {
  const subnets = network.subnets ?? [];
  const lines = [
    `**${code(network.name)}** ${code(shortId(network.id))}`,
    t('Driver: {0}', code(network.driver)),
    t('Scope: {0}', code(network.scope)),
  ];
  if (subnets.length > 0) lines.push(t('Subnet: {0}', subnets.map(code).join(', ')));
  if ((network.gateways ?? []).length > 0) lines.push(t('Gateway: {0}', (network.gateways ?? []).map(code).join(', ')));
  if (network.internal) lines.push(t('Internal: no access to the outside'));
  const labels = Object.entries(network.labels ?? {}).map(([key, value]) => code(`${key}=${value}`));
  if (labels.length > 0) lines.push(t('Labels: {0}', labels.join(', ')));
  if (users && users.length > 0) lines.push(t('Containers: {0}', users.map(code).join(', ')));
  return {
    id: network.id,
    objectId: network.id,
    label: network.name,
    description: [network.driver, network.scope, ...subnets].join(' · '),
    tooltip: lines.join('\n\n'),
    icon: 'type-hierarchy',
    contextValue: BUILT_IN.has(network.name) ? 'network.builtIn' : 'network',
  };
}
