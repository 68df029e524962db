import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check ConsistentInstructionCasing', () => {
  it('warns on keywords that do not follow the upper-case majority', () => {
    assert.deepEqual(findingsOf('ConsistentInstructionCasing', 'FROM alpine\ncopy a /a\nCOPY b /b\nRun true\n'), [
      ['warning', '1:0-1:4', "Command 'copy' should match the case of the command majority (uppercase)"],
      ['warning', '3:0-3:3', "Command 'Run' should match the case of the command majority (uppercase)"],
    ]);
  });

  it('follows a lower-case majority, and counts FROM', () => {
    assert.deepEqual(findingsOf('ConsistentInstructionCasing', 'FROM scratch\ncopy a /a\ncopy b /b\ncopy c /c\n'), [
      ['warning', '0:0-0:4', "Command 'FROM' should match the case of the command majority (lowercase)"],
    ]);
  });

  it('takes upper case on a tie and ignores the ARGs before FROM', () => {
    assert.deepEqual(findingsOf('ConsistentInstructionCasing', 'arg A\narg B\narg C\nFROM alpine\nrun true\n'), [
      ['warning', '4:0-4:3', "Command 'run' should match the case of the command majority (uppercase)"],
    ]);
  });

  it('says nothing of a consistent file', () => {
    assert.deepEqual(findingsOf('ConsistentInstructionCasing', 'from alpine\nrun true\ncopy a b\n'), []);
    assert.deepEqual(findingsOf('ConsistentInstructionCasing', 'FROM alpine\nRUN true\nCOPY a b\n'), []);
  });

  it('fixes the keyword to the majority casing', () => {
    assert.equal(applyFirstFix('ConsistentInstructionCasing', 'FROM alpine\nRUN true\nCopy a b\n'), 'FROM alpine\nRUN true\nCOPY a b\n');
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf('ConsistentInstructionCasing', 'FROM alpine\nRUN a\nrun b\n', { locale: 'zh-cn' }), [
      ['warning', '2:0-2:3', '指令“run”应与多数指令的大小写一致（大写）'],
    ]);
  });
});
