import assert from 'node:assert/strict';
import { DocumentHighlightKind, Location, ResponseError, WorkspaceEdit } from 'vscode-languageserver';
import { definition, documentHighlights, prepareRename, references, rename } from '../../../../server/src/features/definition';
import { buildModel } from '../../../../server/src/model/model';
import { parseDockerfile } from '../../../../server/src/parser/parser';
import { Range } from '../../../../server/src/parser/syntax';

const URI = 'file:///Dockerfile';

function open(text: string) {
  const syntax = parseDockerfile(text);
  return { syntax, model: buildModel(syntax) };
}

function r(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

const ranges = (locations: Location[]) => locations.map((l) => r(l.range));

function edits(result: WorkspaceEdit | ResponseError<void> | null): string[] {
  assert.ok(result && !(result instanceof ResponseError), `expected an edit, got ${String(result)}`);
  return (result.changes?.[URI] ?? []).map((e) => `${r(e.range)} ${e.newText}`);
}

const TEXT = [
  'ARG VERSION=3.19', // 0
  'FROM alpine:${VERSION} AS Builder', // 1
  'ARG VERSION', // 2
  'RUN echo $VERSION > /v', // 3
  'FROM builder AS final', // 4
  'COPY --from=BUILDER /v /v', // 5
  'RUN --mount=type=cache,from=builder,target=/c true', // 6
  'COPY --from=0 /v /w', // 7
  'ENV HOME=/root', // 8
  'RUN echo ${HOME:-x} $HOME', // 9
].join('\n');

describe('definition, references, highlights and rename', () => {
  const { syntax, model } = open(TEXT);
  const def = (line: number, character: number) => ranges(definition(syntax, model, URI, { line, character }));
  const refs = (line: number, character: number, includeDeclaration = true) => ranges(references(syntax, model, URI, { line, character }, includeDeclaration));

  describe('stages', () => {
    it('goes from FROM, COPY --from and mount from= to the AS name, case-insensitively', () => {
      assert.deepEqual(def(4, 7), ['1:26-1:33']);
      assert.deepEqual(def(5, 14), ['1:26-1:33']);
      assert.deepEqual(def(6, 30), ['1:26-1:33']);
      assert.deepEqual(def(7, 12), ['1:26-1:33']);
      assert.deepEqual(def(1, 28), ['1:26-1:33']);
    });

    it('gives nothing for an image', () => {
      assert.deepEqual(def(1, 6), []);
      assert.deepEqual(def(1, 25), []);
    });

    it('finds every reference of a stage, the index form included', () => {
      assert.deepEqual(refs(1, 27), ['1:26-1:33', '4:5-4:12', '5:12-5:19', '6:28-6:35', '7:12-7:13']);
      assert.deepEqual(refs(5, 12, false), ['4:5-4:12', '5:12-5:19', '6:28-6:35', '7:12-7:13']);
    });

    it('highlights the declaration as a write', () => {
      const highlights = documentHighlights(syntax, model, { line: 4, character: 6 });
      assert.deepEqual(highlights.map((h) => `${r(h.range)} ${h.kind}`), [
        `1:26-1:33 ${DocumentHighlightKind.Write}`,
        `4:5-4:12 ${DocumentHighlightKind.Read}`,
        `5:12-5:19 ${DocumentHighlightKind.Read}`,
        `6:28-6:35 ${DocumentHighlightKind.Read}`,
        `7:12-7:13 ${DocumentHighlightKind.Read}`,
      ]);
    });

    it('renames across FROM, COPY --from and RUN --mount, leaving index references alone', () => {
      assert.deepEqual(edits(rename(syntax, model, URI, { line: 6, character: 29 }, 'compile', 'en')), [
        '1:26-1:33 compile',
        '4:5-4:12 compile',
        '5:12-5:19 compile',
        '6:28-6:35 compile',
      ]);
    });

    it('prepares a rename with the range under the cursor and the stage name', () => {
      assert.deepEqual(prepareRename(syntax, model, { line: 5, character: 13 }, 'en'), { range: { start: { line: 5, character: 12 }, end: { line: 5, character: 19 } }, placeholder: 'Builder' });
      assert.equal(prepareRename(syntax, model, { line: 1, character: 7 }, 'en'), null);
    });

    it('refuses invalid and taken stage names', () => {
      const bad = rename(syntax, model, URI, { line: 1, character: 27 }, '9lives', 'en');
      assert.ok(bad instanceof ResponseError);
      assert.equal(bad.message, "'9lives' is not a valid stage name: start with a letter, then use letters, digits, '-', '_' or '.'.");
      const spaced = rename(syntax, model, URI, { line: 1, character: 27 }, 'two words', 'zh-cn');
      assert.ok(spaced instanceof ResponseError);
      assert.equal(spaced.message, '“two words”不是有效的阶段名称：须以字母开头，其后只能是字母、数字、“-”、“_”或“.”。');
      const taken = rename(syntax, model, URI, { line: 1, character: 27 }, 'FINAL', 'en');
      assert.ok(taken instanceof ResponseError);
      assert.equal(taken.message, "A stage named 'FINAL' already exists.");
      // Renaming to the same name in another case is fine.
      assert.deepEqual(edits(rename(syntax, model, URI, { line: 1, character: 27 }, 'builder', 'en')).length, 4);
    });

    it('reads quoted --from values and quoted mount fields exactly', () => {
      const doc = open('FROM a AS one\nCOPY --from="one" /a /b\nRUN --mount="type=bind,from=one" true');
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 0, character: 11 }, true)), ['0:10-0:13', '1:13-1:16', '2:28-2:31']);
    });

    it('does not take a FROM that names a later stage for that stage', () => {
      const doc = open('FROM later\nFROM alpine AS later');
      assert.deepEqual(ranges(definition(doc.syntax, doc.model, URI, { line: 0, character: 6 })), []);
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 1, character: 16 }, true)), ['1:15-1:20']);
    });

    it('leaves the --from of an ONBUILD instruction alone (it names a stage of the child build)', () => {
      const doc = open('FROM a AS one\nONBUILD COPY --from=one /a /b');
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 0, character: 11 }, true)), ['0:10-0:13']);
    });
  });

  describe('variables', () => {
    it('goes from a use in FROM to the global ARG', () => {
      assert.deepEqual(def(1, 16), ['0:4-0:11']);
    });

    it('goes from a use in a stage to the ARG that re-declares it and to the global default', () => {
      assert.deepEqual(def(3, 12), ['2:4-2:11', '0:4-0:11']);
      assert.deepEqual(def(2, 6), ['0:4-0:11']);
      assert.deepEqual(def(0, 6), ['0:4-0:11']);
    });

    it('goes to ENV, in ${} with a modifier and plain', () => {
      assert.deepEqual(def(9, 12), ['8:4-8:8']);
      assert.deepEqual(def(9, 9), ['8:4-8:8']);
      assert.deepEqual(def(9, 23), ['8:4-8:8']);
    });

    it('finds the references of a global ARG used in FROM and re-declared in a stage', () => {
      assert.deepEqual(refs(0, 5), ['0:4-0:11', '1:14-1:21', '2:4-2:11', '3:10-3:17']);
      assert.deepEqual(refs(1, 15, false), ['1:14-1:21', '3:10-3:17']);
      assert.deepEqual(refs(3, 11), ['0:4-0:11', '1:14-1:21', '2:4-2:11', '3:10-3:17']);
    });

    it('does not resolve a global ARG that the stage did not re-declare', () => {
      const doc = open('ARG V=1\nFROM alpine:$V\nRUN echo $V');
      assert.deepEqual(ranges(definition(doc.syntax, doc.model, URI, { line: 2, character: 10 })), []);
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 0, character: 4 }, true)), ['0:4-0:5', '1:13-1:14']);
    });

    it('follows ENV into a stage built FROM the stage, and ENV over ARG', () => {
      const doc = open('FROM alpine AS base\nENV P=/opt\nFROM base\nARG P=x\nRUN echo $P');
      assert.deepEqual(ranges(definition(doc.syntax, doc.model, URI, { line: 4, character: 10 })), ['1:4-1:5']);
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 1, character: 4 }, true)), ['1:4-1:5', '4:10-4:11']);
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 3, character: 4 }, true)), ['3:4-3:5']);
    });

    it('keeps a re-declaration apart: uses before it belong to the first', () => {
      const doc = open('FROM a\nENV A=1\nRUN $A\nENV A=2 B=$A\nRUN $A');
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 1, character: 4 }, true)), ['1:4-1:5', '2:5-2:6', '3:11-3:12']);
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 4, character: 5 }, true)), ['3:4-3:5', '4:5-4:6']);
    });

    it('renames a variable everywhere it resolves, and refuses bad names', () => {
      assert.deepEqual(edits(rename(syntax, model, URI, { line: 3, character: 12 }, 'ALPINE_VERSION', 'en')), [
        '0:4-0:11 ALPINE_VERSION',
        '1:14-1:21 ALPINE_VERSION',
        '2:4-2:11 ALPINE_VERSION',
        '3:10-3:17 ALPINE_VERSION',
      ]);
      const bad = rename(syntax, model, URI, { line: 3, character: 12 }, '1A', 'en');
      assert.ok(bad instanceof ResponseError);
      assert.equal(bad.message, "'1A' is not a valid variable name: start with a letter or '_', then use letters, digits or '_'.");
      const predefined = rename(syntax, model, URI, { line: 3, character: 12 }, 'TARGETARCH', 'en');
      assert.ok(predefined instanceof ResponseError);
      assert.equal(predefined.message, "'TARGETARCH' is a predefined build argument: choose another name.");
    });

    it('refuses to rename a predefined build arg, and links its uses with its declarations in stages', () => {
      const doc = open('FROM --platform=$BUILDPLATFORM alpine\nARG BUILDPLATFORM\nRUN echo $BUILDPLATFORM');
      const refused = prepareRename(doc.syntax, doc.model, { line: 0, character: 20 }, 'en');
      assert.ok(refused instanceof ResponseError);
      assert.equal(refused.message, "'BUILDPLATFORM' is a predefined build argument: it cannot be renamed.");
      assert.deepEqual(ranges(definition(doc.syntax, doc.model, URI, { line: 0, character: 20 })), []);
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 2, character: 12 }, true)), ['0:17-0:30', '1:4-1:17', '2:10-2:23']);
    });

    it('finds variables in heredoc bodies: RUN scripts (not in single quotes) and unquoted COPY bodies', () => {
      const doc = open(['FROM a', 'ARG V=1', 'RUN <<EOF', "echo $V '$V' \\$V", 'echo "${V:-x}"', 'EOF', 'COPY <<A <<"B" /x', '$V', 'A', '$V', 'B'].join('\n'));
      assert.deepEqual(ranges(definition(doc.syntax, doc.model, URI, { line: 3, character: 6 })), ['1:4-1:5']);
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 1, character: 4 }, true)), ['1:4-1:5', '3:6-3:7', '4:8-4:9', '7:1-7:2']);
      assert.deepEqual(edits(rename(doc.syntax, doc.model, URI, { line: 7, character: 1 }, 'W', 'en')), ['1:4-1:5 W', '3:6-3:7 W', '4:8-4:9 W', '7:1-7:2 W']);
      assert.deepEqual(ranges(definition(doc.syntax, doc.model, URI, { line: 9, character: 1 })), []);
    });

    it('prepares a variable rename', () => {
      assert.deepEqual(prepareRename(syntax, model, { line: 9, character: 22 }, 'en'), { range: { start: { line: 9, character: 21 }, end: { line: 9, character: 25 } }, placeholder: 'HOME' });
    });

    it('gives nothing for an undeclared variable or blank space', () => {
      const doc = open('FROM a\nRUN echo $NOPE');
      assert.deepEqual(ranges(definition(doc.syntax, doc.model, URI, { line: 1, character: 11 })), []);
      assert.deepEqual(ranges(references(doc.syntax, doc.model, URI, { line: 1, character: 11 }, true)), []);
      assert.equal(rename(doc.syntax, doc.model, URI, { line: 1, character: 11 }, 'X', 'en'), null);
      assert.deepEqual(ranges(definition(doc.syntax, doc.model, URI, { line: 1, character: 2 })), []);
    });
  });

  it('agrees with the model: every resolved use is among the references of its own symbol', () => {
    const doc = open([
      'ARG A=1 B', 'ARG A=2', 'FROM x:$A AS one', 'ARG A', 'ENV B=$A C=${B:-$A}', 'RUN echo $A $B $C $TARGETOS',
      'FROM one AS two', 'ARG B=3', 'ENV A=$B', 'ONBUILD RUN echo $A', 'FROM --platform=$BUILDPLATFORM one', 'RUN $C',
    ].join('\n'));
    let checked = 0;
    for (const instruction of doc.syntax.instructions) {
      for (const variable of instruction.variables) {
        const position = variable.nameRange.start;
        const found = ranges(references(doc.syntax, doc.model, URI, position, true));
        const resolved = ranges(definition(doc.syntax, doc.model, URI, position));
        if (found.length === 0) continue;
        checked++;
        assert.ok(found.includes(r(variable.nameRange)), `${variable.name} at ${r(variable.nameRange)}: ${found.join(' ')}`);
        for (const target of resolved) assert.ok(found.includes(target), `${variable.name}: definition ${target} not among ${found.join(' ')}`);
      }
    }
    assert.equal(checked, 10);
  });
});
