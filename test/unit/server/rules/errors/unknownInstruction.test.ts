import assert from 'node:assert/strict';
import { computeDiagnostics, FindingsCache } from '../../../../../server/src/features/diagnostics';
import { applyChange } from '../../../../../server/src/parser/incremental';
import { parseDockerfile } from '../../../../../server/src/parser/parser';
import { applyFirstFix, findingsOf } from '../helpers';

describe('rule UnknownInstruction', () => {
  it('is an error on the exact range of the keyword, with a suggestion', () => {
    assert.deepEqual(findingsOf('UnknownInstruction', 'FROM busybox\n  RUNN echo hi\n'), [['error', '1:2-1:6', "Unknown instruction 'RUNN'. Did you mean 'RUN'?"]]);
  });

  it('says so without a suggestion when nothing is close', () => {
    assert.deepEqual(findingsOf('UnknownInstruction', 'FROM busybox\nFROBNICATE x\n'), [['error', '1:0-1:10', "Unknown instruction 'FROBNICATE'."]]);
  });

  it('speaks Simplified Chinese to a zh-cn client', () => {
    assert.deepEqual(findingsOf('UnknownInstruction', 'FROM busybox\nRUNN x\n', { locale: 'zh-cn' }), [['error', '1:0-1:4', '未知指令“RUNN”。您是想用“RUN”吗？']]);
  });

  it('checks the instruction ONBUILD carries', () => {
    assert.deepEqual(findingsOf('UnknownInstruction', 'FROM busybox\nONBUILD CPY a b\n'), [['error', '1:8-1:11', "Unknown instruction 'CPY'. Did you mean 'COPY'?"]]);
  });

  it('accepts every instruction in any case', () => {
    const text = 'from busybox\nRun echo\ncopy a b\nOnBuild RUN echo\nhealthcheck NONE\nstopsignal SIGTERM\nshell ["sh","-c"]\n';
    assert.deepEqual(findingsOf('UnknownInstruction', text), []);
  });

  it('fixes the keyword', () => {
    assert.equal(applyFirstFix('UnknownInstruction', 'FROM busybox\nRUNN echo\n'), 'FROM busybox\nRUN echo\n');
  });

  it('keeps its findings right after edits above it (cached per instruction)', () => {
    let syntax = parseDockerfile('FROM busybox\nRUN a\nRUNN b\n');
    const cache = new FindingsCache();
    const lineOf = () => computeDiagnostics(syntax, { locale: 'en', cache }).filter((d) => d.code === 'UnknownInstruction').map((d) => d.range.start.line);
    assert.deepEqual(lineOf(), [2]);
    syntax = applyChange(syntax, { range: { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } }, text: '\nUSER x\nUSER y' });
    assert.deepEqual(lineOf(), [4]);
    syntax = applyChange(syntax, { range: { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } }, text: '' });
    assert.deepEqual(lineOf(), [2]);
  });
});
