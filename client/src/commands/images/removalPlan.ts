import type { ImageRecord } from '../../engine/records';
import { shortId } from '../../views/presenters/presentation';

/** One call to the engine: remove `target` (a `repo:tag` or an image id). */
export interface RemovalStep {
  target: string;
  imageId: string;
  /** Whether this step takes the image itself away (its last name, or a dangling image). */
  deletesImage: boolean;
}

/** What removing some image rows means: which names only lose a tag, which images go. */
export interface ImageRemovalPlan {
  steps: RemovalStep[];
  /** `repo:tag` names taken off images that keep other names. */
  untagOnly: string[];
  /** Images that go, each with what to call it and the containers that use it. */
  deleted: Array<{ id: string; name: string; containers: string[] }>;
}

/**
 * Removing a tag row of an image that has other tags only untags that name; the image goes when
 * its last name goes (or when a dangling or whole-image row is chosen). When all of an image's
 * tags are chosen, its names are removed one by one and the last removal deletes it. Rows are
 * `{ objectId, imageRef }` as the views give them; `images` is the model's list.
 */
export function planImageRemoval(rows: ReadonlyArray<{ objectId: string; imageRef?: string }>, images: readonly ImageRecord[]): ImageRemovalPlan {
  const byId = new Map(images.map((image) => [image.id, image]));
  const chosen = new Map<string, { refs: Set<string>; whole: boolean }>();
  for (const row of rows) {
    let entry = chosen.get(row.objectId);
    if (!entry) chosen.set(row.objectId, (entry = { refs: new Set(), whole: false }));
    if (row.imageRef) entry.refs.add(row.imageRef);
    else entry.whole = true;
  }
  const plan: ImageRemovalPlan = { steps: [], untagOnly: [], deleted: [] };
  for (const [id, { refs, whole }] of chosen) {
    const image = byId.get(id);
    const tags = image?.tags ?? [];
    const named = [...refs].filter((ref) => tags.includes(ref));
    const goes = whole || tags.length === 0 || tags.every((tag) => refs.has(tag));
    if (!goes) {
      for (const ref of named) plan.steps.push({ target: ref, imageId: id, deletesImage: false });
      plan.untagOnly.push(...named);
      continue;
    }
    // Removing the names one by one needs no force for "referenced in several repositories".
    const names = tags.length > 0 ? tags : [id];
    names.forEach((target, i) => plan.steps.push({ target, imageId: id, deletesImage: i === names.length - 1 }));
    plan.deleted.push({ id, name: tags.length > 0 ? tags.join(', ') : shortId(id), containers: image?.containers ?? [] });
  }
  return plan;
}
