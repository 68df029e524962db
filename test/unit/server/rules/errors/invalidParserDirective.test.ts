import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'InvalidParserDirective';

describe('rule InvalidParserDirective', () => {
  it('reports an escape character other than backslash or backtick', () => {
    assert.deepEqual(findingsOf(ID, '# escape=/\nFROM alpine:3.20\n'), [['error', '0:9-0:10', "Invalid escape character '/': use a backslash (\\) or a backtick (`)."]]);
  });

  it('reports a directive given twice', () => {
    assert.deepEqual(findingsOf(ID, '# syntax=docker/dockerfile:1\n# ESCAPE=`\n# escape=`\n# Syntax=docker/dockerfile:1\nFROM alpine:3.20\n'), [
      ['error', '2:0-2:10', "Only one 'escape' parser directive can be used."],
      ['error', '3:0-3:28', "Only one 'syntax' parser directive can be used."],
    ]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, '# escape=x\nFROM alpine:3.20\n', { locale: 'zh-cn' }), [['error', '0:9-0:10', '转义字符“x”无效：请使用反斜杠（\\）或反引号（`）。']]);
  });

  it('accepts valid directives and ignores what comes after the directives end', () => {
    assert.deepEqual(findingsOf(ID, '# escape=`\n# check=skip=all\nFROM alpine:3.20\n'), []);
    assert.deepEqual(findingsOf(ID, '# escape=\\\nFROM alpine:3.20\n'), []);
    assert.deepEqual(findingsOf(ID, '# foo=bar\n# escape=x\nFROM alpine:3.20\n'), []);
    assert.deepEqual(findingsOf(ID, '# a comment\n# escape=x\nFROM alpine:3.20\n'), []);
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\n# escape=x\n# escape=y\n'), []);
  });
});
