import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check NoEmptyContinuation', () => {
  it('warns on an empty line inside a continued instruction', () => {
    assert.deepEqual(findingsOf('NoEmptyContinuation', 'FROM alpine\nRUN apk add \\\n\n    curl\n'), [['warning', '2:0-3:0', 'Empty continuation line']]);
  });

  it('says nothing of continuations without empty lines, or of comment lines inside them', () => {
    assert.deepEqual(findingsOf('NoEmptyContinuation', 'FROM alpine\nRUN apk add \\\n# a comment\n    curl\n\nRUN true\n'), []);
  });

  it('removes the empty line', () => {
    assert.equal(applyFirstFix('NoEmptyContinuation', 'FROM alpine\nRUN apk add \\\n\n    curl\n'), 'FROM alpine\nRUN apk add \\\n    curl\n');
  });
});
