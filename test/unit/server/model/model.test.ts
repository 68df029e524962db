import assert from 'node:assert/strict';
import { buildModel } from '../../../../server/src/model/model';
import { stageReferences } from '../../../../server/src/model/references';
import { lookupVariable, variablesInScope } from '../../../../server/src/model/scope';
import { parseDockerfile } from '../../../../server/src/parser/parser';

const modelOf = (text: string) => buildModel(parseDockerfile(text));

describe('semantic model', () => {
  const text = [
    'ARG BASE=alpine:3.20', //            0
    'ARG VERSION=1.0', //                 1
    'FROM ${BASE} AS Build', //           2
    'ARG VERSION', //                     3
    'ENV APP=/app', //                    4
    'RUN echo $VERSION $APP', //          5
    'FROM build AS test', //              6
    'ARG APP=overridden', //              7
    'RUN --mount=type=cache,from=build,target=/x make', // 8
    'FROM alpine', //                     9
    'COPY --from=0 /a /b', //             10
    'COPY --from=nginx:1.27 /etc/nginx /n', // 11
  ].join('\n');
  const model = modelOf(text);
  const at = (line: number) => model.syntax.instructions.find((i) => i.range.start.line === line)!;

  it('finds stages with their names, bases and instructions, and the global ARGs', () => {
    assert.deepEqual(model.stages.map((s) => [s.index, s.name, s.base, s.instructions.length]), [[0, 'Build', '${BASE}', 3], [1, 'test', 'build', 2], [2, undefined, 'alpine', 2]]);
    assert.deepEqual(model.globalArgs.map((a) => [a.name, a.value]), [['BASE', 'alpine:3.20'], ['VERSION', '1.0']]);
    assert.equal(model.findStage('BUILD'), model.stages[0], 'stage names are case-insensitive');
    assert.equal(model.findStage('2'), model.stages[2]);
  });

  it('resolves variables by scope: globals in FROM, re-declared ARGs, ENV, inheritance', () => {
    assert.equal(lookupVariable(model, at(2), 'BASE')?.value, 'alpine:3.20');
    assert.equal(lookupVariable(model, at(2), 'TARGETPLATFORM')?.declaration, undefined, 'predefined in FROM');
    assert.equal(lookupVariable(model, at(5), 'TARGETPLATFORM'), undefined, 'not inside a stage without ARG');
    assert.equal(lookupVariable(model, at(5), 'BASE'), undefined, 'a global ARG is not visible inside a stage');
    const version = lookupVariable(model, at(5), 'VERSION');
    assert.equal(version?.value, '1.0', 'ARG VERSION takes the global default');
    assert.equal(version?.globalDefault?.instruction.range.start.line, 1);
    assert.equal(lookupVariable(model, at(4), 'APP'), undefined, 'not visible on its own line');
    assert.equal(lookupVariable(model, at(5), 'APP')?.value, '/app');
    assert.equal(lookupVariable(model, at(8), 'APP')?.value, '/app', 'ENV from the parent stage wins over ARG');
    assert.deepEqual([...variablesInScope(model, at(10)).keys()], [], 'a stage from an image inherits nothing');
  });

  it('lists references between stages, telling stages from images', () => {
    const refs = stageReferences(model).map((r) => [r.kind, r.text, r.stage?.index, r.range.start.line, r.range.start.character, r.range.end.character]);
    assert.deepEqual(refs, [
      ['from', '${BASE}', undefined, 2, 5, 12],
      ['from', 'build', 0, 6, 5, 10],
      ['mount', 'build', 0, 8, 28, 33],
      ['from', 'alpine', undefined, 9, 5, 11],
      ['copy', '0', 0, 10, 12, 13],
      ['copy', 'nginx:1.27', undefined, 11, 12, 22],
    ]);
  });
});
