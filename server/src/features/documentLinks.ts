import { DocumentLink } from 'vscode-languageserver';
import { Locale } from '../locale';
import { DockerfileModel } from '../model/model';
import { DockerfileSyntax, Range } from '../parser/syntax';
import { allStageRefs } from './definition';

const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
// The reference grammar of distribution/reference: lower-case path components.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d+)?$/;

export interface ImagePage {
  url: string;
  /** `alpine`, `bitnami/redis`, `ghcr.io/owner/tool`: the image without tag or digest. */
  image: string;
  hub: boolean;
}

/**
 * The web page of an image reference: Docker Hub's page for Hub images (`_/name` for official
 * images), the registry's own address otherwise. Undefined for references that are not plain image
 * names (variables, quotes, `scratch`, localhost, malformed names).
 */
export function imagePage(reference: string): ImagePage | undefined {
  if (reference === '' || /[$"'\s\\]/.test(reference)) return undefined;
  let name = reference;
  const at = name.indexOf('@');
  if (at >= 0) name = name.slice(0, at);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) name = name.slice(0, colon);
  const parts = name.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) registry = parts.shift();
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) return undefined;
  if (registry !== undefined && !DOCKER_HUB_HOSTS.has(registry.toLowerCase())) {
    if (registry === 'localhost' || registry.startsWith('localhost:') || !HOST.test(registry)) return undefined;
    return { url: `https://${registry}/${parts.join('/')}`, image: `${registry}/${parts.join('/')}`, hub: false };
  }
  if (parts.length === 1 && parts[0] === 'scratch') return undefined;
  if (parts.length === 1 || (parts.length === 2 && parts[0] === 'library')) {
    const image = parts[parts.length - 1];
    return { url: `https://hub.docker.com/_/${image}`, image, hub: true };
  }
  return { url: `https://hub.docker.com/r/${parts.join('/')}`, image: parts.join('/'), hub: true };
}

/**
 * Links on the images a Dockerfile pulls: FROM (unless it names a stage) and `COPY --from` /
 * `RUN --mount=from=` when they name an image rather than a stage.
 */
export function documentLinks(_syntax: DockerfileSyntax, model: DockerfileModel, locale: Locale = 'en'): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const ref of allStageRefs(model)) {
    if (ref.stage || !ref.exact || /^\d+$/.test(ref.text)) continue;
    // A FROM that names a later stage reads as a stage, whatever BuildKit makes of it.
    if (model.findStage(ref.text)) continue;
    const page = imagePage(ref.text);
    if (page) links.push(link(ref.range, page, locale));
  }
  return links;
}

function link(range: Range, page: ImagePage, locale: Locale): DocumentLink {
  const tooltip = page.hub
    ? locale === 'zh-cn' ? `在 Docker Hub 上打开 ${page.image}` : `Open ${page.image} on Docker Hub`
    : locale === 'zh-cn' ? `打开 ${page.image} 的页面` : `Open the page of ${page.image}`;
  return { range, target: page.url, tooltip };
}
