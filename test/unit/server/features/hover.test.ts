import assert from 'node:assert/strict';
import { Hover, MarkupContent, MarkupKind } from 'vscode-languageserver';
import { buildArgDoc, directiveDoc, flagDoc, flagValueDoc, instructionDoc } from '../../../../server/src/docs';
import { hover, ImageInfoLookup } from '../../../../server/src/features/hover';
import { Locale } from '../../../../server/src/locale';
import { buildModel } from '../../../../server/src/model/model';
import { lookupVariable, variablesInScope } from '../../../../server/src/model/scope';
import { parseDockerfile } from '../../../../server/src/parser/parser';
import { rangeText } from '../rules/helpers';

function hoverAt(lines: string[], line: number, character: number, locale: Locale = 'en', images?: ImageInfoLookup): Hover | undefined {
  const syntax = parseDockerfile(lines.join('\n'));
  return hover(syntax, buildModel(syntax), { line, character }, locale, images);
}

/** [range, markdown] of the hover, or undefined. */
function at(lines: string[], line: number, character: number, locale: Locale = 'en', images?: ImageInfoLookup): [string, string] | undefined {
  const result = hoverAt(lines, line, character, locale, images);
  if (!result) return undefined;
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, MarkupKind.Markdown);
  assert.ok(result.range);
  return [rangeText(result.range), contents.value];
}

const md = (doc: { markdown: string } | undefined) => doc?.markdown;

