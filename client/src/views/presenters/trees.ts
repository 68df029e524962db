import { ContainerRecord, ImageRecord, ImageReference, NetworkRecord, VolumeRecord } from '../../engine/records';
import { presentContainer } from './containers';
import { presentDanglingImage, presentImageTag, presentRepository } from './images';
import { presentNetwork } from './networks';
import { code, Presentation, Translate } from './presentation';
import { presentVolume } from './volumes';

/**
 * The shape of each explorer view, as pure functions from model records to rows with children,
 * so grouping, sorting and filtering are unit-tested without VS Code. The tree provider only
 * turns these rows into TreeItems.
 */

/** A row and, for a row that can open, the rows under it. */
export interface TreeRow extends Presentation {
  /** The row this one is under; absent at the root. */
  parentId?: string;
  /** Present (possibly empty) on a row that can be expanded. */
  children?: TreeRow[];
  /** How a row with children first shows (VS Code then remembers what the user did, by id). */
  expanded?: boolean;
}

export type ContainerGrouping = 'composeProject' | 'none';
export type ContainerSorting = 'name' | 'created';

export interface ContainerTreeOptions {
  groupBy: ContainerGrouping;
  sortBy: ContainerSorting;
  /** The user's filter text; empty or absent shows everything. */
  filter?: string;
}

/** A tree and how many objects the filter left out of it (for the "nothing matches" message). */
export interface ShapedTree {
  rows: TreeRow[];
  /** Objects (containers, images) before filtering. */
  total: number;
  /** Objects shown after filtering. */
  shown: number;
}

// ---- filter

/**
 * A filter is whitespace-separated terms that must all match. A term with `=` matches a label
 * exactly (`com.docker.compose.project=shop`); any other term matches, ignoring case, part of the
 * name, the image, the state or a label key.
 */
export function parseFilter(text: string | undefined): string[] {
  return (text ?? '').trim().split(/\s+/).filter((term) => term.length > 0);
}

function termMatches(term: string, texts: string[], labels: Record<string, string>): boolean {
  const eq = term.indexOf('=');
  if (eq > 0) {
    const key = term.slice(0, eq);
    return Object.prototype.hasOwnProperty.call(labels, key) && labels[key] === term.slice(eq + 1);
  }
  const lower = term.toLowerCase();
  return texts.some((text) => text.toLowerCase().includes(lower)) || Object.keys(labels).some((key) => key.toLowerCase() === lower);
}

export function containerMatches(container: ContainerRecord, terms: string[]): boolean {
  const texts = [container.name, container.image, container.state, container.composeProject ?? '', container.composeService ?? '', container.health ?? ''];
  return terms.every((term) => termMatches(term, texts, container.labels ?? {}));
}

/** `ref` is one `repo:tag` of the image, or undefined for a dangling image. */
export function imageMatches(image: ImageRecord, ref: string | undefined, terms: string[]): boolean {
  const texts = [ref ?? '<none>', image.id.replace(/^sha256:/, '').slice(0, 12), ref ? 'tagged' : 'dangling'];
  return terms.every((term) => termMatches(term, texts, image.labels ?? {}));
}

// ---- containers

function sortContainers(containers: ContainerRecord[], sortBy: ContainerSorting): ContainerRecord[] {
  const byName = (a: ContainerRecord, b: ContainerRecord) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  return [...containers].sort(sortBy === 'created' ? (a, b) => b.created.getTime() - a.created.getTime() || byName(a, b) : byName);
}

/** Containers, in Compose project groups or flat, sorted and filtered as the settings say. */
export function containerTree(containers: ContainerRecord[], options: ContainerTreeOptions, t: Translate): ShapedTree {
  const terms = parseFilter(options.filter);
  const shown = sortContainers(containers.filter((c) => containerMatches(c, terms)), options.sortBy);
  const result = { total: containers.length, shown: shown.length };
  if (options.groupBy === 'none') return { ...result, rows: shown.map((c) => presentContainer(c, t)) };

  const projects = new Map<string, ContainerRecord[]>();
  const loose: TreeRow[] = [];
  for (const container of shown) {
    if (container.composeProject) {
      const members = projects.get(container.composeProject);
      if (members) members.push(container);
      else projects.set(container.composeProject, [container]);
    } else {
      loose.push(presentContainer(container, t));
    }
  }
  const groups = [...projects.keys()].sort((a, b) => a.localeCompare(b)).map((project) => composeGroup(project, projects.get(project) ?? [], t));
  return { ...result, rows: [...groups, ...loose] };
}

