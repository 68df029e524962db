import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check UndefinedArgInFrom', () => {
  it('warns on an undeclared name in the image and in --platform, suggesting a close one', () => {
    assert.deepEqual(findingsOf('UndefinedArgInFrom', 'ARG tag=latest\nFROM alpine:${tag}${version} AS b\nFROM --platform=$BULIDPLATFORM alpine\n'), [
      ['warning', '1:20-1:27', "FROM argument 'version' is not declared"],
      ['warning', '2:17-2:30', "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)"],
    ]);
  });

  it('accepts global ARGs (with or without a default) and predefined args', () => {
    const text = 'ARG base=alpine\nARG DEBUG\nFROM $base\nFROM --platform=$BUILDPLATFORM scratch${DEBUG}\nFROM ${TARGETOS:-linux}\n';
    assert.deepEqual(findingsOf('UndefinedArgInFrom', text), []);
  });

  it('does not accept an ARG declared inside a stage', () => {
    assert.deepEqual(findingsOf('UndefinedArgInFrom', 'FROM alpine\nARG IMG=alpine\nFROM $IMG\n'), [['warning', '2:6-2:9', "FROM argument 'IMG' is not declared"]]);
  });

  it('fixes a misspelling to the suggestion', () => {
    assert.equal(applyFirstFix('UndefinedArgInFrom', 'ARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} alpine\n'), 'ARG MY_ARCH=amd64\nFROM --platform=linux/${MY_ARCH} alpine\n');
  });
});
