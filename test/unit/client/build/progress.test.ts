import assert from 'node:assert/strict';
import { CliOutputParser, LineSplitter, lineOfBuildKitStep, lineOfClassicStep, parseClassicMessage } from '../../../../client/src/engine/build/progress';
import { BuildError } from '../../../../client/src/engine/build/request';
import { failingLine } from '../../../../client/src/commands/images/build/failingLine';
import { buildInfo } from '../../../../server/src/features/buildInfo';
import { buildModel } from '../../../../server/src/model/model';
import { parseDockerfile } from '../../../../server/src/parser/parser';

describe('build progress', () => {
  it('splits chunks into lines, keeping a partial line for later', () => {
    const splitter = new LineSplitter();
    assert.deepEqual(splitter.push('{"a":1}\r\n{"b"'), ['{"a":1}']);
    assert.deepEqual(splitter.push(':2}\n'), ['{"b":2}']);
    assert.deepEqual(splitter.push('tail'), []);
    assert.deepEqual(splitter.end(), ['tail']);
  });

  it('reads the classic builder JSON stream: steps, output, image id, errors', () => {
    assert.deepEqual(parseClassicMessage('{"stream":"Step 3/7 : RUN echo one"}'), [
      { kind: 'step', step: 3, total: 7, instruction: 'RUN echo one' },
      { kind: 'output', text: 'Step 3/7 : RUN echo one' },
    ]);
    assert.deepEqual(parseClassicMessage('{"stream":" ---\\u003e Running in 8ce8\\n"}'), [{ kind: 'output', text: ' ---> Running in 8ce8\n' }]);
    assert.deepEqual(parseClassicMessage('{"aux":{"ID":"sha256:abc"}}'), [{ kind: 'imageId', id: 'sha256:abc' }]);
    const error = "The command '/bin/sh -c false' returned a non-zero code: 1";
    assert.deepEqual(parseClassicMessage(JSON.stringify({ errorDetail: { code: 1, message: error }, error })), [
      { kind: 'output', text: `${error}\n` },
      { kind: 'error', message: error },
    ]);
    assert.deepEqual(parseClassicMessage('   '), []);
    assert.deepEqual(parseClassicMessage('not json'), [{ kind: 'output', text: 'not json\n' }]);
  });

  it("reads BuildKit's plain progress: steps with and without a stage, the failing line and message", () => {
    const parser = new CliOutputParser();
    assert.deepEqual(parser.line('#5 [2/4] RUN apk add curl')[0], { kind: 'step', step: 2, total: 4, instruction: 'RUN apk add curl' });
    assert.deepEqual(parser.line('#7 [build 3/5] COPY . .')[0], { kind: 'step', step: 3, total: 5, stage: 'build', instruction: 'COPY . .' });
    assert.equal(parser.line('#1 [internal] load build definition from Dockerfile')[0]?.kind, 'output');
    for (const line of [
      '#8 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1',
      '------',
      ' > [build 3/5] RUN false:',
      '------',
      'Dockerfile:9',
      '--------------------',
      '   9 | >>> RUN false',
      '--------------------',
      'ERROR: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1',
    ]) parser.line(line);
    assert.deepEqual(parser.failure(1, ''), { kind: 'error', message: 'process "/bin/sh -c false" did not complete successfully: exit code: 1', line: 9 });
  });

  it("reads the CLI's classic output and falls back to stderr when nothing was recognised", () => {
    const parser = new CliOutputParser();
    assert.deepEqual(parser.line('Step 2/3 : RUN false')[0], { kind: 'step', step: 2, total: 3, instruction: 'RUN false' });
    parser.line("The command '/bin/sh -c false' returned a non-zero code: 1");
    assert.deepEqual(parser.failure(1, 'whatever'), { kind: 'error', message: "The command '/bin/sh -c false' returned a non-zero code: 1" });
    assert.deepEqual(new CliOutputParser().failure(125, 'unknown flag: --bogus\n'), { kind: 'error', message: 'unknown flag: --bogus' });
  });
});

describe('failing step to Dockerfile line', () => {
  const text = ['# syntax=docker/dockerfile:1', 'ARG A=1', 'FROM berth/busybox:latest AS one', 'RUN echo one', '', '# c', 'FROM berth/busybox:latest AS two', 'ARG B=2', 'RUN echo two && \\', '  false', 'RUN echo three'].join('\n');
  const syntax = parseDockerfile(text);
  const info = buildInfo(syntax, buildModel(syntax));

  it('classic: step N is the N-th instruction, global ARGs included', () => {
    assert.equal(lineOfClassicStep(6, info.instructionLines), 8);
    assert.equal(lineOfClassicStep(1, info.instructionLines), 1);
    assert.equal(lineOfClassicStep(0, info.instructionLines), undefined);
    assert.equal(lineOfClassicStep(99, info.instructionLines), undefined);
    assert.equal(failingLine(new BuildError('x', { step: 6, total: 7, instruction: 'RUN echo two &&   false' }), 'classic', info), 8);
  });

  it('BuildKit: the N-th instruction of the named stage, or the line BuildKit named', () => {
    const stages = info.stages.map((s) => ({ name: s.name, instructionLines: s.instructionLines }));
    assert.equal(lineOfBuildKitStep({ stage: 'two', step: 3 }, stages), 8);
    assert.equal(lineOfBuildKitStep({ stage: 'ONE', step: 2 }, stages), 3);
    assert.equal(lineOfBuildKitStep({ step: 4 }, stages), 10, 'no stage: the last stage');
    assert.equal(failingLine(new BuildError('x', { step: 3, total: 4, stage: 'two', instruction: 'RUN' }), 'buildkit', info), 8);
    assert.equal(failingLine(new BuildError('x', undefined, 11), 'buildkit', info), 10);
    assert.equal(failingLine(new BuildError('x', undefined), 'classic', info), undefined);
  });

  it('the language server reports ARGs with defaults, stages and BuildKit-only features', () => {
    assert.deepEqual(info.args, [
      { name: 'A', defaultValue: '1', stage: undefined },
      { name: 'B', defaultValue: '2', stage: 'two' },
    ]);
    assert.deepEqual(info.stages.map((s) => [s.name, s.base]), [['one', 'berth/busybox:latest'], ['two', 'berth/busybox:latest']]);
    assert.deepEqual(info.buildKitOnly, [{ feature: '# syntax=', line: 0 }]);
    const more = parseDockerfile('FROM a\nRUN --mount=type=cache,target=/c true\nCOPY --link --chmod=755 x /x\nRUN <<EOF\necho\nEOF\nCOPY --chown=1 y /y\n');
    assert.deepEqual(buildInfo(more, buildModel(more)).buildKitOnly.map((u) => `${u.feature}@${u.line}`), ['RUN --mount@1', 'COPY --link@2', 'COPY --chmod@2', 'RUN <<heredoc@3']);
  });
});