function composeGroup(project: string, members: ContainerRecord[], t: Translate): TreeRow {
  const id = `compose:${project}`;
  const running = members.filter((c) => c.state === 'running').length;
  const services = [...new Set(members.map((c) => c.composeService).filter((s): s is string => !!s))].sort();
  const tooltip = [t('Compose project: {0}', code(project)), t('{0} of {1} containers running', running, members.length)];
  if (services.length > 0) tooltip.push(t('Services: {0}', services.map(code).join(', ')));
  return {
    id,
    label: project,
    description: t('{0}/{1} running', running, members.length),
    tooltip: tooltip.join('\n\n'),
    icon: 'layers',
    iconColor: running === 0 ? 'disabledForeground' : running === members.length ? 'charts.green' : 'charts.yellow',
    contextValue: 'composeProject',
    expanded: true,
    children: members.map((c) => ({ ...presentContainer(c, t), parentId: id })),
  };
}

// ---- images

/** The image's `repo:tag` names, split; from `references` when the engine layer filled it. */
export function imageReferences(image: ImageRecord): ImageReference[] {
  if (image.references) return image.references;
  return image.tags.map((ref) => {
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) } : { repository: ref, tag: 'latest' };
  });
}

/**
 * One group per repository with a row per tag (an image with two tags is under both), then the
 * dangling images as `<none>` at the root. Groups and tags by name; dangling images newest first.
 */
export function imageTree(images: ImageRecord[], options: { filter?: string }, t: Translate, now: Date): ShapedTree {
  const terms = parseFilter(options.filter);
  const repositories = new Map<string, Array<{ image: ImageRecord; ref: ImageReference }>>();
  const dangling: ImageRecord[] = [];
  const shownImages = new Set<string>();
  for (const image of images) {
    const refs = imageReferences(image);
    if (refs.length === 0) {
      if (imageMatches(image, undefined, terms)) {
        dangling.push(image);
        shownImages.add(image.id);
      }
      continue;
    }
    for (const ref of refs) {
      if (!imageMatches(image, `${ref.repository}:${ref.tag}`, terms)) continue;
      shownImages.add(image.id);
      const tags = repositories.get(ref.repository);
      if (tags) tags.push({ image, ref });
      else repositories.set(ref.repository, [{ image, ref }]);
    }
  }
  const groups = [...repositories.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((repository): TreeRow => {
      const tags = (repositories.get(repository) ?? []).sort((a, b) => a.ref.tag.localeCompare(b.ref.tag));
      const group = presentRepository(repository, tags.map(({ ref }) => ref.tag), t);
      return { ...group, expanded: false, children: tags.map(({ image, ref }) => ({ ...presentImageTag(image, ref, t, now), parentId: group.id })) };
    });
  const loose = [...dangling].sort((a, b) => b.created.getTime() - a.created.getTime() || a.id.localeCompare(b.id)).map((image) => presentDanglingImage(image, t, now));
  return { rows: [...groups, ...loose], total: images.length, shown: shownImages.size };
}

// ---- volumes and networks

/** A container shown under a volume or network: the container row, with an id unique in the view. */
function containerChild(parentId: string, container: ContainerRecord, t: Translate): TreeRow {
  return { ...presentContainer(container, t), id: `${parentId}/${container.id}`, parentId };
}

function users(ids: string[] | undefined, containers: ReadonlyMap<string, ContainerRecord>): ContainerRecord[] {
  return (ids ?? [])
    .map((id) => containers.get(id))
    .filter((c): c is ContainerRecord => c !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Volumes by name, each with the containers that mount it as children. */
export function volumeTree(volumes: VolumeRecord[], containers: ContainerRecord[], t: Translate): ShapedTree {
  const byId = new Map(containers.map((c) => [c.id, c]));
  const rows = volumes.map((volume): TreeRow => {
    const using = users(volume.containers, byId);
    const row = presentVolume(volume, t, using.map((c) => c.name));
    return using.length === 0 ? row : { ...row, expanded: false, children: using.map((c) => containerChild(row.id, c, t)) };
  });
  return { rows, total: volumes.length, shown: volumes.length };
}

/** Networks by name, each with its attached containers as children. */
export function networkTree(networks: NetworkRecord[], containers: ContainerRecord[], t: Translate): ShapedTree {
  const byId = new Map(containers.map((c) => [c.id, c]));
  const rows = networks.map((network): TreeRow => {
    const using = users(network.containers, byId);
    const row = presentNetwork(network, t, using.map((c) => c.name));
    return using.length === 0 ? row : { ...row, expanded: false, children: using.map((c) => containerChild(row.id, c, t)) };
  });
  return { rows, total: networks.length, shown: networks.length };
}

// ---- walking

/** Every row, depth-first (a row, then its children), each child carrying its parent's id. */
export function flattenRows(rows: TreeRow[]): TreeRow[] {
  return rows.flatMap((row) => [row, ...flattenRows(row.children ?? [])]);
}
