import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

const ID = 'InvalidOnbuild';

describe('rule InvalidOnbuild', () => {
  it('reports ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER', () => {
    const text = 'FROM alpine:3.20\nONBUILD ONBUILD RUN x\nONBUILD from alpine\nONBUILD MAINTAINER me\n';
    assert.deepEqual(findingsOf(ID, text), [
      ['error', '1:8-1:15', 'ONBUILD cannot be chained: ONBUILD ONBUILD is not allowed.'],
      ['error', '2:8-2:12', 'from is not allowed as an ONBUILD trigger.'],
      ['error', '3:8-3:18', 'MAINTAINER is not allowed as an ONBUILD trigger.'],
    ]);
  });

  it('removes the repeated ONBUILD', () => {
    assert.equal(applyFirstFix(ID, 'FROM alpine:3.20\nONBUILD ONBUILD RUN echo hi\n'), 'FROM alpine:3.20\nONBUILD RUN echo hi\n');
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nONBUILD FROM x\n', { locale: 'zh-cn' }), [['error', '1:8-1:12', 'FROM 不能作为 ONBUILD 的触发指令。']]);
  });

  it('accepts other triggers', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nONBUILD RUN echo\nONBUILD COPY . /app\nONBUILD\n'), []);
  });
});
