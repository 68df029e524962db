import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'InvalidKeyValue';

describe('rule InvalidKeyValue', () => {
  it('reports ENV and LABEL keys without a value', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nENV DEBUG\nlabel version   \n'), [
      ['error', '1:4-1:9', "ENV 'DEBUG' has no value: write DEBUG=value."],
      ['error', '2:6-2:13', "label 'version' has no value: write version=value."],
    ]);
  });

  it('reports a later word without = in the name=value form', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nENV A=1 B\nLABEL a=1 \\\n  b c=3\n'), [
      ['error', '1:8-1:9', "'B' has no '=': every pair must be written name=value."],
      ['error', '3:2-3:3', "'b' has no '=': every pair must be written name=value."],
    ]);
  });

  it('reports blank names', () => {
    assert.deepEqual(findingsOf(ID, 'ARG =1\nFROM alpine:3.20\nENV =x\nLABEL a=1 =2\n'), [
      ['error', '0:4-0:6', 'ARG names cannot be blank.'],
      ['error', '2:4-2:6', 'ENV names cannot be blank.'],
      ['error', '3:10-3:12', 'LABEL names cannot be blank.'],
    ]);
  });

  it('checks the pairs of an ONBUILD trigger', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nONBUILD ENV A\n'), [['error', '1:12-1:13', "ENV 'A' has no value: write A=value."]]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nENV A\n', { locale: 'zh-cn' }), [['error', '1:4-1:5', 'ENV“A”没有值：请写成 A=值。']]);
  });

  it('accepts both forms, quotes and ARG without a default', () => {
    const text = 'ARG A B=2 C=\nFROM alpine:3.20\nENV A 1\nENV "a b"\nENV A=1 B="x y" C=\nLABEL "com.example.v"="1" x=\'a b\'\nLABEL desc some text here\n';
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
