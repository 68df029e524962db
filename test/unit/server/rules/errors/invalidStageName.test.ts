import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

const ID = 'InvalidStageName';

describe('rule InvalidStageName', () => {
  it('reports stage names BuildKit rejects', () => {
    const text = 'FROM alpine:3.20 AS 1st\nFROM alpine:3.20 as my/stage\nFROM alpine:3.20 AS $NAME\nFROM alpine:3.20 AS _x\n';
    const message = (name: string) => `Invalid stage name '${name}': it must start with a letter and contain only letters, digits, '-', '_' and '.'.`;
    assert.deepEqual(findingsOf(ID, text), [
      ['error', '0:20-0:23', message('1st')],
      ['error', '1:20-1:28', message('my/stage')],
      ['error', '2:20-2:25', message('$NAME')],
      ['error', '3:20-3:22', message('_x')],
    ]);
  });

  it('reports AS without a name', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20 as\n'), [['error', '0:17-0:19', 'as must be followed by a stage name.']]);
  });

  it('names a nameless stage after its image', () => {
    assert.equal(applyFirstFix(ID, 'FROM golang:1.22 AS\nRUN go build\n'), 'FROM golang:1.22 AS golang\nRUN go build\n');
    assert.equal(applyFirstFix(ID, 'FROM registry.local:5000/team/My_App@sha256:abc as\n'), 'FROM registry.local:5000/team/My_App@sha256:abc as my_app\n');
    assert.equal(applyFirstFix(ID, 'FROM $BASE AS\n'), 'FROM $BASE AS stage\n');
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20 AS 1x\n', { locale: 'zh-cn' }), [['error', '0:20-0:22', '阶段名称“1x”无效：必须以字母开头，且只能包含字母、数字、“-”、“_”和“.”。']]);
  });

  it('accepts valid names in any case', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20 AS Build-Stage_1.0\nFROM build-stage_1.0 AS x\nFROM scratch\n'), []);
    // Tabs between the fields; the Kelvin sign lower-cases to `k`, as in Go.
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\tas\tb.1\nFROM alpine:3.20 AS \u212Aelvin\n'), []);
  });
});
