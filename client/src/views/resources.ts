import { ContainerRecord, ImageRecord, NetworkRecord, ObjectKind, VolumeRecord } from '../engine/records';
import { EngineService } from '../engineService';
import { presentContainer } from './presenters/containers';
import { presentImage } from './presenters/images';
import { presentNetwork } from './presenters/networks';
import { containerTree, imageTree, networkTree, volumeTree } from './presenters/trees';
import { presentVolume, volumeSizeLine } from './presenters/volumes';
import { ResourceKind, translate, TreeShape } from './resourceTree';
import { ViewSettings } from './viewSettings';

/** How to list and show each kind of object, one row per object: the palette's pickers use these. */
export const RESOURCE_KIND_BY_OBJECT: { [K in ObjectKind]: ResourceKind<unknown> } = {
  container: { kind: 'container', read: (model) => model.containers(), present: (item, t) => presentContainer(item as ContainerRecord, t) },
  image: { kind: 'image', read: (model) => model.images(), present: (item, t) => presentImage(item as ImageRecord, t) },
  volume: { kind: 'volume', read: (model) => model.volumes(), present: (item, t) => presentVolume(item as VolumeRecord, t) },
  network: { kind: 'network', read: (model) => model.networks(), present: (item, t) => presentNetwork(item as NetworkRecord, t) },
};

/**
 * Volume sizes come only from the engine's disk usage (`/system/df`), which walks every volume:
 * asked when the user hovers a volume, shared by the hovers that follow, and forgotten when
 * volumes or containers change. Never polled.
 */
function volumeSizes(engineService: EngineService) {
  let sizes: Promise<Map<string, number>> | undefined;
  const forget = engineService.onDidChange((kind) => {
    if (kind === 'volume' || kind === 'container') sizes = undefined;
  });
  return {
    dispose: () => forget.dispose(),
    get: (name: string) => {
      const pending = (sizes ??= engineService.engine.volumeSizes().catch((error: unknown) => {
        sizes = undefined;
        throw error;
      }));
      return pending.then((all) => all.get(name));
    },
  };
}

/** The four explorer views: view id and how each is shaped from the model. */
export function resourceViews(engineService: EngineService, settings: ViewSettings): { views: Array<{ viewId: string; shape: TreeShape }>; dispose(): void } {
  const sizes = volumeSizes(engineService);
  const views: Array<{ viewId: string; shape: TreeShape }> = [
    {
      viewId: 'berth.containers',
      shape: {
        kind: 'container',
        build: (model, t) => containerTree(model.containers(), { groupBy: settings.groupBy, sortBy: settings.sortBy, filter: settings.filter('berth.containers') }, t),
      },
    },
    {
      viewId: 'berth.images',
      shape: { kind: 'image', build: (model, t) => imageTree(model.images(), { filter: settings.filter('berth.images') }, t, new Date()) },
    },
    {
      viewId: 'berth.volumes',
      shape: {
        kind: 'volume',
        build: (model, t) => volumeTree(model.volumes(), model.containers(), t),
        resolveTooltip: async (row) => (row.contextValue === 'volume' && row.objectId ? volumeSizeLine(await sizes.get(row.objectId), translate) : undefined),
      },
    },
    {
      viewId: 'berth.networks',
      shape: { kind: 'network', build: (model, t) => networkTree(model.networks(), model.containers(), t) },
    },
  ];
  return { views, dispose: () => sizes.dispose() };
}
