import { ContainerRecord, ImageRecord, NetworkRecord, ObjectKind, VolumeRecord } from '../engine/records';
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

/** How to list and show each kind of object; the views and the palette's pickers share these. */
export const RESOURCE_KIND_BY_OBJECT: { [K in ObjectKind]: ResourceKind<unknown> } = {
  container: { kind: 'container', read: (model) => model.containers(), present: (item, t) => presentContainer(item as ContainerRecord, t) },
  image: { kind: 'image', read: (model) => model.images(), present: (item, t) => presentImage(item as ImageRecord, t) },
  volume: { kind: 'volume', read: (model) => model.volumes(), present: (item, t) => presentVolume(item as VolumeRecord, t) },
  network: { kind: 'network', read: (model) => model.networks(), present: (item, t) => presentNetwork(item as NetworkRecord, t) },
};

/** The four explorer views: view id, how to list their objects, how to show one. */
export const RESOURCE_VIEWS: readonly ResourceView[] = [
  resourceView('berth.containers', RESOURCE_KIND_BY_OBJECT.container),
  resourceView('berth.images', RESOURCE_KIND_BY_OBJECT.image),
  resourceView('berth.volumes', RESOURCE_KIND_BY_OBJECT.volume),
  resourceView('berth.networks', RESOURCE_KIND_BY_OBJECT.network),
];
