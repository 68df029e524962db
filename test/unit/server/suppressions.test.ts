import assert from 'node:assert/strict';
import { readCheckDirective, readIgnoreComments } from '../../../server/src/features/suppressions';
import { parseDockerfile } from '../../../server/src/parser/parser';
import { diagnose } from './rules/helpers';

const codes = (text: string, options = {}) => diagnose(text, options).map((d) => `${String(d.code)}:${d.severity}`);

describe('suppressions and severities', () => {
  it('reads # check=skip=...;error=true', () => {
    const check = readCheckDirective(parseDockerfile('# check=skip=StageNameCasing, FromAsCasing;error=true\nFROM x\n'));
    assert.deepEqual([...check.skip], ['StageNameCasing', 'FromAsCasing']);
    assert.equal(check.error, true);
    assert.equal(readCheckDirective(parseDockerfile('# check=skip=all\n')).skipAll, true);
  });

  it('finds the instruction a # berth-ignore comment applies to', () => {
    const ignored = readIgnoreComments(parseDockerfile('FROM x\n# berth-ignore UnknownInstruction, Other\n\nRUNN y\n# berth-ignore\nRUNN z\n'));
    assert.deepEqual([...ignored.entries()].map(([line, ids]) => [line, [...ids]]), [[3, ['UnknownInstruction', 'Other']], [5, ['*']]]);
  });

  it('silences a rule on the next instruction only', () => {
    const text = 'FROM busybox:1.36\n# berth-ignore UnknownInstruction\nRUNN a\nRUNN b\n';
    assert.deepEqual(diagnose(text).filter((d) => d.code === 'UnknownInstruction').map((d) => d.range.start.line), [3]);
  });

  it('lets # check skip BuildKit checks or turn them into errors, and leaves other rules alone', () => {
    const body = 'FROM busybox:1.36 as build\nRUNN x\n';
    assert.ok(codes(body).includes('FromAsCasing:2'));
    assert.ok(!codes('# check=skip=FromAsCasing\n' + body).some((c) => c.startsWith('FromAsCasing')));
    assert.ok(!codes('# check=skip=all\n' + body).some((c) => c.startsWith('FromAsCasing')));
    assert.ok(codes('# check=error=true\n' + body).includes('FromAsCasing:1'));
    assert.ok(codes('# check=skip=all\n' + body).includes('UnknownInstruction:1'), 'errors are not build checks');
  });

  it('applies a configured severity, and off', () => {
    const text = 'FROM busybox:1.36\nRUNN a\n';
    assert.ok(codes(text, { severities: { UnknownInstruction: 'hint' } }).includes('UnknownInstruction:4'));
    assert.ok(!codes(text, { severities: { UnknownInstruction: 'off' } }).some((c) => c.startsWith('UnknownInstruction')));
  });

  it('links the rule page when the docs location is known', () => {
    const [diagnostic] = diagnose('FROM busybox:1.36\nRUNN a\n', { docsBase: 'file:///ext/docs/rules/' }).filter((d) => d.code === 'UnknownInstruction');
    assert.equal(diagnostic.codeDescription?.href, 'file:///ext/docs/rules/UnknownInstruction.md');
  });
});
