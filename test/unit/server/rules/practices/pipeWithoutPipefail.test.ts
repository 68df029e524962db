import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'PipeWithoutPipefail';
const MESSAGE =
  "Without 'pipefail', this pipe only fails when its last command fails, so the build may go on after an error. Set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"], or start the RUN with 'set -o pipefail &&' where /bin/sh supports it.";

describe('rule PipeWithoutPipefail', () => {
  it('reports the first pipe of a RUN on the | itself', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh \\\n  | sh && wget -O- x | tar -x\n'), [['info', '2:2-2:3', MESSAGE]]);
  });

  it('accepts a pipefail SHELL, set -o pipefail first, and stages built on such a stage', () => {
    const text = [
      'FROM debian:12 AS base',
      'SHELL ["/bin/bash", "-euxo", "pipefail", "-c"]',
      'RUN curl -fsSL https://example.com/x | sh',
      'FROM base',
      'RUN curl -fsSL https://example.com/x | sh',
      'FROM debian:12',
      'RUN set -eo pipefail; curl -fsSL https://example.com/x | sh',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('ignores ||, quoted and substituted pipes, case patterns, echo producers and grep checks', () => {
    const text = [
      'FROM debian:12',
      'RUN make || true',
      'RUN echo "a | b" \'c|d\' && x="$(ls | wc -l)"',
      'RUN case "$arch" in amd64|arm64) echo ok ;; *) exit 1 ;; esac',
      'RUN echo "$SHA  file" | sha256sum -c -',
      'RUN locale -a | grep en_US',
      'RUN ["sh", "-c", "a | b"]',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('leaves shells other than POSIX ones alone', () => {
    const text = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr x\nFROM debian:12\nSHELL ["pwsh", "-Command"]\nRUN Get-Item x | Remove-Item\n';
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
