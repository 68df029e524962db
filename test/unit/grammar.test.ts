// The TextMate grammar, tokenised the way VS Code does it (vscode-textmate + oniguruma).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { IGrammar, INITIAL, parseRawGrammar, Registry } from 'vscode-textmate';

const root = path.resolve(__dirname, '../../..');
const corpus = process.env.BERTH_CORPUS ?? path.resolve(root, '../shared/corpus/dockerfiles');

let grammar: IGrammar;

/** Each line's tokens as [text, innermost scope]. */
function tokenize(text: string): Array<Array<[string, string]>> {
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]] as [string, string]);
  });
}

function scopeOf(text: string, token: string, line = 0): string | undefined {
  return tokenize(text)[line].find(([t]) => t === token)?.[1];
}

describe('the TextMate grammar', () => {
  before(async () => {
    const wasm = readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => parseRawGrammar(readFileSync(path.join(root, 'syntaxes/dockerfile.tmLanguage.json'), 'utf8'), 'dockerfile.tmLanguage.json'),
    });
    const loaded = await registry.loadGrammar('source.dockerfile');
    assert.ok(loaded);
    grammar = loaded;
  });

  it('scopes parser directives at the top, and only there', () => {
    assert.equal(scopeOf('# syntax=docker/dockerfile:1', 'syntax'), 'keyword.other.directive.dockerfile');
    assert.equal(scopeOf('# syntax=docker/dockerfile:1', 'docker/dockerfile:1'), 'string.unquoted.directive-value.dockerfile');
    assert.equal(tokenize('FROM x\n# syntax=y')[1][0][1], 'punctuation.definition.comment.dockerfile');
  });

  it('scopes instructions in any case, flags and stage names', () => {
    const text = 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nrun echo hi';
    assert.equal(scopeOf(text, 'FROM'), 'keyword.other.special-method.dockerfile');
    assert.equal(scopeOf(text, '--platform'), 'variable.parameter.flag.dockerfile');
    assert.equal(scopeOf(text, 'BUILDPLATFORM'), 'variable.other.dockerfile');
    assert.equal(scopeOf(text, 'build'), 'entity.name.type.stage.dockerfile');
    assert.equal(scopeOf(text, 'run', 1), 'keyword.other.special-method.dockerfile');
  });

  it('scopes variables with modifiers, strings and continuations', () => {
    const lines = tokenize('RUN echo ${HOME:-/x} \\\n  && echo "hi" $X');
    assert.ok(lines[0].some(([t, s]) => t === 'HOME' && s === 'variable.other.dockerfile'));
    assert.ok(lines[0].some(([t, s]) => t === '\\' && s === 'constant.character.escape.dockerfile'));
    assert.ok(lines[1].some(([t, s]) => t === 'hi' && s === 'string.quoted.double.dockerfile'), 'the continued line is still inside RUN');
    assert.ok(lines[1].some(([t, s]) => t === 'X' && s === 'variable.other.dockerfile'));
  });

  it('keeps heredoc bodies as strings until their terminator', () => {
    const lines = tokenize('RUN <<EOF\nFROM inside\nEOF\nCOPY <<-"EOT" /a\n\tUSER inside\n\tEOT\nUSER app');
    assert.equal(lines[1][0][1], 'string.unquoted.heredoc.dockerfile');
    assert.equal(lines[4][0][1], 'string.unquoted.heredoc.dockerfile');
    assert.ok(lines[5].some(([t, s]) => t === 'EOT' && s === 'keyword.control.heredoc-token.dockerfile'));
    assert.equal(lines[6][0][1], 'keyword.other.special-method.dockerfile', 'the instruction after a heredoc is a keyword again');
  });

  it('scopes ONBUILD with its inner instruction and the exec form', () => {
    assert.equal(scopeOf('ONBUILD RUN x', 'RUN'), 'keyword.other.special-method.dockerfile');
    assert.equal(scopeOf('CMD ["a", "b"]', '['), 'punctuation.definition.array.begin.dockerfile');
  });

  it('closes every heredoc of the real-world corpus', () => {
    const files = existsSync(corpus) ? readdirSync(corpus) : [];
    assert.ok(files.length > 100, `corpus at ${corpus}`);
    const stuck = files.filter((file) => {
      const lines = tokenize(readFileSync(path.join(corpus, file), 'utf8').replace(/\r\n/g, '\n').trimEnd() + '\nUSER after');
      return lines[lines.length - 1][0][1] !== 'keyword.other.special-method.dockerfile';
    });
    assert.deepEqual(stuck, []);
  });
});
