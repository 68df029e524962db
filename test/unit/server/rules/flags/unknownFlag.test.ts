import assert from 'node:assert/strict';
import { applyFirstFix, diagnose, findingsOf } from '../helpers';

describe('rule UnknownFlag', () => {
  it('reports a misspelt flag on its name, with a suggestion and a quick fix', () => {
    const text = 'FROM alpine AS build\nFROM alpine\nCOPY --form=build /a /b\n';
    assert.deepEqual(findingsOf('UnknownFlag', text), [['error', '2:7-2:11', "Unknown flag '--form' for COPY. Did you mean '--from'?"]]);
    assert.equal(applyFirstFix('UnknownFlag', text), 'FROM alpine AS build\nFROM alpine\nCOPY --from=build /a /b\n');
  });

  it('says so without a suggestion when nothing is close', () => {
    assert.deepEqual(findingsOf('UnknownFlag', 'FROM alpine\nRUN --privileged make\n'), [['error', '1:6-1:16', "Unknown flag '--privileged' for RUN."]]);
  });

  it('matches flag names case-sensitively, as BuildKit does', () => {
    assert.deepEqual(findingsOf('UnknownFlag', 'FROM --Platform=linux/amd64 alpine\n'), [
      ['error', '0:7-0:15', "Unknown flag '--Platform' for FROM. Did you mean '--platform'?"],
    ]);
  });

  it('reports any flag on instructions that take none, and on the one ONBUILD carries', () => {
    const text = 'FROM alpine\nENV --x=1 A=b\nWORKDIR --chown=1 /app\nONBUILD COPY --chmown=1 a b\nONBUILD --z RUN x\n';
    assert.deepEqual(findingsOf('UnknownFlag', text), [
      ['error', '1:6-1:7', "ENV takes no flags: '--x' is not allowed."],
      ['error', '2:10-2:15', "WORKDIR takes no flags: '--chown' is not allowed."],
      ['error', '3:15-3:21', "Unknown flag '--chmown' for COPY. Did you mean '--chown'?"],
      ['error', '4:10-4:11', "ONBUILD takes no flags: '--z' is not allowed."],
    ]);
  });

  it('speaks Simplified Chinese to a zh-cn client', () => {
    const [diagnostic] = diagnose('FROM alpine\nCOPY --lnk a b\n', { locale: 'zh-cn' }).filter((d) => d.code === 'UnknownFlag');
    assert.equal(diagnostic.message, 'COPY 指令不支持参数标志“--lnk”。您是想用“--link”吗？');
  });

  it('accepts every flag BuildKit declares, and ignores flags BuildKit never parses', () => {
    const text = [
      'FROM --platform=linux/amd64 alpine AS a',
      'RUN --mount=type=cache,target=/c --network=none --security=sandbox --device=/dev/x make',
      'COPY --from=a --chown=1 --chmod=644 --link --parents --exclude=*.md a b',
      'ADD --chown=1 --chmod=644 --link --keep-git-dir --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 --unpack --exclude=x https://example.com/a.tgz /b',
      'HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD true',
      'HEALTHCHECK --whatever NONE',
      'ARG --anything X=1',
      'STOPSIGNAL --anything SIGTERM',
      'COPY -- --from a',
      'RUN make --jobs=4',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf('UnknownFlag', text), []);
  });
});
