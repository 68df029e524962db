import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'InstructionBeforeFrom';

describe('rule InstructionBeforeFrom', () => {
  it('reports each instruction other than ARG before the first FROM', () => {
    assert.deepEqual(findingsOf(ID, 'ARG V=1\nENV A=1\nrun echo\nFROM alpine:3.20\nENV B=2\n'), [
      ['error', '1:0-1:3', 'ENV cannot come before the first FROM: there is no build stage yet (only ARG may).'],
      ['error', '2:0-2:3', 'run cannot come before the first FROM: there is no build stage yet (only ARG may).'],
    ]);
  });

  it('reports a Dockerfile with ARGs but no FROM', () => {
    assert.deepEqual(findingsOf(ID, '# comment\nARG A\nARG B\n'), [['error', '1:0-1:3', 'The Dockerfile has no FROM instruction, so there is no stage to build.']]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'ENV A=1\nFROM alpine:3.20\n', { locale: 'zh-cn' }), [['error', '0:0-0:3', 'ENV 不能出现在第一个 FROM 之前：此时还没有构建阶段（只有 ARG 可以）。']]);
  });

  it('accepts global ARGs, empty files and leaves unknown keywords to UnknownInstruction', () => {
    assert.deepEqual(findingsOf(ID, 'ARG BASE=alpine:3.20\nFROM $BASE\nRUN true\n'), []);
    assert.deepEqual(findingsOf(ID, ''), []);
    assert.deepEqual(findingsOf(ID, '# just a comment\n'), []);
    assert.deepEqual(findingsOf(ID, 'RUNN x\nFROM alpine:3.20\n'), []);
  });
});
