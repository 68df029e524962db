import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'InvalidHealthcheck';

describe('rule InvalidHealthcheck', () => {
  it('reports a type other than CMD or NONE', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nHEALTHCHECK --interval=5s curl -f http://localhost/\nHEALTHCHECK CMD-SHELL x\n'), [
      ['error', '1:26-1:30', "Unknown HEALTHCHECK type 'curl': use HEALTHCHECK CMD <command> or HEALTHCHECK NONE."],
      ['error', '2:12-2:21', "Unknown HEALTHCHECK type 'CMD-SHELL': use HEALTHCHECK CMD <command> or HEALTHCHECK NONE."],
    ]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nHEALTHCHECK RUN x\n', { locale: 'zh-cn' }), [['error', '1:12-1:15', '未知的 HEALTHCHECK 类型“RUN”：请使用 HEALTHCHECK CMD <命令> 或 HEALTHCHECK NONE。']]);
  });

  it('accepts CMD and NONE in any case', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nHEALTHCHECK cmd true\nHEALTHCHECK none\nHEALTHCHECK CMD ["true"]\n'), []);
  });
});
