import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'FromUntaggedImage';

describe('rule FromUntaggedImage', () => {
  it('reports an image without a tag on the image name', () => {
    assert.deepEqual(findingsOf(ID, 'FROM --platform=linux/amd64 ubuntu AS base\n'), [
      ['info', '0:28-0:34', "The image 'ubuntu' has no tag, so it means 'ubuntu:latest', whatever that is on the day of the build. Pin a version tag or a digest."],
    ]);
  });

  it('reports :latest, also behind a registry with a port', () => {
    assert.deepEqual(findingsOf(ID, 'FROM localhost:5000/team/app:latest\nFROM localhost:5000/team/app\n'), [
      ['info', '0:5-0:35', "'localhost:5000/team/app:latest' is whatever the latest image is on the day of the build. Pin a version tag or a digest."],
      ['info', '1:5-1:28', "The image 'localhost:5000/team/app' has no tag, so it means 'localhost:5000/team/app:latest', whatever that is on the day of the build. Pin a version tag or a digest."],
    ]);
  });

  it('accepts tags, digests, scratch, earlier stages and variables', () => {
    const text = [
      'ARG BASE=alpine:3.20',
      'FROM golang:1.22 AS Build',
      'FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'FROM scratch',
      'FROM build',
      'FROM ${BASE}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('reports a name that is only a later stage', () => {
    assert.equal(findingsOf(ID, 'FROM app:1\nFROM later\nFROM app:2 AS later\n').length, 1);
  });
});
