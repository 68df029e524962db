import assert from 'node:assert/strict';
import { FoldingRangeKind } from 'vscode-languageserver';
import { foldingRanges } from '../../../../server/src/features/folding';
import { buildModel } from '../../../../server/src/model/model';
import { parseDockerfile } from '../../../../server/src/parser/parser';

function folds(text: string): string[] {
  const syntax = parseDockerfile(text);
  return foldingRanges(syntax, buildModel(syntax)).map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`);
}

describe('folding ranges', () => {
  it('folds stages, continued instructions, heredocs and comment runs', () => {
    const text = [
      '# syntax=docker/dockerfile:1', // 0
      '# escape=\\', // 1
      '', // 2
      '# about', // 3
      '# this file', // 4
      'FROM alpine AS a', // 5
      'RUN a && \\', // 6
      '    # inside', // 7
      '    b', // 8
      'COPY <<ONE <<TWO /x', // 9
      'one', // 10
      'ONE', // 11
      'two', // 12
      'TWO', // 13
      '# single', // 14
      'FROM a', // 15
      'CMD x', // 16
    ].join('\n');
    assert.deepEqual(folds(text), [
      `0-1 ${FoldingRangeKind.Comment}`,
      `3-4 ${FoldingRangeKind.Comment}`,
      '5-13',
      '6-8',
      '9-13',
      '11-13',
      '15-16',
    ]);
  });

  it('gives nothing for one-line stages and single comments', () => {
    assert.deepEqual(folds('# one\nFROM a\n'), []);
    assert.deepEqual(folds(''), []);
  });

  it('folds an unterminated heredoc to the end of the file', () => {
    assert.deepEqual(folds('FROM a\nRUN <<EOF\nx\ny'), ['0-3', '1-3']);
  });
});
