import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check RedundantTargetPlatform', () => {
  it('warns on --platform=$TARGETPLATFORM, on the flag', () => {
    assert.deepEqual(findingsOf('RedundantTargetPlatform', 'FROM --platform=$TARGETPLATFORM alpine\nFROM --platform=${TARGETPLATFORM} alpine AS b\n'), [
      ['warning', '0:5-0:31', 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior'],
      ['warning', '1:5-1:33', 'Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior'],
    ]);
  });

  it('says nothing of other platforms', () => {
    assert.deepEqual(findingsOf('RedundantTargetPlatform', 'FROM --platform=$BUILDPLATFORM alpine\nFROM --platform=linux/$TARGETARCH alpine\n'), []);
  });

  it('removes the flag', () => {
    assert.equal(applyFirstFix('RedundantTargetPlatform', 'FROM --platform=$TARGETPLATFORM alpine AS b\n'), 'FROM alpine AS b\n');
  });
});
