import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('check DuplicateStageName', () => {
  it('warns on a later stage with the same name, whatever its case', () => {
    assert.deepEqual(findingsOf('DuplicateStageName', 'FROM alpine AS build\nFROM alpine AS other\nFROM alpine AS Build\n'), [
      ['warning', '2:15-2:20', 'Duplicate stage name "build", stage names should be unique'],
    ]);
  });

  it('says nothing of unique names', () => {
    assert.deepEqual(findingsOf('DuplicateStageName', 'FROM alpine AS b1\nFROM alpine AS b2\nFROM alpine\nFROM alpine\n'), []);
  });
});
