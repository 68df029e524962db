import assert from 'node:assert/strict';
import { documentLinks, imagePage } from '../../../../server/src/features/documentLinks';
import { buildModel } from '../../../../server/src/model/model';
import { parseDockerfile } from '../../../../server/src/parser/parser';

function links(text: string, locale: 'en' | 'zh-cn' = 'en'): string[] {
  const syntax = parseDockerfile(text);
  return documentLinks(syntax, buildModel(syntax), locale).map(
    (l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character} ${l.target} | ${l.tooltip}`,
  );
}

describe('document links', () => {
  it('links official, namespaced and other-registry images', () => {
    assert.equal(imagePage('alpine')?.url, 'https://hub.docker.com/_/alpine');
    assert.equal(imagePage('alpine:3.19@sha256:abc')?.url, 'https://hub.docker.com/_/alpine');
    assert.equal(imagePage('library/node:20')?.url, 'https://hub.docker.com/_/node');
    assert.equal(imagePage('docker.io/library/node')?.url, 'https://hub.docker.com/_/node');
    assert.equal(imagePage('bitnami/redis:7')?.url, 'https://hub.docker.com/r/bitnami/redis');
    assert.equal(imagePage('docker.io/bitnami/redis')?.url, 'https://hub.docker.com/r/bitnami/redis');
    assert.equal(imagePage('ghcr.io/owner/tool:1.0')?.url, 'https://ghcr.io/owner/tool');
    assert.equal(imagePage('registry.example.com:5000/team/app')?.url, 'https://registry.example.com:5000/team/app');
  });

  it('does not link scratch, variables, localhost or malformed names', () => {
    for (const reference of ['scratch', '${BASE}', 'alpine:$TAG', 'localhost/app', 'localhost:5000/app', 'Alpine', '"alpine"', '']) {
      assert.equal(imagePage(reference), undefined, reference);
    }
  });

  it('links FROM images and --from images, not stages', () => {
    const text = ['FROM golang:1.22 AS build', 'FROM build', 'COPY --from=nginx:latest /etc/nginx /n', 'COPY --from=build /a /b', 'COPY --from=0 /a /c', 'RUN --mount=from=bitnami/git,target=/g true'].join('\n');
    assert.deepEqual(links(text), [
      '0:5-0:16 https://hub.docker.com/_/golang | Open golang on Docker Hub',
      '2:12-2:24 https://hub.docker.com/_/nginx | Open nginx on Docker Hub',
      '5:17-5:28 https://hub.docker.com/r/bitnami/git | Open bitnami/git on Docker Hub',
    ]);
  });

  it('words the tooltip in Chinese, and for other registries', () => {
    assert.deepEqual(links('FROM ghcr.io/owner/tool', 'zh-cn'), ['0:5-0:23 https://ghcr.io/owner/tool | 打开 ghcr.io/owner/tool 的页面']);
    assert.deepEqual(links('FROM --platform=$BUILDPLATFORM alpine AS x', 'zh-cn'), ['0:31-0:37 https://hub.docker.com/_/alpine | 在 Docker Hub 上打开 alpine']);
  });

  it('does not link a FROM that names a stage defined later', () => {
    assert.deepEqual(links('FROM later\nFROM alpine AS later'), ['1:5-1:11 https://hub.docker.com/_/alpine | Open alpine on Docker Hub']);
  });
});
