import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FormatOptions, formatDocument, formatRange } from '../../../../server/src/features/formatting';
import { parseDockerfile } from '../../../../server/src/parser/parser';
import { Instruction, range, Range } from '../../../../server/src/parser/syntax';
import { rangeText } from '../rules/helpers';

const SPACES: FormatOptions = { tabSize: 4, insertSpaces: true };

/** Applies the edits (they must not overlap) and returns the new text. */
function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text), edits);
}

function format(text: string, options: Partial<FormatOptions> = {}): string {
  return apply(text, formatDocument(parseDockerfile(text), { ...SPACES, ...options }));
}

function editsOf(text: string, options: Partial<FormatOptions> = {}): Array<[string, string]> {
  return formatDocument(parseDockerfile(text), { ...SPACES, ...options }).map((e) => [rangeText(e.range), e.newText]);
}

function formatIn(text: string, selection: Range, options: Partial<FormatOptions> = {}): string {
  return apply(text, formatRange(parseDockerfile(text), selection, { ...SPACES, ...options }));
}

const collapse = (args: string) => args.replace(/\s+/g, ' ');

/** The instructions' arguments with blanks collapsed (keywords, ONBUILD's inner one and FROM's `AS` in one case). */
function argsOf(text: string): string[] {
  const argsOf = (i: Instruction): string => (i.inner ? `${i.inner.name} ${argsOf(i.inner)}` : i.name === 'FROM' ? collapse(i.args).replace(/ as /i, ' as ') : collapse(i.args));
  return parseDockerfile(text).instructions.map((i) => `${i.name} ${argsOf(i)}`);
}

