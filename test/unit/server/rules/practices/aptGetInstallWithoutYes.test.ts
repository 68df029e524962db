import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

const ID = 'AptGetInstallWithoutYes';
const MESSAGE = "'apt-get install' without -y: no one can answer its confirmation prompt during the build, which then aborts. Add -y.";

describe('rule AptGetInstallWithoutYes', () => {
  it('reports apt-get install without -y on the command and its sub-command', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN apt-get update && apt-get install curl\n'), [['info', '1:22-1:37', MESSAGE]]);
  });

  it('names apt when apt is used', () => {
    assert.equal(findingsOf(ID, 'FROM debian:12\nRUN apt install curl\n')[0][2], "'apt install' without -y: no one can answer its confirmation prompt during the build, which then aborts. Add -y.");
  });

  it('inserts -y after install', () => {
    assert.equal(applyFirstFix(ID, 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install \\\n      curl\n'), 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y \\\n      curl\n');
  });

  it('accepts -y, --yes, --assume-yes, -qq, clusters, the setting, yes | and simulation', () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get install -y curl',
      'RUN apt-get -yq install curl',
      'RUN apt-get install --yes curl',
      'RUN apt-get install --assume-yes curl',
      'RUN apt-get -qq install curl',
      'RUN apt-get -q -q install curl',
      'RUN apt-get -o APT::Get::Assume-Yes=true install curl',
      'RUN yes | apt-get install curl',
      'RUN apt-get install -s curl',
      'RUN echo "apt-get install curl"',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('accepts installs after an apt configuration that says Assume-Yes', () => {
    const text = "FROM debian:12\nRUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install curl\n";
    assert.deepEqual(findingsOf(ID, text), []);
    const inherited = "FROM debian:12 AS base\nRUN printf 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nFROM base\nRUN apt-get install curl\n";
    assert.deepEqual(findingsOf(ID, inherited), []);
    assert.equal(findingsOf(ID, inherited.replace('FROM base', 'FROM debian:12')).length, 1);
  });
});
