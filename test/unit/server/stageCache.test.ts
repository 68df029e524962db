// Diagnostics kept between edits (per instruction, per stage, per staged rule) must be exactly
// what a from-scratch analysis of the same text gives, after any sequence of edits.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Diagnostic } from 'vscode-languageserver';
import { computeDiagnostics, FindingsCache } from '../../../server/src/features/diagnostics';
import { buildModel, DockerfileModel } from '../../../server/src/model/model';
import { applyChange, TextChange } from '../../../server/src/parser/incremental';
import { keepTokensOf, parseDockerfile, parseLines } from '../../../server/src/parser/parser';
import { DockerfileSyntax } from '../../../server/src/parser/syntax';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Pieces that make and break what the staged rules look at: stages, names, variables, shells, apt. */
const PIECES = [
  '', 'x', '\n', '\n\n', '# c\n', '\\\n', 'FROM base AS b\n', 'FROM b AS c\n', 'from b\n', 'FROM scratch AS Out\n', ' AS b', 'b', 'AS ',
  'ENV HOME_DIR=/h ', 'ENV home_dir=/h\n', 'ARG lower\n', 'ARG VERSION\n', 'ARG TOKEN=x\n', '$VERSION', '${HOME_DIR}', '$home_dir', '$lower', '$UNKNOWN_NAME', '$home_dirr',
  'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n', 'RUN curl x | sh\n', 'RUN apt-get update && apt-get install curl\n', ' -y', ' && rm -rf /var/lib/apt/lists/*',
  'RUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90yes\n', 'WORKDIR rel\n', 'WORKDIR /abs\n', 'CMD run it\n', 'ENTRYPOINT ["x"]\n',
  'COPY --from=b /x /y\n', 'COPY --from=3 /x /y\n', 'RUN --mount=type=cache,from=c,target=/x make\n', 'run ', 'Run ', 'HEALTHCHECK NONE\n', 'USER root\n',
];

const SEED_TEXT = [
  '# syntax=docker/dockerfile:1',
  'ARG BASE=debian:bookworm',
  'ARG VERSION=1.0',
  'FROM ${BASE} AS base',
  'ENV HOME_DIR=/opt/app PATH=/opt/app/bin:$PATH home_dir=/h',
  'WORKDIR app',
  'RUN apt-get update && apt-get install curl | tee /log',
  'CMD serve it',
  'CMD serve',
  'ARG TOKEN',
  'FROM base AS build',
  'ARG VERSION',
  'COPY --chown=$USER_ID ./src ${HOME_DIR}/src $home_dir',
  'RUN make VERSION=$VERSION \\',
  '    && make install',
  'RUN echo done',
  'LABEL a=$lower b=$home_dir',
  'RUN echo again',
  'from base as Helper',
  'run apt-get install -y jq',
  'FROM build AS final',
  'COPY --from=helper /usr/bin/jq /usr/bin/jq',
  'COPY --from=build $HOME_DIR $home_dir',
  'USER $home_dir',
  'USER root',
  '',
].join('\n');

function randomChange(syntax: DockerfileSyntax, next: () => number): TextChange {
  const lines = syntax.lines;
  const pick = () => {
    const line = Math.floor(next() * lines.length);
    return { line, character: Math.floor(next() * (lines[line].length + 1)) };
  };
  let [start, end] = [pick(), pick()];
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
  // Mostly small edits (typing, deleting a few characters, pasting a line); sometimes a whole stretch.
  if (next() < 0.8) end = { line: start.line, character: Math.min(lines[start.line].length, start.character + Math.floor(next() * 4)) };
  return { range: { start, end }, text: PIECES[Math.floor(next() * PIECES.length)] };
}

/** Everything a diagnostic says, in order: codes, ranges, messages, fixes. */
const plain = (diagnostics: Diagnostic[]) => JSON.parse(JSON.stringify(diagnostics)) as unknown;

