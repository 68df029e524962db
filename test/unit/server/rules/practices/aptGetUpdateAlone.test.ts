import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'AptGetUpdateAlone';

describe('rule AptGetUpdateAlone', () => {
  it('reports apt-get update in a RUN that installs nothing', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n'), [
      ['info', '1:4-1:18', "'apt-get update' without an install in the same RUN: the build cache keeps this layer, so later installs use stale package lists. Run update and install together."],
    ]);
  });

  it('covers options before the sub-command, sudo and apt, across continuation lines', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN echo x && \\\n  apt-get -qq \\\n  update\n'), [
      ['info', '2:2-3:8', "'apt-get update' without an install in the same RUN: the build cache keeps this layer, so later installs use stale package lists. Run update and install together."],
    ]);
    assert.equal(findingsOf(ID, 'FROM debian:12\nRUN sudo apt update\n')[0][1], '1:9-1:19');
  });

  it('accepts update with install, upgrade or another consumer in the same RUN', () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
      'RUN apt-get update; apt-get dist-upgrade -y',
      'RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get -y build-dep foo',
      'RUN echo "apt-get update"',
      'RUN ["apt-get", "update"]',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('finds apt-get spelt with quotes or escapes', () => {
    const found = findingsOf(ID, 'FROM debian:12\nRUN a\\pt-get update\nRUN "apt"-get update\n');
    assert.deepEqual(found.map((f) => f[1]), ['1:4-1:19', '2:4-2:20']);
  });
});
