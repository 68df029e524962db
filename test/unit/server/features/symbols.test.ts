import assert from 'node:assert/strict';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { documentSymbols } from '../../../../server/src/features/symbols';
import { buildModel } from '../../../../server/src/model/model';
import { parseDockerfile } from '../../../../server/src/parser/parser';
import { Range } from '../../../../server/src/parser/syntax';

function r(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function outline(text: string, locale: 'en' | 'zh-cn' = 'en'): DocumentSymbol[] {
  const syntax = parseDockerfile(text);
  return documentSymbols(syntax, buildModel(syntax), locale);
}

const flat = (s: DocumentSymbol) => [s.name, s.kind, r(s.range), r(s.selectionRange), s.detail];

describe('document symbols', () => {
  const text = [
    'ARG BASE=alpine:3.19', // 0
    '# build', // 1
    'FROM ${BASE} AS build', // 2
    'RUN apt-get update && \\', // 3
    '    apt-get install -y   curl wget git make gcc', // 4
    'COPY <<EOF /x', // 5
    'hello', // 6
    'EOF', // 7
    '', // 8
    'from build', // 9
    'CMD ["sh"]', // 10
  ].join('\n');

  it('puts global ARGs at the top level and one symbol per stage', () => {
    const symbols = outline(text);
    assert.deepEqual(symbols.map(flat), [
      ['ARG BASE=alpine:3.19', SymbolKind.Variable, '0:0-0:20', '0:0-0:3', undefined],
      ['build', SymbolKind.Class, '2:0-7:3', '2:16-2:21', '${BASE}'],
      ['stage 1', SymbolKind.Module, '9:0-10:10', '9:0-9:4', 'build'],
    ]);
  });

  it('lists the instructions of each stage, with short one-line names', () => {
    const [, build, second] = outline(text);
    assert.deepEqual(build.children?.map(flat), [
      ['RUN apt-get update && apt-get install -y…', SymbolKind.Function, '3:0-4:47', '3:0-3:3', undefined],
      ['COPY <<EOF /x', SymbolKind.File, '5:0-7:3', '5:0-5:4', undefined],
    ]);
    assert.deepEqual(second.children?.map(flat), [['CMD ["sh"]', SymbolKind.Method, '10:0-10:10', '10:0-10:3', undefined]]);
  });

  it('names unnamed stages in Chinese', () => {
    assert.deepEqual(outline('FROM alpine', 'zh-cn').map((s) => s.name), ['阶段 0']);
  });

  it('gives an empty outline for an empty file', () => {
    assert.deepEqual(outline(''), []);
    assert.deepEqual(outline('# only a comment\n'), []);
  });

  it('keeps every selection range inside its range', () => {
    const check = (s: DocumentSymbol) => {
      const inside = (a: Range, b: Range) => (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) && (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
      assert.ok(inside(s.selectionRange, s.range), s.name);
      s.children?.forEach(check);
    };
    outline(text).forEach(check);
    outline('FROM a\nONBUILD RUN x\nUNKNOWN y\n').forEach(check);
  });

  it('gives unknown instructions a generic kind', () => {
    const [stage] = outline('FROM a\nFOO bar');
    assert.deepEqual(stage.children?.map(flat), [['FOO bar', SymbolKind.Field, '1:0-1:7', '1:0-1:3', undefined]]);
  });
});
