// Property tests: random, mutated and hostile Dockerfiles. The parser and the rules must never
// throw, must terminate, and every range they produce must lie inside the document.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { splitLines } from '../../../server/src/parser/lines';
import { parseDockerfile } from '../../../server/src/parser/parser';
import { Instruction, Range } from '../../../server/src/parser/syntax';

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  'FROM', 'from', 'RUN', 'COPY', 'ADD', 'ONBUILD', 'HEALTHCHECK', 'ENV', 'ARG', 'LABEL', 'EXPOSE', 'SHELL', 'CMD', 'RUNN',
  ' ', ' ', '\t', '\\', '`', '\\\n', '`\n', '\n', '\r\n', '\n\n', '#', '# escape=`', '# syntax=x', '# check=skip=all',
  '--mount=type=cache,target=/x', '--from=', '--', '--platform=$P', '=', '"', "'", '[', ']', '"a",', '{', '}',
  '$', '${', '${A:-b}', '$A', '<<', '<<EOF', '<<-EOF', "<<'E'", 'EOF', '\tEOF', 'AS', 'name', '8080/tcp', '说明', '🚢', '\u0000', ',',
];

function randomDockerfile(next: () => number): string {
  const length = Math.floor(next() * 120);
  let text = '';
  for (let i = 0; i < length; i++) text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] + (next() < 0.3 ? ' ' : '');
  return text;
}

function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  for (let i = 0; i < 5; i++) {
    const at = Math.floor(next() * lines.length);
    const choice = next();
    if (choice < 0.3) lines.splice(at, 1);
    else if (choice < 0.6) lines.splice(at, 0, FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]);
    else if (lines[at] !== undefined) lines[at] = lines[at].slice(0, Math.floor(next() * lines[at].length));
  }
  return lines.join(next() < 0.2 ? '\r\n' : '\n');
}

function assertInside(range: Range, lines: string[], what: string): void {
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  assert.ok(ok(range.start) && ok(range.end), `${what} ${JSON.stringify(range)} is outside the document`);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what} ${JSON.stringify(range)} ends before it starts`);
}

function checkInstruction(instruction: Instruction, lines: string[]): void {
  for (const [what, range] of [['instruction', instruction.range], ['keyword', instruction.keywordRange], ['args', instruction.argsRange], ['rest', instruction.rest.range]] as const) {
    assertInside(range, lines, what);
  }
  instruction.flags.forEach((f) => [f.range, f.nameRange, f.valueRange].forEach((r) => r && assertInside(r, lines, 'flag')));
  instruction.words.forEach((w) => assertInside(w.range, lines, 'word'));
  instruction.variables.forEach((v) => [v.range, v.nameRange].forEach((r) => assertInside(r, lines, 'variable')));
  instruction.heredocs.forEach((h) => assertInside(h.range, lines, 'heredoc'));
  instruction.execForm?.values.forEach((v) => assertInside(v.range, lines, 'exec value'));
  if (instruction.inner) checkInstruction(instruction.inner, lines);
}

function checkDocument(text: string): void {
  const lines = splitLines(text);
  const syntax = parseDockerfile(text);
  syntax.directives.forEach((d) => [d.range, d.nameRange, d.valueRange].forEach((r) => assertInside(r, lines, 'directive')));
  syntax.comments.forEach((c) => assertInside(c.range, lines, 'comment'));
  syntax.instructions.forEach((i) => checkInstruction(i, lines));
  for (const diagnostic of computeDiagnostics(syntax, { locale: 'en', build: { dockerignore: ['*', '!src'] } })) {
    assertInside(diagnostic.range, lines, `diagnostic ${String(diagnostic.code)}`);
  }
}

describe('parser properties', function () {
  this.timeout(60_000);

  it('hold for 1,000 random Dockerfiles', () => {
    const next = random(20261123);
    for (let i = 0; i < 1000; i++) {
      const text = randomDockerfile(next);
      assert.doesNotThrow(() => checkDocument(text), `case ${i}: ${JSON.stringify(text)}`);
    }
  });

  it('hold for mutations of every corpus file', () => {
    const corpus = process.env.BERTH_CORPUS ?? path.resolve(__dirname, '../../../../../shared/corpus/dockerfiles');
    const files = existsSync(corpus) ? readdirSync(corpus) : [];
    assert.ok(files.length > 0);
    const next = random(7);
    for (const file of files) {
      const text = readFileSync(path.join(corpus, file), 'utf8');
      for (let i = 0; i < 3; i++) {
        const mutated = mutate(text, next);
        assert.doesNotThrow(() => checkDocument(mutated), `${file} mutation ${i}`);
      }
    }
  });

  it('hold for random bytes', () => {
    const next = random(99);
    for (let i = 0; i < 200; i++) {
      const text = String.fromCharCode(...Array.from({ length: Math.floor(next() * 400) }, () => Math.floor(next() * 0x3000)));
      assert.doesNotThrow(() => checkDocument(text), `case ${i}`);
    }
  });

  it('finish on huge and hostile lines', () => {
    checkDocument('RUN ' + 'a'.repeat(1_000_000));
    checkDocument('RUN ' + '${'.repeat(100_000));
    checkDocument('ENV ' + '"'.repeat(100_001));
    checkDocument('COPY ' + '<<A '.repeat(10_000) + '\n' + 'x\n'.repeat(10_000));
    checkDocument('RUN a \\\n'.repeat(50_000));
    checkDocument('CMD [' + '"x",'.repeat(100_000) + '"y"]');
  });
});
