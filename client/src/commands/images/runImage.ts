import { BerthContext } from '../../context';
import { runImage as runImageFlow } from '../run/runFlow';
import { targets } from '../shared/selection';

/** Run… on an image row (its `repo:tag`, or its id when dangling), or from the palette (pick an image). */
export function runImage(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    const row = targets(clicked, undefined)[0] ?? targets(undefined, selected)[0];
    await runImageFlow(ctx, row ? (row.imageRef ?? row.objectId) : undefined);
  };
}
