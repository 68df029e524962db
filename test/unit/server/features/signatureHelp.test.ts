import assert from 'node:assert/strict';
import { signatureHelp } from '../../../../server/src/features/signatureHelp';
import { buildModel } from '../../../../server/src/model/model';
import { parseDockerfile } from '../../../../server/src/parser/parser';

/** [active signature label, active parameter text (or null)] at the position. */
function help(text: string, line: number, character: number, locale: 'en' | 'zh-cn' = 'en'): [string, string | null] | undefined {
  const syntax = parseDockerfile(text);
  const result = signatureHelp(syntax, buildModel(syntax), { line, character }, locale);
  if (!result) return undefined;
  const signature = result.signatures[result.activeSignature ?? 0];
  const index = result.activeParameter;
  if (index === null || index === undefined) return [signature.label, null];
  const label = signature.parameters?.[index].label;
  assert.ok(Array.isArray(label));
  return [signature.label, signature.label.slice(label[0], label[1])];
}

const COPY = 'COPY [--from=<image|stage|context>] [--chown=<user>:<group>] [--chmod=<perms>] [--link[=<boolean>]] [--parents[=<boolean>]] [--exclude=<path>] <src>... <dest>';
const FROM = 'FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]';

describe('signature help', () => {
  it('follows the cursor through the flags and the sources and destination of COPY', () => {
    const text = 'COPY --chown=a:b src1 src2 dest';
    assert.deepEqual(help(text, 0, 8), [COPY, '[--chown=<user>:<group>]']);
    assert.deepEqual(help(text, 0, 19), [COPY, '<src>...']);
    assert.deepEqual(help(text, 0, 24), [COPY, '<src>...']);
    assert.deepEqual(help(text, 0, 30), [COPY, '<dest>']);
    assert.deepEqual(help('COPY a ', 0, 7), [COPY, '<dest>']);
    assert.deepEqual(help('COPY ', 0, 5), [COPY, '<src>...']);
  });

  it('picks the exec form when the arguments start with [', () => {
    const exec = COPY.replace('<src>... <dest>', '["<src>", ... "<dest>"]');
    assert.deepEqual(help('COPY ["a", "b"]', 0, 9), [exec, '["<src>", ... "<dest>"]']);
    assert.deepEqual(help('CMD ["sh"]', 0, 6), ['CMD ["<executable>", "<param>", ...]', '["<executable>", "<param>", ...]']);
    assert.deepEqual(help('CMD sh', 0, 6), ['CMD <command>', '<command>']);
  });

  it('shows FROM with the image, then the stage name', () => {
    assert.deepEqual(help('FROM alpine AS x', 0, 7), [FROM, '<image>[:<tag>|@<digest>]']);
    assert.deepEqual(help('FROM alpine AS x', 0, 13), [FROM, '[AS <name>]']);
    assert.deepEqual(help('FROM --platform=linux/amd64 alpine', 0, 20), [FROM, '[--platform=<platform>]']);
  });

  it('matches a flag being typed by its prefix, and marks none for an unknown flag', () => {
    assert.deepEqual(help('RUN --mo', 0, 8), ['RUN [--mount=<mount>] [--network=<network>] [--security=<security>] <command>', '[--mount=<mount>]']);
    assert.deepEqual(help('RUN --bogus=1 x', 0, 8), ['RUN [--mount=<mount>] [--network=<network>] [--security=<security>] <command>', null]);
  });

  it('knows HEALTHCHECK NONE and the CMD of HEALTHCHECK', () => {
    assert.deepEqual(help('HEALTHCHECK NONE', 0, 14), ['HEALTHCHECK NONE', 'NONE']);
    assert.equal(help('HEALTHCHECK --interval=5s CMD true', 0, 30)?.[1], 'CMD <command>');
  });

  it('shows the instruction ONBUILD carries once the cursor is past its keyword', () => {
    assert.deepEqual(help('ONBUILD RUN echo', 0, 10), ['ONBUILD <INSTRUCTION>', '<INSTRUCTION>']);
    assert.equal(help('ONBUILD RUN echo', 0, 14)?.[1], '<command>');
  });

  it('moves to the repeated parameter after the first pair', () => {
    assert.deepEqual(help('ENV A=1 B=2', 0, 5), ['ENV <key>=<value> [<key>=<value>...]', '<key>=<value>']);
    assert.deepEqual(help('ENV A=1 B=2', 0, 9), ['ENV <key>=<value> [<key>=<value>...]', '[<key>=<value>...]']);
  });

  it('localises the words of the labels, not the keywords or flags', () => {
    assert.deepEqual(help('FROM alpine', 0, 7, 'zh-cn'), ['FROM [--platform=<平台>] <镜像>[:<标签>|@<摘要>] [AS <名称>]', '<镜像>[:<标签>|@<摘要>]']);
    assert.deepEqual(help('ARG X', 0, 5, 'zh-cn'), ['ARG <名称>[=<默认值>] [<名称>[=<默认值>]...]', '<名称>[=<默认值>]']);
  });

  it('gives nothing inside the keyword, in a heredoc body, between instructions or for unknown instructions', () => {
    assert.equal(help('FROM alpine', 0, 2), undefined);
    assert.equal(help('FROM a\nRUN <<EOF\necho\nEOF', 2, 2), undefined);
    assert.equal(help('FROM a\n\nRUN x', 1, 0), undefined);
    assert.equal(help('FOO bar', 0, 5), undefined);
  });

  it('carries the documentation of the instruction and its flags', () => {
    const syntax = parseDockerfile('COPY --from=a /b /c');
    const result = signatureHelp(syntax, buildModel(syntax), { line: 0, character: 8 }, 'en');
    const signature = result?.signatures[0];
    assert.ok(signature?.documentation, 'instruction documentation');
    assert.equal(typeof signature?.parameters?.[0].documentation, 'string');
  });
});
