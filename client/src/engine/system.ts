/**
 * Plain records of the engine as a whole (`/info`, `/system/df`, the prune endpoints), and the
 * pure arithmetic on them that the system commands need. No dockerode shapes leave engine.ts.
 */

export interface SystemInfo {
  /** The engine's host name (`Name`). */
  name: string;
  serverVersion: string;
  /** The API version in use (negotiated), and the newest the engine speaks. */
  apiVersion: string;
  engineApiVersion: string;
  operatingSystem: string;
  osType: string;
  architecture: string;
  kernelVersion: string;
  storageDriver: string;
  cpus: number;
  memoryBytes: number;
  rootDir: string;
  containers: { total: number; running: number; paused: number; stopped: number };
  images: number;
}

export interface DiskUsageImage {
  id: string;
  /** `repo:tag` names; empty for a dangling image. */
  tags: string[];
  size: number;
  /** Bytes shared with other images (counted once for the whole engine). */
  sharedSize: number;
  /** Containers using the image; -1 when the engine did not count. */
  containers: number;
}

export interface DiskUsageContainer {
  id: string;
  name: string;
  state: string;
  /** Bytes the container's writable layer holds. */
  sizeRw: number;
}

export interface DiskUsageVolume {
  name: string;
  /** Containers referencing the volume; -1 when unknown. */
  refCount: number;
  /** Bytes; -1 when the driver does not say. */
  size: number;
}

export interface DiskUsageBuildCache {
  id: string;
  inUse: boolean;
  shared: boolean;
  size: number;
}

export interface DiskUsage {
  /** Bytes all image layers take, shared layers counted once. */
  layersSize: number;
  images: DiskUsageImage[];
  containers: DiskUsageContainer[];
  volumes: DiskUsageVolume[];
  buildCache: DiskUsageBuildCache[];
}

/** One row of `docker system df`: how many, how many in use, how big, how much a prune frees. */
export interface UsageSummary {
  count: number;
  active: number;
  size: number;
  reclaimable: number;
}

/** Optional filters of the prune endpoints, e.g. `{ label: ['berth.test=1'] }`. */
export interface PruneFilters {
  label?: string[];
  /** Only objects created before this (a timestamp or a duration such as `24h`). */
  until?: string;
}

const STOPPED = new Set(['exited', 'created', 'dead']);

export function isStoppedState(state: string): boolean {
  return STOPPED.has(state);
}

export function isDanglingImage(image: DiskUsageImage): boolean {
  return image.tags.length === 0;
}

/** The figures `docker system df` shows, computed the same way. */
export function summarizeDiskUsage(df: DiskUsage): { images: UsageSummary; containers: UsageSummary; volumes: UsageSummary; buildCache: UsageSummary } {
  const usedImages = df.images.filter((i) => i.containers > 0);
  // As the docker CLI: what used images own alone stays; the rest of the layers could go.
  const usedImagesSize = usedImages.reduce((total, i) => total + i.size - Math.max(0, i.sharedSize), 0);
  const images: UsageSummary = {
    count: df.images.length,
    active: usedImages.length,
    size: df.layersSize,
    reclaimable: Math.max(0, df.layersSize - usedImagesSize),
  };
  const containers: UsageSummary = {
    count: df.containers.length,
    active: df.containers.filter((c) => !isStoppedState(c.state)).length,
    size: sum(df.containers.map((c) => c.sizeRw)),
    reclaimable: sum(df.containers.filter((c) => isStoppedState(c.state)).map((c) => c.sizeRw)),
  };
  const volumes: UsageSummary = {
    count: df.volumes.length,
    active: df.volumes.filter((v) => v.refCount > 0).length,
    size: sum(df.volumes.map((v) => Math.max(0, v.size))),
    reclaimable: sum(df.volumes.filter((v) => v.refCount === 0).map((v) => Math.max(0, v.size))),
  };
  const buildCache: UsageSummary = {
    count: df.buildCache.length,
    active: df.buildCache.filter((b) => b.inUse).length,
    size: sum(df.buildCache.filter((b) => !b.shared).map((b) => b.size)),
    reclaimable: sum(df.buildCache.filter((b) => !b.inUse && !b.shared).map((b) => b.size)),
  };
  return { images, containers, volumes, buildCache };
}

/**
 * What a system prune would remove, by kind, with the space each frees. Images: the dangling
 * ones, or every image no container uses when `allImages`; volumes only when asked.
 */
export function pruneEstimate(df: DiskUsage, options: { allImages: boolean; volumes: boolean }): { containers: UsageSummary; images: UsageSummary; volumes?: UsageSummary; buildCache: UsageSummary } {
  const summary = summarizeDiskUsage(df);
  const goingImages = df.images.filter((i) => i.containers <= 0 && (options.allImages || isDanglingImage(i)));
  // What these images own alone; layers they share with images that stay are not freed.
  const own = sum(goingImages.map((i) => i.size - Math.max(0, i.sharedSize)));
  const images: UsageSummary = { count: goingImages.length, active: 0, size: own, reclaimable: Math.min(summary.images.reclaimable, own) };
  const stopped = df.containers.filter((c) => isStoppedState(c.state));
  const containers: UsageSummary = { count: stopped.length, active: 0, size: summary.containers.reclaimable, reclaimable: summary.containers.reclaimable };
  const unusedVolumes = df.volumes.filter((v) => v.refCount === 0);
  const cache = df.buildCache.filter((b) => !b.inUse);
  const result: ReturnType<typeof pruneEstimate> = {
    containers,
    images,
    buildCache: { count: cache.length, active: 0, size: summary.buildCache.reclaimable, reclaimable: summary.buildCache.reclaimable },
  };
  if (options.volumes) result.volumes = { count: unusedVolumes.length, active: 0, size: summary.volumes.reclaimable, reclaimable: summary.volumes.reclaimable };
  return result;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
