import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check FromAsCasing', () => {
  it('warns when AS is not cased like FROM, on AS', () => {
    assert.deepEqual(findingsOf('FromAsCasing', 'FROM alpine as build\nfrom alpine AS other\n'), [
      ['warning', '0:12-0:14', "'as' and 'FROM' keywords' casing do not match"],
      ['warning', '1:12-1:14', "'AS' and 'from' keywords' casing do not match"],
    ]);
  });

  it('says nothing when the cases match, or when FROM itself is mixed case', () => {
    assert.deepEqual(findingsOf('FromAsCasing', 'FROM alpine AS a\nfrom alpine as b\nFrom alpine as c\nFROM --platform=linux/amd64 alpine AS d\n'), []);
  });

  it('fixes AS to the case of FROM', () => {
    assert.equal(applyFirstFix('FromAsCasing', 'FROM alpine as build\n'), 'FROM alpine AS build\n');
    assert.equal(applyFirstFix('FromAsCasing', 'from alpine As build\n'), 'from alpine as build\n');
  });

  it('becomes an error under # check=error=true', () => {
    assert.deepEqual(findingsOf('FromAsCasing', '# check=error=true\nFROM alpine as build\n'), [['error', '1:12-1:14', "'as' and 'FROM' keywords' casing do not match"]]);
  });
});
