import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check MaintainerDeprecated', () => {
  it('warns on MAINTAINER, on the keyword', () => {
    assert.deepEqual(findingsOf('MaintainerDeprecated', 'FROM alpine\nMAINTAINER Jane Doe <jane@example.org>\n'), [
      ['warning', '1:0-1:10', 'Maintainer instruction is deprecated in favor of using label'],
    ]);
  });

  it('says nothing of the label', () => {
    assert.deepEqual(findingsOf('MaintainerDeprecated', 'FROM alpine\nLABEL org.opencontainers.image.authors="jane@example.org"\n'), []);
  });

  it('replaces it with the OCI authors label, quoting the value', () => {
    assert.equal(
      applyFirstFix('MaintainerDeprecated', 'FROM alpine\nMAINTAINER Jane "JD" Doe <jane@example.org>\n'),
      'FROM alpine\nLABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe <jane@example.org>"\n',
    );
    assert.equal(applyFirstFix('MaintainerDeprecated', 'from alpine\nmaintainer $me\n'), 'from alpine\nlabel org.opencontainers.image.authors="\\$me"\n');
  });
});
