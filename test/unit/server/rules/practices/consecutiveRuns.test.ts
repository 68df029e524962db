import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'ConsecutiveRuns';

describe('rule ConsecutiveRuns', () => {
  it('is a hint on the first of three or more consecutive RUNs', () => {
    const text = 'FROM debian:12\nRUN a\nRUN b \\\n  # a comment inside the continuation\n  && c\n  RUN d\nCOPY x y\nRUN e\n';
    assert.deepEqual(findingsOf(ID, text), [
      ['hint', '1:0-1:3', '3 consecutive RUN instructions each make a layer. Join them with && in one RUN unless you want them cached apart.'],
    ]);
  });

  it('leaves RUNs alone that a blank or comment line keeps apart on purpose', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN a\n# then b\nRUN b\nRUN c\n\nRUN d\nRUN e\n'), []);
  });

  it('accepts two RUNs, and RUNs split by exec form, heredocs or different flags', () => {
    const text = [
      'FROM debian:12',
      'RUN a',
      'RUN b',
      'WORKDIR /x',
      'RUN a',
      'RUN ["b"]',
      'RUN c',
      'RUN <<EOF',
      'echo',
      'EOF',
      'RUN d',
      'RUN --mount=type=cache,target=/root/.cache e',
      'RUN f',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
