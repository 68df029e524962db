import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

// Compiled to out/test/unit/grammar.test.js: the repository root is three folders up.
const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'dockerfile.tmLanguage.json');
const LANGUAGE_CONFIG_PATH = path.join(ROOT, 'syntaxes', 'language-configuration.json');
const WASM_PATH = path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');
// The corpus sits in shared/ beside the repository; BERTH_CORPUS points elsewhere.
const CORPUS_DIR = process.env.BERTH_CORPUS ?? path.resolve(ROOT, '../shared/corpus/dockerfiles');
const SCOPE = 'source.dockerfile';

const KEYWORD = 'keyword.other.special-method.dockerfile';
const HEREDOC_BODY = 'string.unquoted.heredoc.dockerfile';
const HEREDOC_TOKEN = 'keyword.control.heredoc-token.dockerfile';
const COMMENT = 'comment.line.number-sign.dockerfile';
const FLAG = 'variable.parameter.flag.dockerfile';
const VARIABLE = 'variable.other.dockerfile';
const ESCAPE = 'constant.character.escape.dockerfile';

interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

interface Line {
  text: string;
  tokens: Token[];
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(WASM_PATH);
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (str: string) => new oniguruma.OnigString(str),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === SCOPE ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar(SCOPE);
  if (!loaded) throw new Error(`could not load ${SCOPE}`);
  return loaded;
}

function tokenizeLines(lines: string[], state: vsctm.StateStack = vsctm.INITIAL): { lines: Line[]; state: vsctm.StateStack } {
  const out: Line[] = [];
  let stack = state;
  for (const text of lines) {
    const result = grammar.tokenizeLine(text, stack);
    assert.equal(result.stoppedEarly, false, `tokenizer stopped early on ${JSON.stringify(text)}`);
    out.push({
      text,
      tokens: result.tokens.map((t) => ({
        text: text.slice(t.startIndex, t.endIndex),
        start: t.startIndex,
        end: t.endIndex,
        scopes: t.scopes,
      })),
    });
    stack = result.ruleStack;
  }
  return { lines: out, state: stack };
}

function tokenize(source: string): Line[] {
  return tokenizeLines(source.split('\n')).lines;
}

/** The token covering the `occurrence`-th appearance of `needle` in line `lineNo`; it must not extend past it. */
function tokenAt(lines: Line[], lineNo: number, needle: string, occurrence = 0): Token {
  const line = lines[lineNo];
  assert.ok(line, `no line ${lineNo}`);
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = line.text.indexOf(needle, index + 1);
    assert.notEqual(index, -1, `${JSON.stringify(needle)} not found in ${JSON.stringify(line.text)}`);
  }
  const token = line.tokens.find((t) => t.start <= index && index < t.end);
  assert.ok(token, `no token at ${index} in ${JSON.stringify(line.text)}`);
  return token;
}

function assertScope(lines: Line[], lineNo: number, needle: string, scope: string, occurrence = 0): Token {
  const token = tokenAt(lines, lineNo, needle, occurrence);
  assert.ok(
    token.scopes.includes(scope),
    `${JSON.stringify(needle)} on line ${lineNo} (${JSON.stringify(lines[lineNo].text)}) should have ${scope}; got ${token.scopes.join(' ')}`,
  );
  return token;
}

function assertNoScope(lines: Line[], lineNo: number, needle: string, scopePrefix: string, occurrence = 0): void {
  const token = tokenAt(lines, lineNo, needle, occurrence);
  assert.ok(
    !token.scopes.some((s) => s === scopePrefix || s.startsWith(scopePrefix + '.')),
    `${JSON.stringify(needle)} on line ${lineNo} (${JSON.stringify(lines[lineNo].text)}) should not have ${scopePrefix}; got ${token.scopes.join(' ')}`,
  );
}

/** Asserts that `needle` is exactly one token carrying `scope`. */
function assertToken(lines: Line[], lineNo: number, needle: string, scope: string, occurrence = 0): void {
  const token = assertScope(lines, lineNo, needle, scope, occurrence);
  assert.equal(token.text, needle, `expected ${JSON.stringify(needle)} to be a whole token, got ${JSON.stringify(token.text)}`);
}

const INSTRUCTIONS = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
];

