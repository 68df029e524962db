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

describe('parser: arguments', () => {
  const only = (text: string) => parseDockerfile(text).instructions[0];

  it('extracts leading flags with exact name and value ranges', () => {
    const run = only('RUN --mount=type=cache,target=/root/.cache --network=none  go build');
    assert.deepEqual(run.flags.map((f) => [f.name, f.value]), [['mount', 'type=cache,target=/root/.cache'], ['network', 'none']]);
    assert.deepEqual(run.flags[0].nameRange, { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } });
    assert.deepEqual(run.flags[0].valueRange, { start: { line: 0, character: 12 }, end: { line: 0, character: 42 } });
    assert.equal(run.rest.text, 'go build');
    assert.deepEqual(run.words.map((w) => w.text), ['go', 'build']);
  });

  it('takes a flag without a value, stops at the first non-flag and at a bare --', () => {
    const copy = only('COPY --link --from=build /out /app --not-a-flag');
    assert.deepEqual(copy.flags.map((f) => [f.name, f.value]), [['link', undefined], ['from', 'build']]);
    assert.deepEqual(copy.words.map((w) => w.text), ['/out', '/app', '--not-a-flag']);
    assert.deepEqual(only('RUN --network=host -- --weird').words.map((w) => w.text), ['--weird']);
  });

  it('maps argument ranges across continuation lines', () => {
    const run = only('RUN --mount=type=secret,id=x \\\n    cat /run/secrets/x');
    assert.deepEqual(run.words[0].range, { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } });
    assert.deepEqual(run.flags[0].range.end, { line: 0, character: 28 });
  });

  it('recognises the exec form only for a valid JSON array of strings', () => {
    const cmd = only('CMD [ "sh", "-c", "echo \\"hi\\"" ]');
    assert.deepEqual(cmd.execForm?.values.map((v) => v.text), ['sh', '-c', 'echo "hi"']);
    assert.deepEqual(cmd.execForm?.values[1].range, { start: { line: 0, character: 12 }, end: { line: 0, character: 16 } });
    assert.equal(only("CMD ['sh']").execForm, undefined, 'single quotes are not JSON');
    assert.equal(only('CMD ["sh", ]').execForm, undefined);
    assert.equal(only('CMD ["sh" "x"]').execForm, undefined);
    assert.deepEqual(only('ENTRYPOINT []').execForm?.values, []);
  });

  it('finds variable references with their modifiers, but not in single quotes or escaped', () => {
    const env = only('ENV A=$B C=${D:-x} E=\'$F\' G=\\$H I="${J}"');
    assert.deepEqual(env.variables.map((v) => [v.name, v.modifier]), [['B', undefined], ['D', ':-'], ['J', undefined]]);
    assert.deepEqual(env.variables[1].range, { start: { line: 0, character: 11 }, end: { line: 0, character: 18 } });
  });

  it('parses the instruction ONBUILD carries', () => {
    const onbuild = only('ONBUILD COPY --from=x a b');
    assert.equal(onbuild.inner?.name, 'COPY');
    assert.deepEqual(onbuild.inner?.keywordRange, { start: { line: 0, character: 8 }, end: { line: 0, character: 12 } });
    assert.deepEqual(onbuild.inner?.flags.map((f) => f.name), ['from']);
  });

  it('notes empty continuation lines and a continuation at the end of the file', () => {
    const [run, user] = parseDockerfile('RUN a \\\n\n  b\nUSER x \\\n').instructions;
    assert.deepEqual(run.emptyContinuationLines, [1]);
    assert.equal(run.args, 'a   b');
    assert.equal(user.danglingContinuation, true);
  });
});
