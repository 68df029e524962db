import assert from 'node:assert/strict';
import { parseDockerfile } from '../../../server/src/parser/parser';

describe('parser', () => {
  it('reads parser directives at the top only, case-insensitively', () => {
    const syntax = parseDockerfile('# Syntax=docker/dockerfile:1\n#escape=`\nFROM scratch\n# check=skip=all\n');
    assert.deepEqual(syntax.directives.map((d) => [d.name, d.value]), [['syntax', 'docker/dockerfile:1'], ['escape', '`']]);
    assert.equal(syntax.escapeChar, '`');
    assert.deepEqual(syntax.directives[0].valueRange, { start: { line: 0, character: 9 }, end: { line: 0, character: 28 } });
    assert.equal(syntax.comments.length, 1, 'a directive after an instruction is a comment');
  });

  it('gives each instruction its keyword, exact keyword range and joined arguments', () => {
    const syntax = parseDockerfile('FROM alpine:3.20 AS build\n  run echo hi\n');
    assert.deepEqual(syntax.instructions.map((i) => [i.name, i.keyword, i.args]), [['FROM', 'FROM', 'alpine:3.20 AS build'], ['RUN', 'run', 'echo hi']]);
    assert.deepEqual(syntax.instructions[1].keywordRange, { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } });
  });

  it('joins continuation lines and skips comment and empty lines inside them', () => {
    const syntax = parseDockerfile('RUN apt-get update \\\n# a comment\n\n    && apt-get install -y curl\nUSER app\n');
    assert.equal(syntax.instructions.length, 2);
    assert.equal(syntax.instructions[0].args, 'apt-get update     && apt-get install -y curl');
    assert.deepEqual(syntax.instructions[0].range.end, { line: 3, character: 30 });
    assert.equal(syntax.instructions[1].name, 'USER');
  });

  it('uses the backtick as the continuation when the escape directive says so', () => {
    const syntax = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir C:\\ `\n    && echo done\n');
    assert.equal(syntax.instructions.length, 2);
    assert.equal(syntax.instructions[1].args, 'dir C:\\     && echo done');
  });

  it('accepts CRLF line endings and a continuation at the end of the file', () => {
    const syntax = parseDockerfile('FROM busybox\r\nRUN echo a \\\r\n');
    assert.deepEqual(syntax.instructions.map((i) => i.name), ['FROM', 'RUN']);
    assert.deepEqual(syntax.instructions[0].range.end, { line: 0, character: 12 });
  });

  it('keeps heredoc bodies out of the instruction list', () => {
    const text = ['FROM busybox', 'RUN <<EOF', 'NOTAN instruction', 'EOF', 'COPY <<-"A" /a <<B /b', '\tbody $x', '\tA', 'b body', 'B', 'CMD ["sh"]'].join('\n');
    const syntax = parseDockerfile(text);
    assert.deepEqual(syntax.instructions.map((i) => i.name), ['FROM', 'RUN', 'COPY', 'CMD']);
    const copy = syntax.instructions[2];
    assert.deepEqual(copy.heredocs.map((h) => [h.name, h.stripTabs, h.quoted, h.terminated]), [['A', true, true, true], ['B', false, false, true]]);
    assert.deepEqual(copy.range.end, { line: 8, character: 1 });
  });

  it('runs an unterminated heredoc to the end of the file', () => {
    const syntax = parseDockerfile('FROM busybox\nRUN <<EOF\necho hi\n');
    assert.equal(syntax.instructions.length, 2);
    assert.equal(syntax.instructions[1].heredocs[0].terminated, false);
  });

  it('does not take quoted << or a here-string for a heredoc', () => {
    const syntax = parseDockerfile('FROM busybox\nRUN echo "<<EOF" && cat <<< "x"\nUSER nobody\n');
    assert.deepEqual(syntax.instructions.map((i) => [i.name, i.heredocs.length]), [['FROM', 0], ['RUN', 0], ['USER', 0]]);
  });

  it('measures columns in UTF-16 code units', () => {
    const syntax = parseDockerfile('LABEL 说明="容器 🚢"\nRUNN x\n');
    // 6 + 说明(2) + ="(2) + 容器(2) + space + 🚢(2, a surrogate pair) + " = 16
    assert.deepEqual(syntax.instructions[0].range.end, { line: 0, character: 16 });
    assert.deepEqual(syntax.instructions[1].keywordRange.end, { line: 1, character: 4 });
  });
});
