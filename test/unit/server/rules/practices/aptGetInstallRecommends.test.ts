import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

const ID = 'AptGetInstallRecommends';
const MESSAGE = "'apt-get install' without --no-install-recommends also installs every recommended package, which makes the image bigger. Add --no-install-recommends and list what you need.";

describe('rule AptGetInstallRecommends', () => {
  it('is a hint on apt-get install without --no-install-recommends', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n'), [['hint', '1:22-1:37', MESSAGE]]);
  });

  it('inserts --no-install-recommends after install', () => {
    assert.equal(applyFirstFix(ID, 'FROM debian:12\nRUN apt-get install -y curl\n'), 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n');
  });

  it('accepts the option, its -o form and an apt configuration that sets it', () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get install -y --no-install-recommends curl',
      'RUN apt-get -o APT::Install-Recommends=false install -y curl',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
    const configured = "FROM debian:12\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/norecs\nRUN apt-get install -y curl\n";
    assert.deepEqual(findingsOf(ID, configured), []);
  });

  it('leaves stages that only feed COPY --from alone', () => {
    const text = 'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /out /out\n';
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
