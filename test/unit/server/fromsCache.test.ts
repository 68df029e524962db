// Whole-file rules that read only the FROMs (and what comes before the first FROM) keep their
// findings while those instructions are the same objects on the same lines.
import assert from 'node:assert/strict';
import { Diagnostic } from 'vscode-languageserver';
import { computeDiagnostics, FindingsCache } from '../../../server/src/features/diagnostics';
import { buildModel } from '../../../server/src/model/model';
import { applyChange, TextChange } from '../../../server/src/parser/incremental';
import { parseDockerfile, parseLines } from '../../../server/src/parser/parser';
import { RULES } from '../../../server/src/rules';
import { duplicateStageName } from '../../../server/src/rules/checks/duplicateStageName';
import { stageNameCasing } from '../../../server/src/rules/checks/stageNameCasing';
import { Rule } from '../../../server/src/rules/rule';

const plain = (diagnostics: Diagnostic[]) => JSON.parse(JSON.stringify(diagnostics)) as unknown;

/** Counts the runs of a rule's whole-file check while `body` runs. */
function counting(rule: Rule, body: (runs: () => number) => void): void {
  const original = rule.check!;
  let runs = 0;
  rule.check = (context) => {
    runs++;
    return original.call(rule, context);
  };
  try {
    body(() => runs);
  } finally {
    rule.check = original;
  }
}

const TEXT = ['ARG BASE=alpine', 'FROM $BASE AS build', 'RUN make', 'FROM build AS build', 'RUN echo hi', 'FROM build AS Out', 'COPY --from=Out /a /b', ''].join('\n');

describe('findings of the rules that read only the FROMs', () => {
  it('are marked on the FROM-only rules, which all have a whole-file check', () => {
    const marked = RULES.filter((rule) => rule.fromsOnly);
    assert.ok(marked.includes(duplicateStageName));
    assert.equal(stageNameCasing.fromsOnly, 'whenNone');
    for (const rule of marked) assert.ok(rule.check && !rule.stages, rule.id);
  });

  it('are kept across an edit inside a stage, found again when a FROM changes or moves, and always equal a fresh analysis', () => {
    counting(duplicateStageName, (runs) => {
      const cache = new FindingsCache();
      let syntax = parseDockerfile(TEXT);
      let model = buildModel(syntax);
      const analyse = (change: TextChange | undefined) => {
        if (change) {
          syntax = applyChange(syntax, change);
          model = buildModel(syntax, model);
        }
        const kept = computeDiagnostics(syntax, { locale: 'en', cache, model });
        assert.deepEqual(plain(kept), plain(computeDiagnostics(parseLines(syntax.lines.slice()), { locale: 'en' })), JSON.stringify(change));
        return kept;
      };
      const at = (line: number, character: number) => ({ line, character });

      const first = analyse(undefined);
      assert.equal(runs(), 2, 'the first run, and the fresh one');
      assert.equal(first.filter((d) => d.code === 'DuplicateStageName').length, 1);

      analyse({ range: { start: at(4, 11), end: at(4, 11) }, text: '!' });
      assert.equal(runs(), 3, 'only the fresh analysis ran the rule: the edit left the FROMs alone');

      analyse({ range: { start: at(3, 17), end: at(3, 18) }, text: 'x' });
      assert.equal(runs(), 5, 'a FROM changed: the rule ran again');
      assert.equal(analyse(undefined).filter((d) => d.code === 'DuplicateStageName').length, 0);

      analyse({ range: { start: at(3, 17), end: at(3, 18) }, text: 'l' });
      analyse({ range: { start: at(2, 0), end: at(2, 0) }, text: 'RUN more\n' });
      const moved = analyse(undefined).filter((d) => d.code === 'DuplicateStageName');
      assert.equal(moved.length, 1);
      assert.equal(moved[0].range.start.line, 4, 'the finding moved with its FROM');
    });
  });

  it('of a whenNone rule are found again after every edit while there are some', () => {
    counting(stageNameCasing, (runs) => {
      const cache = new FindingsCache();
      let syntax = parseDockerfile(TEXT);
      let model = buildModel(syntax);
      computeDiagnostics(syntax, { locale: 'en', cache, model });
      syntax = applyChange(syntax, { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'COPY --from=Out /c /d\n' });
      model = buildModel(syntax, model);
      const kept = computeDiagnostics(syntax, { locale: 'en', cache, model });
      assert.equal(runs(), 2);
      const casing = kept.find((d) => d.code === 'StageNameCasing');
      // The fix renames both COPY --from references, the new one included.
      const fixes = (casing?.data as { fixes: Array<{ edits: unknown[] }> }).fixes;
      assert.equal(fixes[0].edits.length, 3);
    });
  });
});
