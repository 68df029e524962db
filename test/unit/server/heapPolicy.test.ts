import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

// In a process of its own: the cap is for the whole process, and would stay in the test runner.
const parsedDocuments = path.join(__dirname, '../../../server/src/parsedDocuments.js');
const diagnostics = path.join(__dirname, '../../../server/src/features/diagnostics.js');

/** Opens and analyses a document of `stages` synthetic stages in a fresh Node; says how large V8's young generation grew. */
function youngGenerationAfterOpening(stages: number): { characters: number; newSpaceMiB: number } {
  const script = `
    const v8 = require('node:v8');
    const { ParsedDocuments } = require(${JSON.stringify(parsedDocuments)});
    const { computeDiagnostics } = require(${JSON.stringify(diagnostics)});
    const stage = (i) => 'FROM base' + i + ' AS s' + i + '\\nENV A=' + i + ' B=/opt/' + i + '\\nRUN apt-get update \\\\\\n  && apt-get install -y curl\\nCOPY --chown=1:1 src /app/' + i + '\\nCMD ["/app/run", "--serve"]\\n';
    let text = '';
    for (let i = 0; i < ${stages}; i++) text += stage(i);
    const parsed = new ParsedDocuments();
    const document = parsed.configuration.create('file:///x/Dockerfile', 'dockerfile', 1, text);
    computeDiagnostics(parsed.syntaxOf(document), { locale: 'en', model: parsed.modelOf(document) });
    const newSpace = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    process.stdout.write(JSON.stringify({ characters: text.length, newSpaceMiB: newSpace.space_size / 1048576 }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { characters: number; newSpaceMiB: number };
}

describe('the young generation of the server process', function () {
  this.timeout(60_000);

  it('stops growing once a document of a megabyte or more is parsed, keeping its memory to the tree', () => {
    const large = youngGenerationAfterOpening(9000);
    assert.ok(large.characters >= 1 << 20, `the large document has ${large.characters} characters`);
    // V8 would grow it to 32 MiB while such a tree is built.
    assert.ok(large.newSpaceMiB <= 8, `young generation ${large.newSpaceMiB} MiB after a large document`);
  });

  it('is left to V8 for smaller documents', () => {
    const small = youngGenerationAfterOpening(2500);
    assert.ok(small.characters < 1 << 20, `the small document has ${small.characters} characters`);
    assert.ok(small.newSpaceMiB > 8, `young generation ${small.newSpaceMiB} MiB after a smaller document`);
  });
});
