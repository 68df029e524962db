import { EngineService } from '../engineService';
import { presentContainer } from './presenters/containers';
import { presentImage } from './presenters/images';
import { presentNetwork } from './presenters/networks';
import { presentVolume } from './presenters/volumes';
import { ResourceKind, ResourceTreeProvider } from './resourceTree';

export interface ResourceView {
  viewId: string;
  createProvider(engineService: EngineService): ResourceTreeProvider<unknown>;
}

function resourceView<T>(viewId: string, resource: ResourceKind<T>): ResourceView {
  return { viewId, createProvider: (engineService) => new ResourceTreeProvider(resource, engineService) as ResourceTreeProvider<unknown> };
}

/** The four explorer views: view id, how to list their objects, how to show one. */
export const RESOURCE_VIEWS: readonly ResourceView[] = [
  resourceView('berth.containers', { kind: 'container', read: (model) => model.containers(), present: presentContainer }),
  resourceView('berth.images', { kind: 'image', read: (model) => model.images(), present: presentImage }),
  resourceView('berth.volumes', { kind: 'volume', read: (model) => model.volumes(), present: presentVolume }),
  resourceView('berth.networks', { kind: 'network', read: (model) => model.networks(), present: presentNetwork }),
];
