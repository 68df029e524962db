import { BerthContext } from '../../context';

/** From the "engine not reachable" welcome view: try to connect again now. */
export function retryEngine(ctx: BerthContext) {
  return () => {
    ctx.engine.retry();
    ctx.views.refreshAll();
  };
}
