import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'InvalidJsonForm';

describe('rule InvalidJsonForm', () => {
  it('reports JSON arrays holding something other than strings', () => {
    const text = 'FROM alpine:3.20\nCMD ["sleep", 10]\nRUN [null]\nCOPY ["a", 1]\nHEALTHCHECK CMD ["curl", true]\nONBUILD ENTRYPOINT [1]\n';
    assert.deepEqual(findingsOf(ID, text), [
      ['error', '1:4-1:17', 'In the JSON form every element must be a string (put quotes around it).'],
      ['error', '2:4-2:10', 'In the JSON form every element must be a string (put quotes around it).'],
      ['error', '3:5-3:13', 'In the JSON form every element must be a string (put quotes around it).'],
      ['error', '4:12-4:30', 'In the JSON form every element must be a string (put quotes around it).'],
      ['error', '5:19-5:22', 'In the JSON form every element must be a string (put quotes around it).'],
    ]);
  });

  it('reports nested arrays and objects, and a JSON array after a blank that trims away', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nCMD [["a"]]\nRUN ["a", {}]\nCMD \u00a0[1]\n'), [
      ['error', '1:4-1:11', 'In the JSON form every element must be a string (put quotes around it).'],
      ['error', '2:4-2:13', 'In the JSON form every element must be a string (put quotes around it).'],
      ['error', '3:4-3:8', 'In the JSON form every element must be a string (put quotes around it).'],
    ]);
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nCMD ["a\\"b", "c\\\\", "[1]"]\nRUN ["a",]\n'), []);
  });

  it('reports SHELL in shell form and an empty VOLUME path', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nSHELL /bin/bash -c\nSHELL ["sh", "-c"\nVOLUME ["/data", " "]\n'), [
      ['error', '1:6-1:18', 'SHELL requires the JSON form, e.g. SHELL ["/bin/bash", "-c"].'],
      ['error', '2:6-2:17', 'SHELL requires the JSON form, e.g. SHELL ["/bin/bash", "-c"].'],
      ['error', '3:17-3:20', 'A VOLUME path cannot be empty.'],
    ]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nCMD [1]\n', { locale: 'zh-cn' }), [['error', '1:4-1:7', 'JSON 形式中的每个元素都必须是字符串（请给它加上引号）。']]);
  });

  it('takes text that is not a JSON array as the shell form, as docker build does', () => {
    const text = [
      'FROM alpine:3.20',
      "CMD ['single', 'quotes']",
      'RUN [ -f /etc/os-release ] && echo ok',
      'ENTRYPOINT ["unterminated"',
      'CMD ["a"] # not a comment',
      'SHELL ["/bin/sh", "-c"]',
      'VOLUME ["/data", "/logs"]',
      'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]',
      'COPY ["a b", "/c/"]',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
