import assert from 'node:assert/strict';
import { semanticTokens, semanticTokensRange } from '../../../../server/src/features/semanticTokens';
import { buildModel } from '../../../../server/src/model/model';
import { parseDockerfile } from '../../../../server/src/parser/parser';

/** The tokens decoded back to `line:start-end type [modifiers]`. */
function tokens(text: string, lines?: [number, number]): string[] {
  const syntax = parseDockerfile(text);
  const model = buildModel(syntax);
  const { legend, data } = lines
    ? semanticTokensRange(syntax, model, { start: { line: lines[0], character: 0 }, end: { line: lines[1], character: 0 } })
    : semanticTokens(syntax, model);
  const out: string[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(i, i + 5);
    line += deltaLine;
    start = deltaLine === 0 ? start + deltaStart : deltaStart;
    const names = legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
    out.push(`${line}:${start}-${start + length} ${legend.tokenTypes[type]}${names.length ? ` ${names.join(',')}` : ''}`);
  }
  return out;
}

describe('semantic tokens', () => {
  it('marks keywords, flags, stages, variables, directives, comments and exec-form strings', () => {
    const text = [
      '# syntax=docker/dockerfile:1', // 0
      '# a comment', // 1
      'ARG TARGETARCH', // 2
      'FROM --platform=$BUILDPLATFORM golang AS build', // 3
      'ENV GOARCH=$TARGETARCH', // 4
      'COPY --from=build ["/a b", "/c"]', // 5
      'CMD ["echo", "${HOME:-x}"]', // 6
      'HEALTHCHECK --interval=5s CMD true', // 7
    ].join('\n');
    assert.deepEqual(tokens(text), [
      '0:2-8 macro',
      '0:9-28 string',
      '1:0-11 comment',
      '2:0-3 keyword',
      '2:4-14 variable declaration,readonly',
      '3:0-4 keyword',
      '3:5-15 parameter',
      '3:16-30 variable readonly',
      '3:38-40 keyword',
      '3:41-46 class declaration',
      '4:0-3 keyword',
      '4:4-10 variable declaration',
      '4:11-22 variable readonly',
      '5:0-4 keyword',
      '5:5-11 parameter',
      '5:12-17 class',
      '5:19-25 string',
      '5:27-31 string',
      '6:0-3 keyword',
      '6:5-11 string',
      '6:13-14 string',
      '6:14-20 variable',
      '6:20-25 string',
      '7:0-11 keyword',
      '7:12-22 parameter',
      '7:26-29 keyword',
    ]);
  });

  it('marks the instruction ONBUILD carries and stage references in FROM and mounts', () => {
    const text = ['FROM a AS base', 'FROM base', 'RUN --mount=from=base,target=/x true', 'ONBUILD COPY --from=base ${X} /y'].join('\n');
    assert.deepEqual(tokens(text), [
      '0:0-4 keyword',
      '0:7-9 keyword',
      '0:10-14 class declaration',
      '1:0-4 keyword',
      '1:5-9 class',
      '2:0-3 keyword',
      '2:4-11 parameter',
      '2:17-21 class',
      // ONBUILD's --from names a stage of the child build: not marked as one of this file.
      '3:0-7 keyword',
      '3:8-12 keyword',
      '3:13-19 parameter',
      '3:25-29 variable',
    ]);
  });

  it('leaves multi-line tokens out and keeps the data sorted across continuation lines', () => {
    const text = ['FROM a', 'RUN echo \\', '  # note', '  $A'].join('\n');
    assert.deepEqual(tokens(text), ['0:0-4 keyword', '1:0-3 keyword', '2:2-8 comment', '3:2-4 variable']);
  });

  it('marks the variables of heredoc bodies', () => {
    assert.deepEqual(tokens('FROM a\nRUN <<EOF\necho $HOME ${X}\nEOF'), ['0:0-4 keyword', '1:0-3 keyword', '2:5-10 variable', '2:11-15 variable']);
  });

  it('gives no data for an empty document', () => {
    assert.deepEqual(tokens(''), []);
  });

  it('gives the tokens of the lines a range touches, the same as the full document has there', () => {
    const text = ['# syntax=x', 'FROM a AS b', '# c1', 'RUN x \\', '  # c2', '  $Y', '# c3', 'COPY --from=b /a /b', '# c4'].join('\n');
    const full = tokens(text);
    const on = (from: number, to: number) => full.filter((t) => Number(t.split(':')[0]) >= from && Number(t.split(':')[0]) <= to);
    assert.deepEqual(tokens(text, [0, 1]), on(0, 1));
    assert.deepEqual(tokens(text, [2, 2]), on(2, 2));
    assert.deepEqual(tokens(text, [4, 7]), on(3, 7));
    assert.deepEqual(tokens(text, [8, 8]), on(8, 8));
  });
});
