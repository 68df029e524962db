import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'InvalidStageReference';

describe('rule InvalidStageReference', () => {
  it('reports a stage that copies or mounts from itself, by name or index', () => {
    const text = 'FROM alpine:3.20 AS build\nCOPY --from=build /a /b\nCOPY --from=0 /a /b\nRUN --mount=type=bind,from=BUILD,target=/x true\n';
    assert.deepEqual(findingsOf(ID, text), [
      ['error', '1:12-1:17', "Stage 'build' cannot use itself as a source (circular dependency)."],
      ['error', '2:12-2:13', "Stage 'build' cannot use itself as a source (circular dependency)."],
      ['error', '3:12-3:42', "Stage 'build' cannot use itself as a source (circular dependency)."],
    ]);
  });

  it('reports stages that depend on each other in a circle', () => {
    const text = 'FROM alpine:3.20 AS a\nCOPY --from=c /x /x\nFROM alpine:3.20 AS b\nCOPY --from=a /x /x\nFROM alpine:3.20 AS c\nCOPY --from=b /x /x\nFROM alpine:3.20\nCOPY --from=c /x /x\n';
    assert.deepEqual(findingsOf(ID, text), [
      ['error', '1:12-1:13', "Circular dependency: stage 'a' uses stage 'c', which depends back on 'a'."],
      ['error', '3:12-3:13', "Circular dependency: stage 'b' uses stage 'a', which depends back on 'b'."],
      ['error', '5:12-5:13', "Circular dependency: stage 'c' uses stage 'b', which depends back on 'c'."],
    ]);
  });

  it('reports a stage index that does not exist', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=2 /a /b\nCOPY --from=-1 /a /b\n'), [
      ['error', '2:12-2:13', 'There is no stage with index 2: stages are numbered from 0 to 1.'],
      ['error', '3:12-3:14', 'There is no stage with index -1: stages are numbered from 0 to 1.'],
    ]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20 AS a\nCOPY --from=a x y\n', { locale: 'zh-cn' }), [['error', '1:12-1:13', '阶段“a”不能把自身用作来源（循环依赖）。']]);
  });

  it('accepts earlier and later stages, images and variables', () => {
    const text = [
      'FROM alpine:3.20 AS a',
      'COPY --from=later /x /x',
      'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
      'FROM alpine:3.20 AS later',
      'FROM alpine:3.20 AS c',
      'COPY --from=a /x /x',
      'COPY --from=1 /x /x',
      'RUN --mount=type=cache,target=/root/.cache --mount=from=a,target=/a true',
      'FROM c',
      'COPY --from=$STAGE /x /x',
      'RUN --mount=type=tmpfs,target=/tmp true',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('counts images met before an index, which BuildKit numbers after the stages', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nCOPY --from=busybox:1.36 /bin/sh /sh\nCOPY --from=1 /a /b\n'), []);
    // A mount without from= counts as one too.
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nRUN --mount=type=cache,target=/x true\nCOPY --from=1 /a /b\n'), []);
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nRUN --mount=type=cache,target=/x true\nCOPY --from=2 /a /b\n'), [
      ['error', '2:12-2:13', 'There is no stage with index 2: stages are numbered from 0 to 0.'],
    ]);
  });

  it('reads the from= of a mount in any case', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20 AS a\nRUN --mount=type=bind,FROM=A,target=/x true\n'), [
      ['error', '1:12-1:38', "Stage 'a' cannot use itself as a source (circular dependency)."],
    ]);
  });
});
