import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { parseDockerfile } from '../../../server/src/parser/parser';

function diagnose(text: string, locale: 'en' | 'zh-cn' = 'en') {
  return computeDiagnostics(parseDockerfile(text), { locale });
}

describe('rule UnknownInstruction', () => {
  it('is an error on the exact range of the keyword, with a suggestion', () => {
    const [diagnostic, ...rest] = diagnose('FROM busybox\n  RUNN echo hi\n');
    assert.equal(rest.length, 0);
    assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
    assert.equal(diagnostic.code, 'UnknownInstruction');
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } });
    assert.equal(diagnostic.message, "Unknown instruction 'RUNN'. Did you mean 'RUN'?");
  });

  it('says so without a suggestion when nothing is close', () => {
    assert.equal(diagnose('FROM busybox\nFROBNICATE x\n')[0].message, "Unknown instruction 'FROBNICATE'.");
  });

  it('speaks Simplified Chinese to a zh-cn client', () => {
    assert.equal(diagnose('FROM busybox\nRUNN x\n', 'zh-cn')[0].message, '未知指令“RUNN”。您是想用“RUN”吗？');
  });

  it('accepts every instruction in any case, and ONBUILD with an inner instruction', () => {
    const text = 'from busybox\nRun echo\ncopy a b\nOnBuild RUN echo\nhealthcheck NONE\nstopsignal SIGTERM\nshell ["sh","-c"]\n';
    assert.deepEqual(diagnose(text), []);
  });
});