describe('hover', () => {
  describe('keywords', () => {
    const file = ['FROM alpine', 'run echo hi', 'ONBUILD COPY . /app', 'FOO bar'];

    it('documents the instruction under the cursor, its whole keyword as range', () => {
      assert.deepEqual(at(file, 0, 0), ['0:0-0:4', md(instructionDoc('FROM', 'en'))]);
      assert.deepEqual(at(file, 0, 4), ['0:0-0:4', md(instructionDoc('FROM', 'en'))]);
      assert.deepEqual(at(file, 1, 1), ['1:0-1:3', md(instructionDoc('RUN', 'en'))]);
    });

    it('speaks Chinese', () => {
      const result = at(file, 1, 1, 'zh-cn');
      assert.deepEqual(result, ['1:0-1:3', md(instructionDoc('RUN', 'zh-cn'))]);
      assert.match(result?.[1] ?? '', /镜像层/);
    });

    it('documents ONBUILD and the instruction it carries', () => {
      assert.deepEqual(at(file, 2, 3), ['2:0-2:7', md(instructionDoc('ONBUILD', 'en'))]);
      assert.deepEqual(at(file, 2, 9), ['2:8-2:12', md(instructionDoc('COPY', 'en'))]);
    });

    it('says nothing about unknown instructions, arguments or blank space', () => {
      assert.equal(at(file, 3, 1), undefined);
      assert.equal(at(file, 1, 6), undefined);
      assert.equal(at([...file, '', 'RUN x'], 4, 0), undefined);
      assert.equal(at(file, 10, 0), undefined);
    });
  });

  describe('parser directives', () => {
    const file = ['# syntax=docker/dockerfile:1', '#  ESCAPE = `', '# check=skip=all', '', '# syntax=ignored', 'FROM alpine'];

    it('documents the directive on its name and its value', () => {
      assert.deepEqual(at(file, 0, 4), ['0:2-0:8', md(directiveDoc('syntax', 'en'))]);
      assert.deepEqual(at(file, 0, 20), ['0:9-0:28', md(directiveDoc('syntax', 'en'))]);
      assert.deepEqual(at(file, 1, 5), ['1:3-1:9', md(directiveDoc('escape', 'en'))]);
      assert.deepEqual(at(file, 2, 3, 'zh-cn'), ['2:2-2:7', md(directiveDoc('check', 'zh-cn'))]);
    });

    it('ignores the comment marker and comments that are not directives', () => {
      assert.equal(at(file, 0, 0), undefined);
      assert.equal(at(file, 4, 4), undefined);
    });
  });

  describe('flags', () => {
    const file = [
      'FROM --platform=linux/arm64 alpine AS base',
      'RUN --network=none --security=insecure --mount=type=cache,target=/root/.cache,sharing=locked make',
      'COPY --chmod=755 --link run.sh /',
      'ADD --frobnicate=1 a /b',
      'RUN --mount="type=cache,target=/x" true',
    ];

    it('documents a flag on its dashes and name', () => {
      assert.deepEqual(at(file, 1, 4), ['1:4-1:13', md(flagDoc('RUN', 'network', 'en'))]);
      assert.deepEqual(at(file, 1, 8), ['1:4-1:13', md(flagDoc('RUN', 'network', 'en'))]);
      assert.deepEqual(at(file, 2, 20), ['2:17-2:23', md(flagDoc('COPY', 'link', 'en'))]);
      assert.deepEqual(at(file, 0, 9, 'zh-cn'), ['0:5-0:15', md(flagDoc('FROM', 'platform', 'zh-cn'))]);
    });

    it('documents an enumerated value, titled with the flag', () => {
      assert.deepEqual(at(file, 1, 16), ['1:14-1:18', `**\`--network=none\`**\n\n${md(flagValueDoc('RUN', 'network', 'none', 'en'))}`]);
      assert.deepEqual(at(file, 1, 32), ['1:30-1:38', `**\`--security=insecure\`**\n\n${md(flagValueDoc('RUN', 'security', 'insecure', 'en'))}`]);
      assert.deepEqual(at(file, 0, 20), ['0:16-0:27', `**\`--platform=linux/arm64\`**\n\n${md(flagValueDoc('FROM', 'platform', 'linux/arm64', 'en'))}`]);
    });

    it('falls back to the flag documentation for free values', () => {
      assert.deepEqual(at(file, 2, 14), ['2:13-2:16', md(flagDoc('COPY', 'chmod', 'en'))]);
    });

    it('documents the mount key or value under the cursor', () => {
      // --mount=type=cache,target=/root/.cache,sharing=locked starts at 39; its value at 47.
      assert.deepEqual(at(file, 1, 41), ['1:39-1:46', md(flagDoc('RUN', 'mount', 'en'))]);
      assert.deepEqual(at(file, 1, 48), ['1:47-1:51', md(flagValueDoc('RUN', 'mount', 'type', 'en'))]);
      assert.deepEqual(at(file, 1, 53), ['1:52-1:57', md(flagValueDoc('RUN', 'mount', 'type=cache', 'en'))]);
      assert.deepEqual(at(file, 1, 60), ['1:58-1:64', md(flagValueDoc('RUN', 'mount', 'target', 'en'))]);
      assert.deepEqual(at(file, 1, 70), ['1:65-1:77', md(flagValueDoc('RUN', 'mount', 'target', 'en'))]);
      assert.deepEqual(at(file, 1, 80), ['1:78-1:85', md(flagValueDoc('RUN', 'mount', 'sharing', 'en'))]);
      assert.deepEqual(at(file, 1, 88, 'zh-cn'), ['1:86-1:92', md(flagValueDoc('RUN', 'mount', 'sharing=locked', 'zh-cn'))]);
    });

    it('shows the whole mount documentation when the value cannot be mapped to the text', () => {
      assert.deepEqual(at(file, 4, 20), ['4:12-4:34', md(flagDoc('RUN', 'mount', 'en'))]);
    });

    it('says nothing about unknown flags', () => {
      assert.equal(at(file, 3, 8), undefined);
      assert.equal(at(file, 3, 18), undefined);
    });
  });

  describe('HEALTHCHECK words', () => {
    it('documents NONE and CMD', () => {
      assert.deepEqual(at(['FROM a', 'HEALTHCHECK NONE'], 1, 13), ['1:12-1:16', md(flagValueDoc('HEALTHCHECK', '', 'NONE', 'en'))]);
      assert.deepEqual(at(['FROM a', 'HEALTHCHECK --retries=3 CMD true'], 1, 25, 'zh-cn'), ['1:24-1:27', md(flagValueDoc('HEALTHCHECK', '', 'CMD', 'zh-cn'))]);
      assert.deepEqual(at(['FROM a', 'HEALTHCHECK --retries=3 CMD true'], 1, 15), ['1:12-1:21', md(flagDoc('HEALTHCHECK', 'retries', 'en'))]);
      assert.equal(at(['FROM a', 'HEALTHCHECK --retries=3 CMD true'], 1, 29), undefined);
    });
  });

  describe('variables', () => {
    const file = [
      'ARG VERSION=1.22',
      'ARG UNUSED',
      'FROM golang:${VERSION} AS build',
      'ARG VERSION',
      'ARG TARGETARCH',
      'ENV APP=/app',
      'RUN echo $APP ${TARGETARCH} $UNUSED $HOME ${NAME:-x} $TARGETOS',
      'FROM build AS test',
      'RUN echo $APP',
      'ONBUILD RUN echo $APP',
      'FROM --platform=$BUILDPLATFORM alpine',
    ];

    it('shows a global ARG and its value in FROM', () => {
      assert.deepEqual(at(file, 2, 15), [
        '2:12-2:22',
        '**`$VERSION`**\n\nBuild argument, declared on line 1, in the global scope:\n\n```dockerfile\nARG VERSION=1.22\n```\n\nValue here: `1.22`',
      ]);
    });

    it('shows where an ENV is declared and its value', () => {
      assert.deepEqual(at(file, 6, 10), [
        '6:9-6:13',
        '**`$APP`**\n\nEnvironment variable, declared on line 6 in stage `build`:\n\n```dockerfile\nENV APP=/app\n```\n\nValue here: `/app`',
      ]);
      assert.deepEqual(at(file, 6, 10, 'zh-cn'), [
        '6:9-6:13',
        '**`$APP`**\n\n环境变量，在第 6 行声明，位于阶段 `build`：\n\n```dockerfile\nENV APP=/app\n```\n\n此处的值：`/app`',
      ]);
    });

    it('shows an ENV inherited from the stage a stage is built from', () => {
      assert.deepEqual(at(file, 8, 11), [
        '8:9-8:13',
        '**`$APP`**\n\nEnvironment variable, inherited from stage `build`, line 6:\n\n```dockerfile\nENV APP=/app\n```\n\nValue here: `/app`',
      ]);
    });

    it('shows a predefined arg declared in the stage', () => {
      const result = at(file, 6, 20);
      assert.equal(result?.[0], '6:14-6:27');
      assert.match(result?.[1] ?? '', /^\*\*`\$TARGETARCH`\*\*\n\nBuild argument, declared on line 5 in stage `build`:/);
      assert.match(result?.[1] ?? '', /Value here: set by BuildKit for each build\./);
      assert.match(result?.[1] ?? '', /Predefined by BuildKit: The architecture of the target platform\./);
    });

    it('shows a predefined arg used in FROM with its documentation', () => {
      assert.deepEqual(at(file, 10, 20), ['10:16-10:30', `**\`$BUILDPLATFORM\`**\n\n${md(buildArgDoc('BUILDPLATFORM', 'en'))}`]);
    });

    it('shows the global default an ARG in a stage takes', () => {
      const result = at(['ARG V=1', 'FROM a', 'ARG V', 'RUN echo $V'], 3, 10);
      assert.deepEqual(result, [
        '3:9-3:11',
        '**`$V`**\n\nBuild argument, declared on line 3 in stage #0:\n\n```dockerfile\nARG V\n```\n\nTakes the default of the global `ARG` on line 1.\n\nValue here: `1`',
      ]);
    });

    it('says when a global ARG is not declared in the stage', () => {
      assert.deepEqual(at(file, 6, 30), [
        '6:28-6:35',
        '**`$UNUSED`**\n\nNot defined in this Dockerfile at this point.\n\nA global `ARG UNUSED` exists (line 2), but a stage only sees it after `ARG UNUSED` in that stage.',
      ]);
    });

    it('says when a predefined arg is not declared in the stage', () => {
      const result = at(file, 6, 56, 'zh-cn');
      assert.equal(result?.[0], '6:53-6:62');
      assert.match(result?.[1] ?? '', /此处在本 Dockerfile 中未定义。\n\n它由 BuildKit 预定义：请先在本阶段声明 `ARG TARGETOS` 再使用。/);
    });

    it('says a variable is not defined, and explains a modifier', () => {
      assert.deepEqual(at(file, 6, 38), [
        '6:36-6:41',
        "**`$HOME`**\n\nNot defined in this Dockerfile at this point.\n\nIt may come from the base image's environment; otherwise it expands to an empty string (a RUN command's shell may also set it).",
      ]);
      const result = at(file, 6, 45);
      assert.equal(result?.[0], '6:42-6:52');
      assert.match(result?.[1] ?? '', /`\$\{NAME:-word\}`: `word` when NAME is unset or empty\.$/);
    });

    it('does not resolve variables of ONBUILD, which the child build expands', () => {
      assert.deepEqual(at(file, 9, 18), [
        '9:17-9:21',
        '**`$APP`**\n\nIn ONBUILD, variables are expanded later, in the build that uses this image as its base.',
      ]);
    });

    it('shows the documentation of a predefined arg on its ARG declaration', () => {
      const result = at(file, 4, 6);
      assert.deepEqual(result, ['4:4-4:14', `**ARG \`TARGETARCH\`**\n\n${md(buildArgDoc('TARGETARCH', 'en'))}`]);
    });

    it('shows an ENV declaration', () => {
      assert.deepEqual(at(file, 5, 5), [
        '5:4-5:7',
        '**ENV `APP`** = `/app`\n\nStays in the image: every container started from it, and every stage built FROM this one, sees it.',
      ]);
      assert.equal(at(file, 5, 9), undefined);
    });

    it('shows the default of an ARG declaration', () => {
      assert.deepEqual(at(file, 3, 6), ['3:4-3:11', '**ARG `VERSION`**\n\nTakes the default of the global `ARG` on line 1: `1.22`.']);
      assert.deepEqual(at(file, 0, 5), [
        '0:4-0:11',
        '**ARG `VERSION`**\n\nDefault: `1.22`; `docker build --build-arg VERSION=...` overrides it.\n\nGlobal: usable in FROM lines; a stage must declare `ARG VERSION` again to see it.',
      ]);
    });
  });

  describe('stages', () => {
    const file = [
      'FROM golang:1.22 AS build',
      'RUN go build -o /out/app',
      'FROM build AS test',
      'FROM alpine',
      'COPY --from=build /out/app /app',
      'COPY --from=0 /out/app /app',
      'RUN --mount=from=build,source=/out,target=/mnt ls /mnt',
      'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
      'FROM later AS early',
      'FROM alpine AS later',
    ];
    const buildStage = '**Stage `build`** (index 0), line 1\n\n```dockerfile\nFROM golang:1.22 AS build\n```';

    it('shows the FROM line of a stage on its name', () => {
      assert.deepEqual(at(file, 0, 22), ['0:20-0:25', buildStage]);
      assert.deepEqual(at(file, 0, 22, 'zh-cn'), ['0:20-0:25', '**阶段 `build`**（序号 0），第 1 行\n\n```dockerfile\nFROM golang:1.22 AS build\n```']);
    });

    it('shows the stage a FROM, COPY --from or mount from= names', () => {
      assert.deepEqual(at(file, 2, 7), ['2:5-2:10', buildStage]);
      assert.deepEqual(at(file, 4, 14), ['4:12-4:17', buildStage]);
      assert.deepEqual(at(file, 5, 12), ['5:12-5:13', buildStage]);
      assert.deepEqual(at(file, 6, 18), ['6:17-6:22', buildStage]);
    });

    it('treats a name that is no earlier stage as an image', () => {
      assert.deepEqual(at(file, 7, 15), ['7:12-7:22', '**Image `nginx:1.27`**']);
      assert.deepEqual(at(file, 8, 7), ['8:5-8:10', '**Image `later`**\n\nNo tag: Docker uses `latest`, which changes over time. Pin a tag or a digest.']);
    });
  });

  describe('images', () => {
    const images: ImageInfoLookup = (reference) =>
      reference === 'alpine:3.19' || reference === 'node:latest'
        ? { id: 'sha256:05455a08881ea9cf0e752bc48e61bbd71a34c029bb13df01e40e3e70e0d007bd', size: 7_380_000, created: '2024-01-27T00:51:04.123Z', tags: ['alpine:3.19', 'alpine:latest'] }
        : undefined;
    const file = ['ARG BASE=alpine:3.19', 'FROM alpine:3.19', 'FROM node', 'FROM debian:12', 'FROM scratch', 'FROM $BASE AS x', 'FROM ${BASE}-slim'];

    it('shows what the local engine knows about a FROM image', () => {
      assert.deepEqual(at(file, 1, 8, 'en', images), [
        '1:5-1:16',
        '**Image `alpine:3.19`**\n\nOn the local Docker engine:\n\n| | |\n|---|---|\n| ID | `05455a08881e` |\n| Size | 7.38 MB |\n| Created | 2024-01-27 00:51 UTC |\n| Tags | `alpine:3.19`, `alpine:latest` |',
      ]);
      assert.deepEqual(at(file, 1, 8, 'zh-cn', images), [
        '1:5-1:16',
        '**镜像 `alpine:3.19`**\n\n本地 Docker 引擎中的信息：\n\n| | |\n|---|---|\n| ID | `05455a08881e` |\n| 大小 | 7.38 MB |\n| 创建时间 | 2024-01-27 00:51 UTC |\n| 标签 | `alpine:3.19`, `alpine:latest` |',
      ]);
    });

    it('looks an untagged image up as latest and warns about it', () => {
      const result = at(file, 2, 6, 'en', images);
      assert.equal(result?.[0], '2:5-2:9');
      assert.match(result?.[1] ?? '', /\| ID \| `05455a08881e` \|/);
      assert.match(result?.[1] ?? '', /No tag: Docker uses `latest`/);
    });

    it('says when the engine does not have the image', () => {
      assert.deepEqual(at(file, 3, 8, 'en', images), ['3:5-3:14', '**Image `debian:12`**\n\nNot on the local Docker engine: the build pulls it.']);
      assert.deepEqual(at(file, 3, 8), ['3:5-3:14', '**Image `debian:12`**']);
    });

    it('explains scratch', () => {
      assert.deepEqual(at(file, 4, 7), ['4:5-4:12', '**scratch**: the empty image. The stage starts with no files at all.']);
    });

    it('prefers the variable on a variable, and expands it for the rest of the base', () => {
      assert.match(at(file, 5, 7, 'en', images)?.[1] ?? '', /^\*\*`\$BASE`\*\*/);
      assert.deepEqual(at(file, 6, 14, 'en', images), ['6:5-6:17', '**Image `alpine:3.19-slim`**\n\nNot on the local Docker engine: the build pulls it.']);
    });
  });

  describe('variable resolution', () => {
    it('lookupVariable answers what the whole scope says, for every name at every instruction', () => {
      const text = [
        'ARG A=1 B',
        'ARG C=3',
        'FROM base:$A AS one',
        'ENV A=env-a',
        'ARG A',
        'ARG B C',
        'ARG TARGETOS',
        'RUN echo',
        'ENV B=env-b',
        'FROM one AS two',
        'ARG A B C=local',
        'ENV D=d',
        'RUN echo',
        'FROM two',
        'ENV D=dd',
        'ARG D',
        'RUN echo',
        'FROM scratch',
        'ARG A',
        'ENV A=x A=y',
        'RUN echo',
      ].join('\n');
      const syntax = parseDockerfile(text);
      const model = buildModel(syntax);
      for (const instruction of syntax.instructions) {
        for (const name of ['A', 'B', 'C', 'D', 'E', 'TARGETOS', 'BUILDARCH']) {
          assert.deepEqual(lookupVariable(model, instruction, name)?.declaration, variablesInScope(model, instruction).get(name)?.declaration ?? undefined, `${name} at line ${instruction.range.start.line}`);
        }
      }
    });
  });
});
