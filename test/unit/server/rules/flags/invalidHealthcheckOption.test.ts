import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';
import { parseGoDuration } from '../../../../../server/src/rules/flags/invalidHealthcheckOption';

describe('rule InvalidHealthcheckOption', () => {
  it('reports durations Go cannot parse, and ones below 1ms', () => {
    const text = 'FROM alpine\nHEALTHCHECK --interval=30 --timeout=5sec --start-period=-1s --start-interval=500us CMD true\n';
    assert.deepEqual(findingsOf('InvalidHealthcheckOption', text), [
      ['error', '1:23-1:25', "'30' is not a duration for --interval: write a number with a unit, such as 30s, 1m30s or 500ms."],
      ['error', '1:36-1:40', "'5sec' is not a duration for --timeout: write a number with a unit, such as 30s, 1m30s or 500ms."],
      ['error', '1:56-1:59', '--start-period must be 0 or at least 1ms, not -1s.'],
      ['error', '1:77-1:82', '--start-interval must be 0 or at least 1ms, not 500us.'],
    ]);
  });

  it('reports retries that are not a non-negative whole number', () => {
    const text = 'FROM alpine\nHEALTHCHECK --retries=three CMD true\nHEALTHCHECK --retries=-1 CMD true\nHEALTHCHECK --retries=$N CMD true\n';
    assert.deepEqual(findingsOf('InvalidHealthcheckOption', text), [
      ['error', '1:22-1:27', "'three' is not a number of retries: write a whole number such as 3."],
      ['error', '2:22-2:24', '--retries cannot be negative (-1).'],
      ['error', '3:22-3:24', "'$N' is not a number of retries: write a whole number such as 3."],
    ]);
  });

  it('reports arguments after HEALTHCHECK NONE', () => {
    assert.deepEqual(findingsOf('InvalidHealthcheckOption', 'FROM alpine\nHEALTHCHECK NONE CMD true\n'), [['error', '1:17-1:25', 'HEALTHCHECK NONE takes no arguments.']]);
  });

  it('accepts Go durations, zero, retries, and flags on HEALTHCHECK NONE', () => {
    const text = 'FROM alpine\nHEALTHCHECK --interval=1m30s --timeout=0 --start-period=1.5s --start-interval=1ms --retries=0 CMD true\nHEALTHCHECK --interval=bogus NONE\n';
    assert.deepEqual(findingsOf('InvalidHealthcheckOption', text), []);
  });

  it('parses durations as Go does', () => {
    assert.equal(parseGoDuration('1h2m3.5s'), 3723.5e9);
    assert.equal(parseGoDuration('.5ms'), 0.5e6);
    assert.equal(parseGoDuration('-0'), 0);
    assert.equal(parseGoDuration('1.s'), 1e9);
    assert.equal(parseGoDuration('5µs'), 5e3);
    assert.equal(parseGoDuration('.s'), undefined);
    assert.equal(parseGoDuration('1d'), undefined);
    assert.equal(parseGoDuration('1.5.5s'), undefined);
    assert.equal(parseGoDuration(''), undefined);
  });
});
