import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('rule InvalidPlatformFlag', () => {
  it('reports a specifier of the wrong shape on the value', () => {
    const text = 'FROM --platform=linux/amd64/v8/extra alpine\nFROM --platform=linux//amd64 alpine\nFROM --platform=linux/amd 64 alpine\n';
    assert.deepEqual(findingsOf('InvalidPlatformFlag', text), [
      ['error', '0:16-0:36', "'linux/amd64/v8/extra' is not a platform: write os/arch or os/arch/variant, such as linux/amd64 or linux/arm64/v8."],
      ['error', '1:16-1:28', "'linux//amd64' is not a platform: write os/arch or os/arch/variant, such as linux/amd64 or linux/arm64/v8."],
    ]);
  });

  it('reports a lone word that is neither an OS nor an architecture, and wildcards', () => {
    const text = 'FROM --platform=amd46 alpine\nFROM --platform=linux/* alpine\n';
    assert.deepEqual(findingsOf('InvalidPlatformFlag', text), [
      ['error', '0:16-0:21', "'amd46' is not a known operating system or architecture: write os/arch, such as linux/amd46."],
      ['error', '1:16-1:23', "'linux/*' is not a platform: wildcards are not supported."],
    ]);
  });

  it('accepts platforms, lone OS or architecture names, variables and empty values', () => {
    const text = [
      'FROM --platform=linux/amd64 a', 'FROM --platform=linux/arm64/v8 a', 'FROM --platform=windows/amd64 a', 'FROM --platform=arm64 a',
      'FROM --platform=linux a', 'FROM --platform=x86_64 a', 'FROM --platform=$BUILDPLATFORM a', 'FROM --platform=${TARGETOS}/${TARGETARCH} a',
      'FROM --platform= a', 'FROM --platform=windows(10.0.17763)/amd64 a', '',
    ].join('\n');
    assert.deepEqual(findingsOf('InvalidPlatformFlag', text), []);
  });
});
