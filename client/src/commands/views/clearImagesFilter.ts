import { BerthContext } from '../../context';

export function clearImagesFilter(ctx: BerthContext) {
  return () => ctx.views.settings.setFilter('berth.images', undefined);
}
