import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('check InvalidDefaultArgInFrom', () => {
  it('warns when the defaults leave an empty or invalid image name, on the image', () => {
    const text = 'ARG VERSION\nARG IMAGE\nARG SFX="box:"\nFROM busybox:$VERSION\nFROM $IMAGE\nFROM busy${SFX}\n';
    assert.deepEqual(findingsOf('InvalidDefaultArgInFrom', text), [
      ['warning', '3:5-3:21', 'Default value for ARG busybox:$VERSION results in empty or invalid base image name'],
      ['warning', '4:5-4:11', 'Default value for ARG $IMAGE results in empty or invalid base image name'],
      ['warning', '5:5-5:15', 'Default value for ARG busy${SFX} results in empty or invalid base image name'],
    ]);
  });

  it('says nothing when the defaults give a valid name', () => {
    const text = 'ARG VERSION="latest"\nARG VARIANT=""\nARG REGISTRY=docker.io\nFROM busybox:${VERSION}\nFROM busybox:stable${VARIANT}\nFROM $REGISTRY/library/alpine:${VERSION:-3.20}\nFROM --platform=$BUILDPLATFORM golang:1.22-$TARGETOS\nFROM alpine\n';
    assert.deepEqual(findingsOf('InvalidDefaultArgInFrom', text), []);
  });
});
