import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('rule InvalidSecurityFlag', () => {
  it('reports an unknown security mode on its value, with a fix', () => {
    const text = 'FROM alpine\nRUN --security=insecur x\n';
    assert.deepEqual(findingsOf('InvalidSecurityFlag', text), [
      ['error', '1:15-1:22', "'insecur' is not a security mode for RUN --security: use one of sandbox, insecure. Did you mean 'insecure'?"],
    ]);
    assert.equal(applyFirstFix('InvalidSecurityFlag', text), 'FROM alpine\nRUN --security=insecure x\n');
  });

  it('reports values nothing is close to, and the instruction ONBUILD carries', () => {
    assert.deepEqual(findingsOf('InvalidSecurityFlag', 'FROM alpine\nONBUILD RUN --security=privileged x\n'), [
      ['error', '1:23-1:33', "'privileged' is not a security mode for RUN --security: use one of sandbox, insecure."],
    ]);
  });

  it('accepts sandbox and insecure', () => {
    assert.deepEqual(findingsOf('InvalidSecurityFlag', 'FROM alpine\nRUN --security=sandbox a\nRUN --security=insecure a\n'), []);
  });
});
