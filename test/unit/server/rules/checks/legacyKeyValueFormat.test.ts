import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check LegacyKeyValueFormat', () => {
  it('warns on ENV and LABEL in the key value form', () => {
    assert.deepEqual(findingsOf('LegacyKeyValueFormat', 'FROM alpine\nENV testkey value\nLABEL key value\n'), [
      ['warning', '1:4-1:17', '"ENV key=value" should be used instead of legacy "ENV key value" format'],
      ['warning', '2:6-2:15', '"LABEL key=value" should be used instead of legacy "LABEL key value" format'],
    ]);
  });

  it('says nothing of key=value, nor of ARG', () => {
    assert.deepEqual(findingsOf('LegacyKeyValueFormat', 'FROM alpine\nENV testkey=value other="a b"\nLABEL key=value\nARG name\n'), []);
  });

  it('rewrites to key=value, quoting a value with blanks', () => {
    assert.equal(applyFirstFix('LegacyKeyValueFormat', 'FROM alpine\nENV PATH $GOPATH/bin:$PATH\n'), 'FROM alpine\nENV PATH=$GOPATH/bin:$PATH\n');
    assert.equal(applyFirstFix('LegacyKeyValueFormat', 'FROM alpine\nENV NJS_VERSION     0.9.6\n'), 'FROM alpine\nENV NJS_VERSION=0.9.6\n');
    assert.equal(applyFirstFix('LegacyKeyValueFormat', 'FROM alpine\nLABEL description hello   world\n'), 'FROM alpine\nLABEL description="hello   world"\n');
    assert.equal(applyFirstFix('LegacyKeyValueFormat', 'FROM alpine\nENV GREETING "hello world"\n'), 'FROM alpine\nENV GREETING="hello world"\n');
  });

  it('offers no rewrite when quotes would change the meaning', () => {
    assert.throws(() => applyFirstFix('LegacyKeyValueFormat', "FROM alpine\nENV A it's a b\n"), /no fix/);
  });
});
