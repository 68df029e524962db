import { BerthContext } from '../../context';

/** Re-lists everything from the engine; normally the event stream makes this unnecessary. */
export function refresh(ctx: BerthContext) {
  return () => {
    ctx.engine.refresh();
    ctx.views.refreshAll();
  };
}