describe('Dockerfile TextMate grammar', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('has the expected scope name and a valid language configuration', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName: string };
    assert.equal(raw.scopeName, SCOPE);
    const config = JSON.parse(fs.readFileSync(LANGUAGE_CONFIG_PATH, 'utf8')) as {
      comments: { lineComment: string };
      brackets: string[][];
    };
    assert.equal(config.comments.lineComment, '#');
    assert.deepEqual(config.brackets, [['[', ']'], ['{', '}'], ['(', ')']]);
  });

  describe('parser directives', () => {
    it('scopes directives at the top of the file', () => {
      const lines = tokenize('# syntax=docker/dockerfile:1.7\n#  ESCAPE = \\\n# check=skip=JSONArgsRecommended;error=true\nFROM alpine');
      assertToken(lines, 0, 'syntax', 'keyword.other.directive.dockerfile');
      assertScope(lines, 0, 'syntax', 'meta.directive.dockerfile');
      assertToken(lines, 0, 'docker/dockerfile:1.7', 'string.unquoted.directive-value.dockerfile');
      assertToken(lines, 1, 'ESCAPE', 'keyword.other.directive.dockerfile');
      assertToken(lines, 2, 'check', 'keyword.other.directive.dockerfile');
      assertToken(lines, 2, 'skip=JSONArgsRecommended;error=true', 'string.unquoted.directive-value.dockerfile');
      assertToken(lines, 3, 'FROM', KEYWORD);
    });

    it('treats directive-looking lines as comments once the directive block is over', () => {
      const lines = tokenize('FROM alpine\n# syntax=docker/dockerfile:1');
      assertScope(lines, 1, 'syntax', COMMENT);
      assertNoScope(lines, 1, 'syntax', 'meta.directive');

      const afterComment = tokenize('# hello\n# escape=`\nRUN a `\n  b');
      assertScope(afterComment, 1, 'escape', COMMENT);
      assertNoScope(afterComment, 1, 'escape', 'meta.directive');

      const afterBlank = tokenize('\n# syntax=x');
      assertScope(afterBlank, 1, 'syntax', COMMENT);
    });

    it('switches the line-continuation character after "# escape=`"', () => {
      const lines = tokenize('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN Write-Host C:\\temp ; `\n    Write-Host done\nUSER ContainerUser');
      assertToken(lines, 0, 'escape', 'keyword.other.directive.dockerfile');
      assertToken(lines, 0, '`', 'string.unquoted.directive-value.dockerfile');
      assertToken(lines, 2, '`', ESCAPE);
      assertNoScope(lines, 2, '\\', 'constant.character.escape');
      assertScope(lines, 3, 'Write-Host', 'meta.instruction.run.dockerfile');
      assertToken(lines, 4, 'USER', KEYWORD);
      assertNoScope(lines, 4, 'USER', 'meta.instruction.run');
    });
  });

  describe('comments', () => {
    it('scopes # only as the first non-blank character of a line', () => {
      const lines = tokenize('# a comment\n   # indented comment\nRUN echo "#1" # not a Dockerfile comment');
      assertScope(lines, 0, '# a comment', COMMENT);
      assertScope(lines, 1, '# indented', COMMENT);
      assertNoScope(lines, 2, '# not', 'comment');
      assertNoScope(lines, 2, '#1', 'comment');
    });
  });

  describe('instructions', () => {
    for (const keyword of INSTRUCTIONS) {
      it(`scopes ${keyword} in upper, lower and mixed case`, () => {
        const mixed = keyword[0] + keyword.slice(1).toLowerCase();
        for (const spelling of [keyword, keyword.toLowerCase(), mixed]) {
          const lines = tokenize(`${spelling} something`);
          assertToken(lines, 0, spelling, KEYWORD);
        }
      });
    }

    it('does not scope instruction names that are only prefixes of a word or not at line start', () => {
      const lines = tokenize('RUNNER x\nWORKDIR /from\nRUN echo run');
      assertNoScope(lines, 0, 'RUNNER', 'keyword');
      assertNoScope(lines, 1, 'from', 'keyword');
      assertNoScope(lines, 2, 'run', 'keyword', 0);
    });

    it('scopes AS in FROM lines and the stage name', () => {
      const lines = tokenize('FROM golang:1.22 AS build\nfrom alpine as final');
      assertToken(lines, 0, 'AS', KEYWORD);
      assertToken(lines, 0, 'build', 'entity.name.type.stage.dockerfile');
      assertToken(lines, 0, 'golang:1.22', 'entity.name.type.image.dockerfile');
      assertToken(lines, 1, 'as', KEYWORD);
      assertToken(lines, 1, 'final', 'entity.name.type.stage.dockerfile');
    });

    it('scopes ONBUILD followed by an inner instruction', () => {
      const lines = tokenize('ONBUILD RUN echo hi\nonbuild copy . /app\nUSER app');
      assertToken(lines, 0, 'ONBUILD', KEYWORD);
      assertToken(lines, 0, 'RUN', KEYWORD);
      assertScope(lines, 0, 'echo hi', 'meta.instruction.run.dockerfile');
      assertToken(lines, 1, 'onbuild', KEYWORD);
      assertToken(lines, 1, 'copy', KEYWORD);
      assertToken(lines, 2, 'USER', KEYWORD);
      assertNoScope(lines, 2, 'USER', 'meta.instruction.onbuild');
    });

    it('scopes HEALTHCHECK flags and its CMD', () => {
      const lines = tokenize('HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK NONE');
      assertToken(lines, 0, '--interval', FLAG);
      assertToken(lines, 0, 'CMD', KEYWORD);
      assertToken(lines, 1, 'NONE', 'constant.language.dockerfile');
    });

    it('scopes port numbers in EXPOSE', () => {
      const lines = tokenize('EXPOSE 80 443/tcp 8000-8010/udp $PORT');
      assertToken(lines, 0, '80', 'constant.numeric.dockerfile');
      assertToken(lines, 0, '443', 'constant.numeric.dockerfile');
      assertToken(lines, 0, 'tcp', 'constant.language.protocol.dockerfile');
      assertToken(lines, 0, '8000', 'constant.numeric.dockerfile');
      assertToken(lines, 0, '8010', 'constant.numeric.dockerfile');
      assertScope(lines, 0, 'PORT', VARIABLE);
    });

    it('scopes keys in ENV, ARG and LABEL', () => {
      const lines = tokenize('ENV A=1 B="two words"\nENV LEGACY some value\nARG VERSION=1.0\nLABEL org.opencontainers.image.title=berth');
      assertToken(lines, 0, 'A', 'entity.name.variable.dockerfile');
      assertToken(lines, 0, 'B', 'entity.name.variable.dockerfile');
      assertScope(lines, 0, 'two words', 'string.quoted.double.dockerfile');
      assertToken(lines, 1, 'LEGACY', 'entity.name.variable.dockerfile');
      assertToken(lines, 2, 'VERSION', 'entity.name.variable.dockerfile');
      assertToken(lines, 3, 'org.opencontainers.image.title', 'entity.other.attribute-name.dockerfile');
    });
  });

  describe('flags', () => {
    it('scopes BuildKit flags and their values', () => {
      const lines = tokenize(
        [
          'FROM --platform=linux/amd64 alpine',
          'RUN --mount=type=cache,target=/x --network=none make',
          'COPY --from=build --chmod=755 --link /out /bin/app',
        ].join('\n'),
      );
      assertToken(lines, 0, '--platform', FLAG);
      assertScope(lines, 0, 'linux/amd64', 'string.unquoted.flag-value.dockerfile');
      assertToken(lines, 1, '--mount', FLAG);
      assertScope(lines, 1, '/x', 'string.unquoted.flag-value.dockerfile');
      assertToken(lines, 1, 'type', 'entity.other.attribute-name.dockerfile');
      assertToken(lines, 1, '--network', FLAG);
      assertToken(lines, 2, '--from', FLAG);
      assertScope(lines, 2, 'build', 'string.unquoted.flag-value.dockerfile');
      assertToken(lines, 2, '--chmod', FLAG);
      assertToken(lines, 2, '--link', FLAG);
      assertNoScope(lines, 2, '/out', 'variable.parameter');
    });

    it('does not treat command options after the first argument as flags', () => {
      const lines = tokenize('RUN apt-get install --no-install-recommends -y curl');
      assertNoScope(lines, 0, '--no-install-recommends', 'variable.parameter');
    });

    it('keeps recognising flags on continuation lines', () => {
      const lines = tokenize('RUN --mount=type=cache,target=/root/.cache \\\n    --mount=type=secret,id=token \\\n    pip install -r requirements.txt');
      assertToken(lines, 1, '--mount', FLAG);
      assertNoScope(lines, 2, 'pip', 'variable.parameter');
    });
  });

  describe('variables', () => {
    it('scopes $VAR and ${VAR} forms with modifiers', () => {
      const lines = tokenize('RUN echo $HOME ${NAME} ${VAR:-x} ${OPT:+yes} ${REQ:?missing}');
      assertToken(lines, 0, 'HOME', VARIABLE);
      assertToken(lines, 0, 'NAME', VARIABLE);
      assertToken(lines, 0, 'VAR', VARIABLE);
      assertToken(lines, 0, ':-', 'keyword.operator.expansion.dockerfile');
      assertScope(lines, 0, 'x}', 'meta.interpolation.variable.dockerfile');
      assertNoScope(lines, 0, 'x}', VARIABLE);
      assertToken(lines, 0, 'OPT', VARIABLE);
      assertToken(lines, 0, ':+', 'keyword.operator.expansion.dockerfile');
      assertToken(lines, 0, 'REQ', VARIABLE);
      assertToken(lines, 0, ':?', 'keyword.operator.expansion.dockerfile');
    });

    it('scopes variables inside double quotes but not single quotes', () => {
      const lines = tokenize(`RUN echo "a $X" 'b $Y'`);
      assertToken(lines, 0, 'X', VARIABLE);
      assertNoScope(lines, 0, 'Y', VARIABLE);
    });
  });

  describe('strings', () => {
    it('scopes double- and single-quoted strings with escapes', () => {
      const lines = tokenize(`LABEL description="say \\"hi\\"" other='single quoted'`);
      assertScope(lines, 0, 'say', 'string.quoted.double.dockerfile');
      assertToken(lines, 0, '\\"', ESCAPE);
      assertScope(lines, 0, 'single quoted', 'string.quoted.single.dockerfile');
      assertToken(lines, 0, `'`, 'punctuation.definition.string.begin.dockerfile');
    });

    it('does not let an unterminated string swallow the next instruction', () => {
      const lines = tokenize(`RUN echo "unterminated\nRUN echo 'also\nCMD ["broken",\nUSER root`);
      assertToken(lines, 1, 'RUN', KEYWORD);
      assertNoScope(lines, 1, 'RUN', 'string');
      assertToken(lines, 2, 'CMD', KEYWORD);
      assertToken(lines, 3, 'USER', KEYWORD);
      assertNoScope(lines, 3, 'root', 'string');
    });
  });

  describe('exec form', () => {
    it('scopes JSON arrays', () => {
      const lines = tokenize('CMD ["node", "server.js", "--port=\\u0038080"]\nENTRYPOINT ["/entrypoint.sh"]');
      assertToken(lines, 0, '[', 'punctuation.definition.array.begin.dockerfile');
      assertScope(lines, 0, 'node', 'string.quoted.double.dockerfile');
      assertScope(lines, 0, 'node', 'meta.exec-form.dockerfile');
      assertToken(lines, 0, ',', 'punctuation.separator.array.dockerfile');
      assertToken(lines, 0, '\\u0038', ESCAPE);
      assertToken(lines, 0, ']', 'punctuation.definition.array.end.dockerfile');
      assertScope(lines, 1, '/entrypoint.sh', 'string.quoted.double.dockerfile');
    });

    it('does not mistake a shell test for an exec form', () => {
      const lines = tokenize('RUN [ -f /etc/os-release ] && cat /etc/os-release');
      assertNoScope(lines, 0, '[', 'meta.exec-form');
    });
  });

  describe('line continuations', () => {
    it('keeps continued lines inside the instruction', () => {
      const lines = tokenize(
        [
          'RUN apt-get update \\',
          '# a comment inside the instruction',
          '    && apt-get install -y "$PKG" \\',
          '',
          '    && rm -rf /var/lib/apt/lists/*',
          'USER nobody',
        ].join('\n'),
      );
      assertToken(lines, 0, '\\', ESCAPE);
      assertScope(lines, 1, 'a comment', COMMENT);
      assertScope(lines, 1, 'a comment', 'meta.instruction.run.dockerfile');
      assertScope(lines, 2, 'apt-get', 'meta.instruction.run.dockerfile');
      assertToken(lines, 2, 'PKG', VARIABLE);
      assertScope(lines, 4, 'rm -rf', 'meta.instruction.run.dockerfile');
      assertToken(lines, 5, 'USER', KEYWORD);
      assertNoScope(lines, 5, 'USER', 'meta.instruction.run');
    });

    it('allows trailing whitespace after the continuation character', () => {
      const lines = tokenize('ENV A=1 \\  \n    B=2\nWORKDIR /');
      assertToken(lines, 1, 'B', 'entity.name.variable.dockerfile');
      assertToken(lines, 2, 'WORKDIR', KEYWORD);
    });
  });

  describe('heredocs', () => {
    it('scopes a <<EOF body until its terminator', () => {
      const lines = tokenize(
        [
          'RUN <<EOF',
          'apt-get update',
          'FROM not-an-instruction',
          'echo $HOME',
          'EOF',
          'RUN echo after',
        ].join('\n'),
      );
      assertToken(lines, 0, '<<EOF', HEREDOC_TOKEN);
      assertScope(lines, 1, 'apt-get update', HEREDOC_BODY);
      assertScope(lines, 2, 'FROM', HEREDOC_BODY);
      assertNoScope(lines, 2, 'FROM', 'keyword');
      assertScope(lines, 3, 'HOME', VARIABLE);
      assertToken(lines, 4, 'EOF', HEREDOC_TOKEN);
      assertNoScope(lines, 4, 'EOF', HEREDOC_BODY);
      assertToken(lines, 5, 'RUN', KEYWORD);
      assertNoScope(lines, 5, 'RUN', 'meta.heredoc');
    });

    it('scopes a <<-"EOT" body with a tab-indented terminator and no expansion', () => {
      const lines = tokenize(
        [
          'RUN <<-"EOT" bash',
          '\techo $NOT_EXPANDED',
          '  EOT',
          'EOT trailing',
          '\tEOT',
          'copy . /src',
        ].join('\n'),
      );
      assertToken(lines, 0, '<<-"EOT"', HEREDOC_TOKEN);
      assertScope(lines, 1, 'echo', HEREDOC_BODY);
      assertNoScope(lines, 1, 'NOT_EXPANDED', VARIABLE);
      // Only tabs may precede the terminator, and it must be alone on its line.
      assertScope(lines, 2, 'EOT', HEREDOC_BODY);
      assertScope(lines, 3, 'EOT', HEREDOC_BODY);
      assertToken(lines, 4, 'EOT', HEREDOC_TOKEN);
      assertToken(lines, 5, 'copy', KEYWORD);
      assertNoScope(lines, 5, 'copy', 'meta.heredoc');
    });

    it("supports <<'EOF' and heredocs in COPY with a destination", () => {
      const lines = tokenize(["COPY <<'CONF' /etc/app.conf", 'key = $value', 'CONF', 'EXPOSE 80'].join('\n'));
      assertToken(lines, 0, `<<'CONF'`, HEREDOC_TOKEN);
      assertScope(lines, 0, '/etc/app.conf', 'meta.heredoc.dockerfile');
      assertNoScope(lines, 0, '/etc/app.conf', HEREDOC_BODY);
      assertScope(lines, 1, 'key', HEREDOC_BODY);
      assertToken(lines, 2, 'CONF', HEREDOC_TOKEN);
      assertToken(lines, 3, 'EXPOSE', KEYWORD);

      const dashed = tokenize(['COPY <<-"EOT" /a', '\tUSER inside', '\tEOT', 'USER app'].join('\n'));
      assertScope(dashed, 1, 'USER', HEREDOC_BODY);
      assertNoScope(dashed, 1, 'USER', 'keyword');
      assertToken(dashed, 2, 'EOT', HEREDOC_TOKEN);
      assertToken(dashed, 3, 'USER', KEYWORD);
    });

    it('does not start a heredoc for <<< or a quoted <<', () => {
      const lines = tokenize(`RUN cat <<<"$x" && echo "<<EOF"\nUSER root`);
      assertNoScope(lines, 0, '<<<', HEREDOC_TOKEN);
      assertNoScope(lines, 0, '<<EOF', HEREDOC_TOKEN);
      assertToken(lines, 1, 'USER', KEYWORD);
    });
  });

  describe('corpus', () => {
    const files = fs.existsSync(CORPUS_DIR) ? fs.readdirSync(CORPUS_DIR).filter((f) => fs.statSync(path.join(CORPUS_DIR, f)).isFile()) : [];

    it('has corpus files to check', () => {
      assert.ok(files.length > 0, `no files in ${CORPUS_DIR}`);
    });

    it('tokenizes every corpus Dockerfile and closes every heredoc', () => {
      for (const file of files) {
        const text = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8');
        const sourceLines = text.replace(/\r?\n$/, '').split(/\r?\n/);
        const { lines, state } = tokenizeLines(sourceLines);

        const last = lines[lines.length - 1];
        for (const token of last.tokens) {
          assert.ok(!token.scopes.includes(HEREDOC_BODY), `${file}: last line is still inside a heredoc`);
        }
        // Nothing stays open after the file: a following instruction is a plain top-level keyword.
        const probe = tokenizeLines(['FROM scratch'], state).lines[0];
        assert.deepEqual(probe.tokens[0].scopes, [SCOPE, 'meta.instruction.from.dockerfile', KEYWORD], `${file}: state leaks past end of file`);
      }
    });
  });
});
