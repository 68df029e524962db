import { BerthContext } from '../../context';

export function clearContainersFilter(ctx: BerthContext) {
  return () => ctx.views.settings.setFilter('berth.containers', undefined);
}
