import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { computeDiagnostics } from '../../../server/src/features/diagnostics';
import { parseDockerfile } from '../../../server/src/parser/parser';

// 138 real Dockerfiles that docker build accepts: not one error may be reported on them.
// It sits in shared/ beside the repository; BERTH_CORPUS points elsewhere.
const corpus = process.env.BERTH_CORPUS ?? path.resolve(__dirname, '../../../../../shared/corpus/dockerfiles');
const files = existsSync(corpus) ? readdirSync(corpus).sort() : [];

describe('the real-world corpus', () => {
  it('is there to test against', () => {
    assert.ok(files.length >= 100, `expected the corpus at ${corpus}, found ${files.length} files`);
  });

  it('gets no error-level diagnostic on any file', () => {
    const errors: string[] = [];
    for (const file of files) {
      const diagnostics = computeDiagnostics(parseDockerfile(readFileSync(path.join(corpus, file), 'utf8')), { locale: 'en' });
      for (const d of diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error)) {
        errors.push(`${file}:${d.range.start.line + 1}: ${d.message}`);
      }
    }
    assert.deepEqual(errors, []);
  });

  it('parses every file into at least one FROM', () => {
    const withoutFrom = files.filter((file) => !parseDockerfile(readFileSync(path.join(corpus, file), 'utf8')).instructions.some((i) => i.name === 'FROM'));
    assert.deepEqual(withoutFrom, []);
  });
});
