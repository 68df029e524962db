import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

const ID = 'AddForLocalFile';
const MESSAGE = 'ADD of local files: use COPY, which only copies. Keep ADD for URLs, git repositories and tar archives to unpack.';

describe('rule AddForLocalFile', () => {
  it('reports ADD of local files and folders on the keyword', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nADD . /app\nADD ["run.sh", "conf/", "/opt/"]\n  ADD *.sh /bin/\n'), [
      ['info', '1:0-1:3', MESSAGE],
      ['info', '2:0-2:3', MESSAGE],
      ['info', '3:2-3:5', MESSAGE],
    ]);
  });

  it('changes ADD to COPY and keeps the flags', () => {
    assert.equal(applyFirstFix(ID, 'FROM alpine:3.20\nADD --chown=app:app --chmod=644 conf /etc/app\n'), 'FROM alpine:3.20\nCOPY --chown=app:app --chmod=644 conf /etc/app\n');
    assert.equal(applyFirstFix(ID, 'from alpine:3.20\nadd conf /etc/app\n'), 'from alpine:3.20\ncopy conf /etc/app\n');
  });

  it('accepts URLs, git sources, archives, globs that may match archives, variables and heredocs', () => {
    const text = [
      'FROM alpine:3.20',
      'ADD https://example.com/tool /usr/bin/tool',
      'ADD git@github.com:moby/buildkit.git /src',
      'ADD https://github.com/moby/buildkit.git#v0.13.0 /src',
      'ADD rootfs.tar.xz /',
      'ADD app.tgz /opt/',
      'ADD dist/* /opt/',
      'ADD $SOURCE /opt/',
      'ADD --checksum=sha256:0123 https://example.com/a /a',
      'ADD --keep-git-dir=true https://github.com/moby/buildkit.git /src',
      'ADD <<EOF /etc/motd',
      'hello',
      'EOF',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