describe('formatting', () => {
  describe('keywords', () => {
    it('upper-cases keywords by default, with ONBUILD inner and FROM AS', () => {
      assert.equal(format('from alpine as base\nrun echo hi\nonbuild run make\n'), 'FROM alpine AS base\nRUN echo hi\nONBUILD RUN make\n');
    });

    it('lower-cases keywords on request', () => {
      assert.equal(format('FROM alpine AS base\nOnBuild Run make\n', { keywordCase: 'lower' }), 'from alpine as base\nonbuild run make\n');
    });

    it('preserves keyword casing on request but still fixes blanks', () => {
      assert.equal(format('  from   alpine As base  \nRun  echo\n', { keywordCase: 'preserve' }), 'from alpine As base\nRun echo\n');
    });

    it('leaves unknown keywords as written', () => {
      assert.equal(format('FROM alpine\nfrobnicate x\n'), 'FROM alpine\nfrobnicate x\n');
    });

    it('does not touch an image named like "as" in other positions', () => {
      assert.equal(format('from --platform=linux/amd64 as\nfrom as as as\n'), 'FROM --platform=linux/amd64 as\nFROM as AS as\n');
    });

    it('does not touch argument text that looks like a keyword', () => {
      assert.equal(format('FROM alpine\nrun echo run from as\n'), 'FROM alpine\nRUN echo run from as\n');
    });
  });

  describe('blanks on instruction lines', () => {
    it('removes leading blanks, keeps one space after the keyword, removes trailing blanks', () => {
      assert.equal(format('   FROM \t  alpine   \n\tRUN    echo  a   b  \t\nEXPOSE   \n'), 'FROM alpine\nRUN echo  a   b\nEXPOSE\n');
    });

    it('makes minimal edits, only where something changes', () => {
      assert.deepEqual(editsOf('FROM alpine\nrun  echo hi  \n'), [
        ['1:0-1:3', 'RUN'],
        ['1:4-1:5', ''],
        ['1:12-1:14', ''],
      ]);
      assert.deepEqual(editsOf('FROM alpine\nRUN echo hi\n'), []);
    });

    it('normalises the blanks between ONBUILD inner keyword and its arguments', () => {
      assert.equal(format('ONBUILD   run    make  all\n'), 'ONBUILD RUN make  all\n');
    });

    it('leaves blank lines, comments and directives outside instructions alone', () => {
      const text = '# syntax=docker/dockerfile:1\n  # a comment   \n   \nFROM alpine\n';
      assert.equal(format(text), text);
    });
  });

  describe('continuations', () => {
    it('indents continuation lines by one unit and puts one space before the escape', () => {
      assert.equal(
        format('RUN apt-get update\\\n&& apt-get install -y curl   \\   \n        && rm -rf /var/lib/apt/lists/*\n'),
        'RUN apt-get update\\\n&& apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n',
      );
    });

    it('indents with tabs or another tab size', () => {
      assert.equal(format('RUN a \\\n  b \\\n\t\tc\n', { insertSpaces: false }), 'RUN a \\\n\tb \\\n\tc\n');
      assert.equal(format('RUN a \\\nb\n', { tabSize: 2 }), 'RUN a \\\n  b\n');
    });

    it('keeps deeper indentation on request, raising shallower lines to one unit', () => {
      const text = 'RUN case "$a" in \\\n\t\tx) \\\n\t\t\techo x ;; \\\n  esac; \\\n      true\n';
      assert.equal(format(text, { keepDeeperIndent: true }), 'RUN case "$a" in \\\n\t\tx) \\\n\t\t\techo x ;; \\\n    esac; \\\n      true\n');
      assert.equal(format(text), 'RUN case "$a" in \\\n    x) \\\n    echo x ;; \\\n    esac; \\\n    true\n');
      assert.equal(format('RUN a \\\n\tb\n', { insertSpaces: false, tabSize: 8, keepDeeperIndent: true }), 'RUN a \\\n\tb\n');
    });

    it('never joins or splits words: no blank is added where none separated the lines', () => {
      // `ENV A=x\` + `y` is A=xy: neither side may gain a blank.
      assert.equal(format('ENV A=x\\\ny\n'), 'ENV A=x\\\ny\n');
      assert.deepEqual(argsOf(format('ENV A=x\\\ny\n')), ['ENV A=xy']);
    });

    it('keeps blanks inside quotes that span lines', () => {
      const text = 'RUN echo "a   \\\n      b" \\\n  && true\n';
      assert.equal(format(text), 'RUN echo "a   \\\n      b" \\\n    && true\n');
      const single = "RUN echo 'a \\\n  b'\n";
      assert.equal(format(single), single);
    });

    it('keeps an escaped character at a line junction', () => {
      const text = 'RUN echo a\\\\\\\n  b\n';
      assert.equal(format(text), text);
      const escapedBlank = 'ENV A=b\\ \\\nc\n';
      assert.equal(format(escapedBlank), escapedBlank);
    });

    it('handles a keyword line that is only the keyword and the escape', () => {
      assert.equal(format('FROM alpine\nRUN   \\\n  --mount=type=cache,target=/root \\\n      make\n'), 'FROM alpine\nRUN \\\n    --mount=type=cache,target=/root \\\n    make\n');
      assert.equal(format('RUN\\\n  echo\n'), 'RUN \\\n    echo\n');
    });

    it('leaves comment lines inside a continuation alone and empties blank ones', () => {
      assert.equal(format('RUN a \\\n# note   \n  \t\n  b\n'), 'RUN a \\\n# note   \n\n    b\n');
    });

    it('indents lines that hold only the escape', () => {
      assert.equal(format('RUN a \\\n\\\nb\n'), 'RUN a \\\n    \\\n    b\n');
    });

    it('formats JSON exec form across lines without touching the strings', () => {
      assert.equal(format('CMD ["a",\\\n"b c"]\n'), 'CMD ["a",\\\n"b c"]\n');
      assert.equal(format('CMD ["a", \\\n"b c"]\n'), 'CMD ["a", \\\n    "b c"]\n');
      const split = 'CMD ["a \\\n   b"]\n';
      assert.equal(format(split), split);
    });
  });

  describe('escape directive, line breaks, heredocs', () => {
    it('uses the backtick as the escape character after # escape=`', () => {
      assert.equal(
        format('# escape=`\nfrom mcr.microsoft.com/windows/servercore\nrun powershell -Command `   \n   $ErrorActionPreference = \'Stop\';`\n      Write-Host C:\\temp\\ \n'),
        '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN powershell -Command `\n    $ErrorActionPreference = \'Stop\'; `\n    Write-Host C:\\temp\\\n',
      );
    });

    it('does not treat a backslash as a continuation after # escape=`', () => {
      const text = '# escape=`\nFROM alpine\nCOPY C:\\src\\ C:\\dst\\\nRUN dir\n';
      assert.equal(format(text), text);
    });

    it('keeps CRLF line breaks', () => {
      assert.equal(format('from alpine  \r\nrun a \\  \r\nb\r\n\r\n'), 'FROM alpine\r\nRUN a \\\r\n    b\r\n\r\n');
      assert.deepEqual(editsOf('FROM alpine \r\n'), [['0:11-0:12', '']]);
    });

    it('never touches heredoc bodies, including <<- bodies indented with tabs', () => {
      const text = 'FROM alpine\nrun  <<-EOF   \n\t\techo  hi   \n  \t  indented\n\tEOF\ncopy <<EOF /x  \n   body  \\\nEOF\n';
      assert.equal(format(text), 'FROM alpine\nRUN <<-EOF\n\t\techo  hi   \n  \t  indented\n\tEOF\nCOPY <<EOF /x\n   body  \\\nEOF\n');
    });

    it('formats the continuation lines of a heredoc instruction but not its body', () => {
      assert.equal(format('RUN <<EOF bash \\\n  -ex\n  body \\\n  more\nEOF\n'), 'RUN <<EOF bash \\\n    -ex\n  body \\\n  more\nEOF\n');
    });
  });

  describe('range formatting', () => {
    const text = 'from a\n  run x  \nrun <<EOF\n  body  \nEOF\nrun y\n';

    it('formats only the instructions that intersect the range', () => {
      assert.equal(formatIn(text, range(1, 3, 1, 4)), 'from a\nRUN x\nrun <<EOF\n  body  \nEOF\nrun y\n');
      assert.equal(formatIn(text, range(3, 0, 3, 2)), 'from a\n  run x  \nRUN <<EOF\n  body  \nEOF\nrun y\n');
      assert.equal(formatIn(text, range(0, 2, 5, 1)), format(text));
    });

    it('does not take an instruction that starts where a whole-line selection ends', () => {
      assert.equal(formatIn(text, range(0, 0, 1, 0)), 'FROM a\n  run x  \nrun <<EOF\n  body  \nEOF\nrun y\n');
    });

    it('formats the instruction at an empty range', () => {
      assert.equal(formatIn(text, range(5, 0, 5, 0)), 'from a\n  run x  \nrun <<EOF\n  body  \nEOF\nRUN y\n');
    });

    it('formats nothing in a range between instructions', () => {
      const gap = 'FROM a\n\n\n  run x\n';
      assert.deepEqual(formatRange(parseDockerfile(gap), range(1, 0, 2, 0), SPACES), []);
    });
  });

  describe('idempotence', () => {
    const tricky = [
      'RUN a \\\n\\\nb\n',
      'RUN a\\\n  \\\n  b\n',
      'ENV A=x\\\ny \\\n  z\n',
      'RUN echo "a \\\n b" \\\n c\n',
      '# escape=`\nRUN a `\n`\n  b\n',
      'ONBUILD   \\\n  run   x \\\n y\n',
      'RUN\\\necho\n',
      'RUN a \\\n# c\n\n  b \\\n',
    ];

    it('leaves formatted tricky cases unchanged and keeps their arguments', () => {
      for (const text of tricky) {
        const once = format(text);
        assert.equal(format(once), once, JSON.stringify(text));
        assert.deepEqual(argsOf(once), argsOf(text), JSON.stringify(text));
      }
    });

    const corpus = path.resolve(__dirname, '../../../../../../shared/corpus/dockerfiles');
    const files = existsSync(corpus) ? readdirSync(corpus).sort() : [];

    it('is idempotent on every corpus file and keeps every instruction\'s arguments', () => {
      assert.ok(files.length >= 100, `expected the corpus at ${corpus}`);
      for (const options of [SPACES, { tabSize: 2, insertSpaces: false, keywordCase: 'lower' as const }, { ...SPACES, keepDeeperIndent: true }]) {
        for (const file of files) {
          const text = readFileSync(path.join(corpus, file), 'utf8');
          const once = format(text, options);
          assert.deepEqual(formatDocument(parseDockerfile(once), options), [], file);
          assert.deepEqual(argsOf(once), argsOf(text), file);
          // Heredoc bodies and comments come through byte for byte.
          const before = parseDockerfile(text);
          const after = parseDockerfile(once);
          assert.deepEqual(after.comments.map((c) => c.text), before.comments.map((c) => c.text), file);
          const bodies = (syntax: typeof before, source: string) =>
            syntax.instructions.flatMap((i) => i.heredocs.map((h) => source.split('\n').slice(h.range.start.line, h.range.end.line + 1).join('\n')));
          assert.deepEqual(bodies(after, once), bodies(before, text), file);
        }
      }
    });

    it('formats a corpus file with CRLF line breaks the same way', () => {
      for (const file of files.slice(0, 20)) {
        const text = readFileSync(path.join(corpus, file), 'utf8');
        assert.equal(format(text.replace(/\n/g, '\r\n')), format(text).replace(/\n/g, '\r\n'), file);
      }
    });
  });
});
