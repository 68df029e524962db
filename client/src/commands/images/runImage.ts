import { BerthContext } from '../../context';
import { runImage as runImageFlow } from '../run/runFlow';
import { targets } from '../shared/selection';

/**
 * Run… on an image row (its `repo:tag`, or its id when dangling), from the palette (pick an
 * image), or with an image reference as the argument (after a build).
 */
export function runImage(ctx: BerthContext) {
  return async (clicked: unknown, selected: unknown) => {
    if (typeof clicked === 'string' && clicked) return runImageFlow(ctx, clicked);
    const row = targets(clicked, undefined)[0] ?? targets(undefined, selected)[0];
    await runImageFlow(ctx, row ? (row.imageRef ?? row.objectId) : undefined);
  };
}