/** The same document edited `edits` times, analysed the way the server does after each edit, compared with a fresh analysis. */
function checkEdits(text: string, edits: number, seed: number, label: string): number {
  const next = random(seed);
  const cache = new FindingsCache();
  let syntax = parseDockerfile(text);
  let model: DockerfileModel = buildModel(syntax);
  computeDiagnostics(syntax, { locale: 'en', cache, model });
  let compared = 0;
  for (let i = 0; i < edits; i++) {
    const change = randomChange(syntax, next);
    syntax = applyChange(syntax, change);
    model = buildModel(syntax, model);
    const kept = computeDiagnostics(syntax, { locale: 'en', cache, model });
    const fresh = parseLines(syntax.lines.slice());
    assert.deepEqual(plain(kept), plain(computeDiagnostics(fresh, { locale: 'en' })), `${label}, edit ${i}: ${JSON.stringify(change)}`);
    // The model kept from the last one has the same stages, and finds the same stage for each instruction.
    const freshModel = buildModel(fresh);
    assert.deepEqual(
      model.stages.map((s) => [s.index, s.from.range.start.line, s.instructions.length, s.name, s.declarations.map((d) => [d.name, d.nameRange])]),
      freshModel.stages.map((s) => [s.index, s.from.range.start.line, s.instructions.length, s.name, s.declarations.map((d) => [d.name, d.nameRange])]),
      `${label}, edit ${i}: stages`,
    );
    assert.deepEqual(
      syntax.instructions.map((instruction) => model.stageOf(instruction)?.index),
      fresh.instructions.map((instruction) => freshModel.stageOf(instruction)?.index),
      `${label}, edit ${i}: stageOf`,
    );
    compared += kept.length;
  }
  return compared;
}

describe('diagnostics kept between edits', function () {
  this.timeout(300_000);
  // Few instructions keep their tokens here, so that edits often meet instructions whose tokens
  // were dropped and are read again (positions must still be right after lines moved).
  let tokensKept = 0;
  before(() => (tokensKept = keepTokensOf(24, 0)));
  after(() => keepTokensOf(tokensKept));

  it('equal a fresh analysis after thousands of random edits of a multi-stage file', () => {
    let compared = 0;
    for (let seed = 1; seed <= 12; seed++) compared += checkEdits(SEED_TEXT, 250, seed, `seed ${seed}`);
    // The edits kept the rules busy: many diagnostics were compared, not empty lists.
    assert.ok(compared > 10_000, `only ${compared} diagnostics compared`);
  });

  it('equal a fresh analysis after random edits of the corpus files', () => {
    const corpus = process.env.BERTH_CORPUS ?? path.resolve(__dirname, '../../../../../shared/corpus/dockerfiles');
    const files = existsSync(corpus) ? readdirSync(corpus).sort() : [];
    assert.ok(files.length > 0);
    files.forEach((file, index) => checkEdits(readFileSync(path.join(corpus, file), 'utf8'), 12, index + 5000, file));
  });

  it('equal a fresh analysis of large multi-stage files when lines are added and removed far from the edit', () => {
    const stages = Array.from({ length: 60 }, (_, i) => SEED_TEXT.split('\n').slice(3).join('\n').replace(/AS (base|build|Helper|final)\b/g, `AS $1${i}`)).join('\n');
    checkEdits(SEED_TEXT.split('\n').slice(0, 3).join('\n') + '\n' + stages, 150, 77, 'large file');
  });

  it('equal a fresh analysis when a stage is long enough to keep findings per instruction', () => {
    const long = Array.from({ length: 90 }, (_, i) => (i % 3 === 0 ? `RUN apt-get update && apt-get install pkg${i}` : i % 3 === 1 ? `ENV v${i}=$v${i - 1}` : `run cd /x${i}`)).join('\n');
    checkEdits(SEED_TEXT + long + '\n' + SEED_TEXT.split('\n').slice(3).join('\n'), 200, 91, 'long stage');
  });

  it('keeps the stages an edit does not touch, and moves the ones below', () => {
    const text = 'FROM a AS one\nRUN x\nFROM one AS two\nRUN y\nFROM two\nRUN z\n';
    const before = parseDockerfile(text);
    const model = buildModel(before);
    const [one, two, three] = model.stages;
    const after = applyChange(before, { range: { start: { line: 3, character: 5 }, end: { line: 3, character: 5 } }, text: '\nRUN w' });
    const next = buildModel(after, model);
    assert.equal(next.stages[0], one, 'the stage above the edit is the same object');
    assert.notEqual(next.stages[1], two, 'the edited stage is new');
    assert.equal(next.stages[2], three, 'the stage below is the same object');
    assert.equal(three.from.range.start.line, 5);
    assert.equal(next.stageOf(after.instructions[6]), three);
  });
});
