// Incremental parsing must give exactly the tree a full parse gives, after any edit.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { computeDiagnostics, FindingsCache } from '../../../server/src/features/diagnostics';
import { applyChange, TextChange } from '../../../server/src/parser/incremental';
import { keepTokensOf, parseDockerfile, parseLines } from '../../../server/src/parser/parser';
import { DockerfileSyntax, Instruction, Token } from '../../../server/src/parser/syntax';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Everything the tree says, as plain data. */
function snapshot(syntax: DockerfileSyntax): unknown {
  // Tokens make their ranges when asked: read each one, as a rule would.
  const token = (t: Token) => ({ text: t.text, range: t.range });
  const instruction = (i: Instruction): unknown => ({
    keyword: i.keyword,
    range: i.range,
    keywordRange: i.keywordRange,
    argsRange: i.argsRange,
    args: i.args,
    flags: i.flags.map((f) => ({ name: f.name, value: f.value, range: f.range, nameRange: f.nameRange, valueRange: f.valueRange })),
    words: i.words.map(token),
    rest: token(i.rest),
    execForm: i.execForm && { values: i.execForm.values.map(token), range: i.execForm.range },
    variables: i.variables.map((v) => ({ name: v.name, modifier: v.modifier, range: v.range, nameRange: v.nameRange })),
    heredocs: i.heredocs,
    inner: i.inner && instruction(i.inner),
    empty: i.emptyContinuationLines,
    dangling: i.danglingContinuation,
  });
  return { lines: syntax.lines, directives: syntax.directives, escape: syntax.escapeChar, comments: syntax.comments, instructions: syntax.instructions.map(instruction) };
}

const PIECES = ['', 'x', '\n', '\\', '\\\n', ' \\\n  ', 'RUN echo hi\n', '# c\n', '<<EOF', '\nEOF\n', 'FROM a AS b\n', '"', '`', '--mount=type=cache,target=/x ', '$A', '\n\n', 'ONBUILD '];

function randomChange(syntax: DockerfileSyntax, next: () => number): TextChange {
  const lines = syntax.lines;
  const pick = () => {
    const line = Math.floor(next() * lines.length);
    return { line, character: Math.floor(next() * (lines[line].length + 1)) };
  };
  let [start, end] = [pick(), pick()];
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
  if (next() < 0.6) end = { line: start.line, character: Math.min(lines[start.line].length, start.character + Math.floor(next() * 3)) };
  return { range: { start, end }, text: PIECES[Math.floor(next() * PIECES.length)] };
}

function checkEdits(text: string, edits: number, seed: number, label: string): void {
  const next = random(seed);
  let syntax = parseDockerfile(text);
  for (let i = 0; i < edits; i++) {
    const change = randomChange(syntax, next);
    const before = syntax.lines.slice(0, 12);
    const incremental = applyChange(syntax, change);
    const full = parseLines(incremental.lines.slice());
    // Touch every lazy field of both trees before comparing.
    assert.deepEqual(snapshot(incremental), snapshot(full), `${label}, edit ${i}: ${JSON.stringify(change)} on ${JSON.stringify(before)}`);
    syntax = incremental;
  }
}

describe('incremental parsing', function () {
  this.timeout(120_000);

  it('matches a full parse after typing, deleting and pasting', () => {
    const text = 'FROM a AS b\nRUN x \\\n  y\n# c\nCOPY <<EOF /x\nbody\nEOF\nUSER 1\n';
    checkEdits(text, 300, 1, 'small file');
  });

  it('matches a full parse after random edits of the corpus files', () => {
    const corpus = process.env.BERTH_CORPUS ?? path.resolve(__dirname, '../../../../../shared/corpus/dockerfiles');
    const files = existsSync(corpus) ? readdirSync(corpus).sort() : [];
    assert.ok(files.length > 0);
    files.forEach((file, index) => checkEdits(readFileSync(path.join(corpus, file), 'utf8'), 15, index + 100, file));
  });

  it('gives the same diagnostics as a full parse, with findings cached per instruction', () => {
    const corpus = process.env.BERTH_CORPUS ?? path.resolve(__dirname, '../../../../../shared/corpus/dockerfiles');
    const files = existsSync(corpus) ? readdirSync(corpus).sort().filter((_, i) => i % 7 === 0) : [];
    assert.ok(files.length > 0);
    const diagnostics = (syntax: DockerfileSyntax, cache?: FindingsCache) => computeDiagnostics(syntax, { locale: 'en', cache }).map((d) => `${String(d.code)} ${JSON.stringify(d.range)} ${d.message}`).sort();
    files.forEach((file, index) => {
      const next = random(index + 900);
      const cache = new FindingsCache();
      let syntax = parseDockerfile(readFileSync(path.join(corpus, file), 'utf8'));
      diagnostics(syntax, cache);
      for (let i = 0; i < 10; i++) {
        const change = randomChange(syntax, next);
        syntax = applyChange(syntax, change);
        assert.deepEqual(diagnostics(syntax, cache), diagnostics(parseLines(syntax.lines.slice())), `${file}, edit ${i}: ${JSON.stringify(change)}`);
      }
    });
  });

  it('re-parses only what the edit touches', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `RUN echo ${i}`);
    const before = parseLines(lines);
    // The old tree is not to be used after the edit (its lists are changed in place): keep what to compare.
    const [above, edited, below] = before.instructions.slice(999, 1002);
    const after = applyChange(before, { range: { start: { line: 1000, character: 9 }, end: { line: 1000, character: 9 } }, text: 'x' });
    assert.equal(after.instructions[999], above, 'instructions before the edit are reused');
    assert.notEqual(after.instructions[1000], edited, 'the edited instruction is new');
    assert.equal(after.instructions[1001], below, 'instructions after the edit are reused');
    assert.equal(after.instructions[1000].args, 'echo x1000');
    assert.equal(after.instructions.length, 2000);
  });

  it('matches a full parse when few instructions keep their tokens', () => {
    const kept = keepTokensOf(4, 0);
    try {
      checkEdits('FROM a AS b\nRUN x \\\n  y\n# c\nCOPY <<EOF /x\nbody\nEOF\nUSER 1\nENV A=$B C=${D}\nRUN --mount=type=cache,target=/c make\nFROM b\nLABEL x=1\n', 300, 7, 'tokens dropped');
    } finally {
      keepTokensOf(kept);
    }
  });

  it('moves the instructions after an inserted line', () => {
    const before = parseDockerfile('FROM a\nRUN b\nRUN c --x=$Y\n');
    const runC = before.instructions[2];
    void runC.words;
    const after = applyChange(before, { range: { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } }, text: '\nUSER z' });
    assert.equal(after.instructions[3], runC);
    assert.deepEqual(runC.words[0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 5 } });
    assert.deepEqual(runC.variables[0].range.start, { line: 3, character: 10 });
  });
});
