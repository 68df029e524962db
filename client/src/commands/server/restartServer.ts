import { BerthContext } from '../../context';

export function restartServer(ctx: BerthContext) {
  return () => ctx.languageServer.restart();
}
