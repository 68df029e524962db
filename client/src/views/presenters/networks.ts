import { NetworkRecord } from '../../engine/records';
import { code, Translate, Presentation, shortId } from './presentation';

/** The networks every engine creates; they cannot be removed. */
const BUILT_IN = new Set(['bridge', 'host', 'none']);

export function presentNetwork(network: NetworkRecord, t: Translate): Presentation {
  return {
    id: network.id,
    objectId: network.id,
    label: network.name,
    description: `${network.driver} · ${network.scope}`,
    tooltip: [`**${code(network.name)}** ${code(shortId(network.id))}`, '', t('Driver: {0}', code(network.driver)), '', t('Scope: {0}', code(network.scope))].join('\n'),
    icon: 'type-hierarchy',
    contextValue: BUILT_IN.has(network.name) ? 'network.builtIn' : 'network',
  };
}
