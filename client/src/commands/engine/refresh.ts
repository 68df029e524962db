import { BerthContext } from '../../context';

/** Re-lists every view; normally the event stream makes this unnecessary. */
export function refresh(ctx: BerthContext) {
  return () => ctx.views.refreshAll();
}
