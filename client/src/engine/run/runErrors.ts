import { Translate } from './fields';

/**
 * The engine's words for a failed create or start, as a message a person can act on; the
 * engine's own text when Berth has nothing clearer to say.
 */
export function describeRunError(detail: string, t: Translate): string {
  const allocated = /Bind for (\S+?):(\d+) failed: port is already allocated/i.exec(detail);
  if (allocated) return t('Host port {0} is already taken by another container; choose another host port.', allocated[2]);
  const inUse = /listen (?:tcp|udp)\d? (\S+?):(\d+): bind: address already in use/i.exec(detail);
  if (inUse) return t('Host port {0} is already in use by another program; choose another host port.', inUse[2]);
  const name = /The container name "\/?([^"]+)" is already in use/i.exec(detail);
  if (name) return t("The name '{0}' is already used by another container; choose another name or remove that container.", name[1]);
  const image = /No such image: (\S+)/i.exec(detail);
  if (image) return t("The image '{0}' is not on this engine; build or pull it first.", image[1]);
  const network = /network (\S+) not found/i.exec(detail);
  if (network) return t("The network '{0}' does not exist.", network[1]);
  const from = /No such container: (\S+)/i.exec(detail);
  if (from) return t("The container '{0}' does not exist (is it named in --volumes-from?).", from[1]);
  return detail.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '').trim();
}
