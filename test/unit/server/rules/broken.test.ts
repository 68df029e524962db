import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { diagnose, rangeText } from './helpers';

// test/fixtures/broken/*.Dockerfile: Dockerfiles that docker build rejects. Each expected error
// is written in the file as a comment `# expect <RuleId> <line>:<char>-<line>:<char>` (zero-based,
// as LSP counts), and no other error may be reported.
const folder = path.resolve(__dirname, '../../../../../test/fixtures/broken');
const EXPECT = /^#\s*expect\s+(\S+)\s+(\d+:\d+-\d+:\d+)\s*$/;

describe('the corpus of broken Dockerfiles', () => {
  const files = readdirSync(folder).filter((f) => f.endsWith('.Dockerfile')).sort();

  it('exists', () => assert.ok(files.length > 0));

  for (const file of files) {
    it(`reports exactly the expected errors in ${file}`, () => {
      const text = readFileSync(path.join(folder, file), 'utf8');
      const expected = text.split(/\r?\n/).flatMap((line) => {
        const match = EXPECT.exec(line.trim());
        return match ? [`${match[1]} ${match[2]}`] : [];
      });
      assert.ok(expected.length > 0, 'the file says what it expects');
      const actual = diagnose(text)
        .filter((d) => d.severity === DiagnosticSeverity.Error)
        .map((d) => `${d.code} ${rangeText(d.range)}`);
      assert.deepEqual(actual.sort(), expected.sort());
    });
  }
});
