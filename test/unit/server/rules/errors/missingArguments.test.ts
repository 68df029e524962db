import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'MissingArguments';

describe('rule MissingArguments', () => {
  it('reports instructions that need at least one argument', () => {
    const text = 'FROM alpine:3.20\nENV\nLABEL\nARG\nEXPOSE\nVOLUME\nVOLUME []\nONBUILD\nHEALTHCHECK\nSHELL\nSHELL [ ]\n';
    assert.deepEqual(findingsOf(ID, text), [
      ['error', '1:0-1:3', 'ENV requires at least one argument.'],
      ['error', '2:0-2:5', 'LABEL requires at least one argument.'],
      ['error', '3:0-3:3', 'ARG requires at least one argument.'],
      ['error', '4:0-4:6', 'EXPOSE requires at least one argument.'],
      ['error', '5:0-5:6', 'VOLUME requires at least one argument.'],
      ['error', '6:0-6:9', 'VOLUME requires at least one argument.'],
      ['error', '7:0-7:7', 'ONBUILD requires at least one argument.'],
      ['error', '8:0-8:11', 'HEALTHCHECK requires at least one argument.'],
      ['error', '9:0-9:5', 'SHELL requires at least one argument.'],
      ['error', '10:0-10:9', 'SHELL requires at least one argument.'],
    ]);
  });

  it('reports instructions that need exactly one argument', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nworkdir\nUSER  \nSTOPSIGNAL\nMAINTAINER\n'), [
      ['error', '1:0-1:7', 'workdir requires exactly one argument.'],
      ['error', '2:0-2:4', 'USER requires exactly one argument.'],
      ['error', '3:0-3:10', 'STOPSIGNAL requires exactly one argument.'],
      ['error', '4:0-4:10', 'MAINTAINER requires exactly one argument.'],
    ]);
  });

  it('reports COPY and ADD without a destination, flags not counted', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nCOPY app\nADD --chmod=644 ["a"]\nCOPY --from=build\n'), [
      ['error', '1:0-1:8', 'COPY requires at least two arguments: one or more sources and a destination.'],
      ['error', '2:0-2:21', 'ADD requires at least two arguments: one or more sources and a destination.'],
      ['error', '3:0-3:17', 'COPY requires at least two arguments: one or more sources and a destination.'],
    ]);
  });

  it('reports FROM without an image and HEALTHCHECK CMD without a command', () => {
    assert.deepEqual(findingsOf(ID, 'FROM --platform=linux/amd64\nHEALTHCHECK CMD\nHEALTHCHECK --interval=5s cmd []\n'), [
      ['error', '0:0-0:27', 'FROM requires the image to build from.'],
      ['error', '1:0-1:15', 'HEALTHCHECK CMD requires a command to run.'],
      ['error', '2:0-2:32', 'HEALTHCHECK CMD requires a command to run.'],
    ]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nWORKDIR\n', { locale: 'zh-cn' }), [['error', '1:0-1:7', 'WORKDIR 需要且只需要一个参数。']]);
  });

  it('accepts complete instructions, including heredoc sources and paths with spaces', () => {
    const text = [
      'FROM alpine:3.20 AS build',
      'COPY <<EOF /etc/motd',
      'hello',
      'EOF',
      'COPY "a b" /x/',
      'COPY ["a b", "/x/"]',
      'ADD --chmod=644 a /b',
      'WORKDIR /app dir',
      'USER app',
      'ENV A=1',
      'ARG B',
      'EXPOSE 80',
      'VOLUME /data',
      'ONBUILD RUN true',
      'HEALTHCHECK NONE',
      'HEALTHCHECK CMD curl -f http://localhost/',
      'SHELL ["/bin/sh", "-c"]',
      'STOPSIGNAL SIGTERM',
      'RUN',
      'CMD []',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
