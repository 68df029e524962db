import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const SHA = 'sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d';

describe('rule InvalidChecksumFlag', () => {
  it('reports a malformed digest on the value', () => {
    const text = `FROM alpine\nADD --checksum=sha256:abc https://example.com/a.tgz /a\nADD --checksum=md5:0123 https://example.com/a.tgz /a\nADD --checksum=${SHA.toUpperCase()} https://example.com/a.tgz /a\n`;
    assert.deepEqual(findingsOf('InvalidChecksumFlag', text), [
      ['error', '1:15-1:25', "'sha256:abc' is not a valid digest: write sha256:<64 lowercase hex digits> (or sha384, sha512)."],
      ['error', '2:15-2:23', "'md5' is not a supported digest algorithm: use sha256, sha384 or sha512."],
      ['error', '3:15-3:86', `'${SHA.toUpperCase()}' is not a valid digest: write sha256:<64 lowercase hex digits> (or sha384, sha512).`],
    ]);
  });

  it('reports a checksum on a local source or on several sources', () => {
    const text = `FROM alpine\nADD --checksum=${SHA} app.tgz /a\nADD --checksum=${SHA} https://x.org/a https://x.org/b /a\n`;
    assert.deepEqual(findingsOf('InvalidChecksumFlag', text), [
      ['error', '1:4-1:86', "--checksum needs an HTTP(S) URL or a Git repository as source, not 'app.tgz'."],
      ['error', '2:4-2:86', '--checksum needs exactly one source, not 2.'],
    ]);
  });

  it('accepts a digest on a URL, anything on a Git source, and variables', () => {
    const text = [
      'FROM alpine',
      `ADD --checksum=${SHA} https://example.com/a.tgz /a`,
      `ADD --checksum=${SHA} ["https://example.com/a.tgz", "/a"]`,
      'ADD --checksum=8d2bc21c0c9f0bde4b04ec7c8a7b11ea1bd4a6ca https://github.com/moby/buildkit.git#v0.10.1 /b',
      'ADD --checksum=abc123 git@github.com:moby/buildkit.git /b',
      `ADD --checksum=${SHA} github.com/moby/buildkit /b`,
      'ADD --checksum=$SUM https://example.com/a.tgz /a',
      `ADD --checksum=${SHA} $URL /a`,
      '',
    ].join('\n');
    assert.deepEqual(findingsOf('InvalidChecksumFlag', text), []);
  });
});
