import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'AptListsNotCleaned';
const MESSAGE = "This RUN leaves the apt package lists in its layer. End it with 'rm -rf /var/lib/apt/lists/*' to keep the image small.";

describe('rule AptListsNotCleaned', () => {
  it('reports an update-and-install RUN that keeps the lists', () => {
    const text = 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl\n';
    assert.deepEqual(findingsOf(ID, text), [['info', '2:4-2:19', MESSAGE]]);
  });

  it('accepts rm of the lists, apt-get dist-clean and a cache mount', () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      'RUN apt-get update && apt-get install -y curl && rm -rf "/var/lib/apt/lists"',
      'RUN set -eux; apt-get update; apt-get install -y curl; apt-get dist-clean',
      'RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('leaves out RUNs without update, simulations and stages that only feed COPY --from', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN apt-get install -y curl\n'), []);
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN apt-get update && apt-get install -s curl\n'), []);
    const multi = 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /out /out\n';
    assert.deepEqual(findingsOf(ID, multi), []);
  });
});
