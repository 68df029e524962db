import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'ExtraArguments';

describe('rule ExtraArguments', () => {
  it('reports FROM with more than an image and AS name', () => {
    const text = 'FROM alpine:3.20 alpine:3.19\nFROM alpine:3.20 base extra\nFROM alpine:3.20 AS base extra\n';
    assert.deepEqual(findingsOf(ID, text), [
      ['error', '0:17-0:28', "FROM takes an image and optionally 'AS name'; remove the extra arguments."],
      ['error', '1:17-1:27', "FROM takes an image and optionally 'AS name'; remove the extra arguments."],
      ['error', '2:25-2:30', "FROM takes an image and optionally 'AS name'; remove the extra arguments."],
    ]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM a b\n', { locale: 'zh-cn' }), [['error', '0:7-0:8', 'FROM 只接受一个镜像，以及可选的“AS 名称”；请删除多余的参数。']]);
  });

  it('accepts FROM image and FROM image AS name, with flags', () => {
    assert.deepEqual(findingsOf(ID, 'FROM --platform=$BUILDPLATFORM golang:1.22 as build\nFROM scratch\n'), []);
    // `FROM image AS` without a name is InvalidStageName's.
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20 AS\n'), []);
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\tAS  b\n'), []);
  });

  it('counts AS only as the second field', () => {
    assert.deepEqual(findingsOf(ID, 'FROM a x\tAS\n'), [['error', '0:7-0:11', "FROM takes an image and optionally 'AS name'; remove the extra arguments."]]);
  });
});
