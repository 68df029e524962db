import assert from 'node:assert/strict';
import { contains, instructionAt } from '../../../server/src/features/locate';
import { parseDockerfile } from '../../../server/src/parser/parser';

describe('locating the instruction under the cursor', () => {
  const syntax = parseDockerfile('FROM a\n\nRUN x \\\n  y\nCOPY <<EOF /z\nbody\nEOF\n');

  it('finds the instruction, including continuation lines and heredoc bodies', () => {
    assert.equal(instructionAt(syntax, { line: 0, character: 6 })?.name, 'FROM');
    assert.equal(instructionAt(syntax, { line: 3, character: 2 })?.name, 'RUN');
    assert.equal(instructionAt(syntax, { line: 5, character: 1 })?.name, 'COPY');
  });

  it('finds nothing between instructions or before the first', () => {
    assert.equal(instructionAt(syntax, { line: 1, character: 0 }), undefined);
    assert.equal(instructionAt(parseDockerfile('\n\nFROM a'), { line: 0, character: 0 }), undefined);
  });

  it('counts the end of a range as inside', () => {
    assert.ok(contains({ start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, { line: 0, character: 4 }));
    assert.ok(!contains({ start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, { line: 0, character: 5 }));
  });
});
