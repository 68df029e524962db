import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('check UndefinedVar', () => {
  it('warns on a variable used before it is declared', () => {
    assert.deepEqual(findingsOf('UndefinedVar', 'FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n'), [
      ['warning', '1:5-1:9', "Usage of undefined variable '$foo'"],
    ]);
  });

  it('suggests a declared name close to a misspelled one', () => {
    assert.deepEqual(findingsOf('UndefinedVar', 'FROM alpine\nARG DIR_ASSETS=assets/\nCOPY ${DIR_ASSET} .\nFROM scratch\nENV PATH=$PAHT:/app\n'), [
      ['warning', '2:5-2:17', "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)"],
      ['warning', '4:9-4:14', "Usage of undefined variable '$PAHT' (did you mean $PATH?)"],
    ]);
    assert.equal(applyFirstFix('UndefinedVar', 'FROM alpine\nARG DIR_ASSETS\nCOPY $DIR_ASSET .\n'), 'FROM alpine\nARG DIR_ASSETS\nCOPY $DIR_ASSETS .\n');
  });

  it('says nothing of declared ARG and ENV names, PATH, single quotes, RUN and CMD', () => {
    const text = "FROM alpine\nARG foo\nENV HOME_DIR=/home/app\nCOPY Dockerfile${foo} $HOME_DIR/\nWORKDIR $HOME_DIR\nENV PATH=$PATH:/x\nLABEL a='$nope'\nRUN echo $nope\nCMD echo $nope\nEXPOSE $nope\nONBUILD COPY $nope .\n";
    assert.deepEqual(findingsOf('UndefinedVar', text), []);
  });

  it('sees the ARGs and ENVs of the stage a stage builds on', () => {
    assert.deepEqual(findingsOf('UndefinedVar', 'FROM alpine AS base\nARG foo=Dockerfile\nENV dir=/app\nFROM base\nCOPY $foo $dir/\n'), []);
  });

  it('reports an ARG of the global scope used in a stage without ARG, and declares it', () => {
    const text = 'ARG version=1\nFROM alpine\nLABEL v=$version\n';
    assert.deepEqual(findingsOf('UndefinedVar', text), [
      ['warning', '2:8-2:16', "Usage of undefined variable '$version' (the ARG before FROM is not visible in a stage until it is declared again there with ARG version)"],
    ]);
    assert.equal(applyFirstFix('UndefinedVar', text), 'ARG version=1\nFROM alpine\nARG version\nLABEL v=$version\n');
  });

  it('reports a predefined arg used in a stage without ARG', () => {
    assert.deepEqual(findingsOf('UndefinedVar', 'FROM alpine\nCOPY bin/$TARGETARCH/app /app\n'), [
      ['warning', '1:9-1:20', "Usage of undefined variable '$TARGETARCH' (TARGETARCH is a predefined build argument, visible in a stage only after ARG TARGETARCH)"],
    ]);
    assert.deepEqual(findingsOf('UndefinedVar', 'FROM alpine\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app\n'), []);
  });

  it('expands ENV pairs with the environment before the instruction, ARG defaults one by one', () => {
    assert.deepEqual(findingsOf('UndefinedVar', 'FROM scratch\nENV A=1 B=$A\nARG C=1 D=$C\n'), [['warning', '1:10-1:12', "Usage of undefined variable '$A'"]]);
  });

  it('checks COPY --chown and RUN --mount values, not COPY --from', () => {
    const text = 'FROM scratch\nCOPY --chown=$usr --from=$stage a b\nRUN --mount=type=cache,target=$cache true\n';
    assert.deepEqual(findingsOf('UndefinedVar', text), [
      ['warning', '1:13-1:17', "Usage of undefined variable '$usr'"],
      ['warning', '2:30-2:36', "Usage of undefined variable '$cache'"],
    ]);
  });

  it('finds references in quoted flag values and after a `--`, not escaped ones or the rest of a RUN', () => {
    const text = 'FROM scratch\nRUN --mount="type=cache,target=$q" --network=$net echo $later\nRUN --mount=target=\\$esc echo\nCOPY -- $after b\nCOPY --chown="$own" a b\nRUN echo $plain\n';
    assert.deepEqual(findingsOf('UndefinedVar', text), [
      ['warning', '1:31-1:33', "Usage of undefined variable '$q'"],
      ['warning', '3:8-3:14', "Usage of undefined variable '$after'"],
      ['warning', '4:14-4:18', "Usage of undefined variable '$own'"],
    ]);
  });

  it('gives each stage the names of its own parent, whether or not a sibling declared more', () => {
    const text = 'FROM scratch AS base\nARG a\nFROM base AS one\nARG b\nCOPY $a $b /\nFROM base AS two\nCOPY $a $b /\nFROM one\nCOPY $a $b /\n';
    assert.deepEqual(findingsOf('UndefinedVar', text), [['warning', '6:8-6:10', "Usage of undefined variable '$b' (did you mean $a?)"]]);
  });

  it('on a stage built on an image, leaves undeclared upper-case names to the image', () => {
    assert.deepEqual(findingsOf('UndefinedVar', 'FROM golang\nWORKDIR $GOPATH/src\n'), []);
    assert.deepEqual(findingsOf('UndefinedVar', 'FROM scratch\nWORKDIR $GOPATH/src\n'), [['warning', '1:8-1:15', "Usage of undefined variable '$GOPATH' (did you mean $PATH?)"]]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf('UndefinedVar', 'FROM scratch\nCOPY $foo .\n', { locale: 'zh-cn' }), [['warning', '1:5-1:9', '使用了未定义的变量“$foo”']]);
  });
});
