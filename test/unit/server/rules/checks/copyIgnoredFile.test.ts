import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const build = (lines: string[]) => ({ build: { dockerignore: lines } });

describe('check CopyIgnoredFile', () => {
  it('warns on a COPY or ADD source that .dockerignore excludes, on the source', () => {
    const text = 'FROM scratch\nCOPY Dockerfile .\nADD ./tmp/hello.txt /hello.txt\nCOPY node_modules/x/package.json /x\n';
    assert.deepEqual(findingsOf('CopyIgnoredFile', text, build(['# comment', 'Dockerfile', '*/hello.txt', 'node_modules'])), [
      ['warning', '1:5-1:15', 'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore'],
      ['warning', '2:4-2:19', 'Attempting to Add file "./tmp/hello.txt" that is excluded by .dockerignore'],
      ['warning', '3:5-3:32', 'Attempting to Copy file "node_modules/x/package.json" that is excluded by .dockerignore'],
    ]);
  });

  it('follows exceptions, and skips COPY --from, URLs and heredocs', () => {
    const text = 'FROM scratch AS base\nCOPY keep.md /\nCOPY --from=base /foobar /x\nADD https://example.com/foobar /x\nCOPY <<EOF /foobar\nhi\nEOF\n';
    assert.deepEqual(findingsOf('CopyIgnoredFile', text, build(['*.md', '!keep.md', 'foobar'])), []);
  });

  it('says nothing without a .dockerignore', () => {
    assert.deepEqual(findingsOf('CopyIgnoredFile', 'FROM scratch\nCOPY Dockerfile .\n'), []);
  });
});
