import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check StageNameCasing', () => {
  it('warns on an upper-case stage name, on the name', () => {
    assert.deepEqual(findingsOf('StageNameCasing', 'FROM alpine AS Builder\nRUN true\n'), [
      ['warning', '0:15-0:22', "Stage name 'Builder' should be lowercase"],
    ]);
  });

  it('says nothing of lower-case names or stages without a name', () => {
    assert.deepEqual(findingsOf('StageNameCasing', 'FROM alpine AS builder\nFROM alpine\nFROM --platform=$BUILDPLATFORM alpine AS build-2\n'), []);
  });

  it('renames the stage and its references in lower case', () => {
    const text = 'FROM alpine AS Builder\nRUN true\nFROM Builder AS next\nCOPY --from=builder /a /b\nRUN --mount=type=cache,from=BUILDER,target=/x true\n';
    assert.equal(
      applyFirstFix('StageNameCasing', text),
      'FROM alpine AS builder\nRUN true\nFROM builder AS next\nCOPY --from=builder /a /b\nRUN --mount=type=cache,from=builder,target=/x true\n',
    );
  });

  it('is silenced by # check=skip', () => {
    assert.deepEqual(findingsOf('StageNameCasing', '# check=skip=StageNameCasing\nFROM alpine AS Builder\n'), []);
  });
});
