import assert from 'node:assert/strict';
import { ParsedDocuments } from '../../../server/src/parsedDocuments';
import { parseDockerfile } from '../../../server/src/parser/parser';

const at = (line: number, character: number) => ({ line, character });

describe('the documents the server keeps open', () => {
  it('applies changes that arrive before the first parse to the text as opened', () => {
    const parsed = new ParsedDocuments();
    let document = parsed.configuration.create('file:///a/Dockerfile', 'dockerfile', 1, 'FROM alpine\nRUN true\n');
    // didOpen then didChange in the same burst: nothing asked for the tree in between.
    document = parsed.configuration.update(document, [{ range: { start: at(1, 4), end: at(1, 8) }, text: 'echo hi' }], 2);
    document = parsed.configuration.update(document, [{ range: { start: at(2, 0), end: at(2, 0) }, text: 'USER app\n' }], 3);
    const syntax = parsed.syntaxOf(document);
    assert.equal(document.version, 3);
    assert.deepEqual(syntax.lines, ['FROM alpine', 'RUN echo hi', 'USER app', '']);
    assert.deepEqual(syntax.instructions.map((i) => i.args), ['alpine', 'echo hi', 'app']);
  });

  it('keeps the tree in step with every change, whole-text replacements included, and builds the model of the latest tree', () => {
    const parsed = new ParsedDocuments();
    let document = parsed.configuration.create('file:///b/Dockerfile', 'dockerfile', 1, 'FROM a AS one\n');
    parsed.syntaxOf(document);
    document = parsed.configuration.update(document, [{ range: { start: at(1, 0), end: at(1, 0) }, text: 'FROM one AS two\nCOPY --from=one /x /y\n' }], 2);
    assert.deepEqual(parsed.modelOf(document).stages.map((s) => s.name), ['one', 'two']);
    document = parsed.configuration.update(document, [{ text: 'FROM b\r\nRUN x\r\n' }], 3);
    const syntax = parsed.syntaxOf(document);
    assert.deepEqual(syntax.lines, parseDockerfile('FROM b\r\nRUN x\r\n').lines);
    assert.deepEqual(parsed.modelOf(document).stages.map((s) => s.base), ['b']);
    assert.ok(parsed.findingsCacheOf('file:///b/Dockerfile'));
    parsed.close('file:///b/Dockerfile');
    assert.equal(parsed.findingsCacheOf('file:///b/Dockerfile'), undefined);
  });
});
