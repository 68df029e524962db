import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

describe('check SecretsUsedInArgOrEnv', () => {
  it('warns on ARG and ENV names made of a secret token, on the name', () => {
    const text = 'FROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\nENV PUBLIC_KEY=\nARG public_token\n';
    assert.deepEqual(findingsOf('SecretsUsedInArgOrEnv', text), [
      ['warning', '1:4-1:21', 'Do not use ARG or ENV instructions for sensitive data (ARG "SECRET_PASSPHRASE")'],
      ['warning', '2:4-2:16', 'Do not use ARG or ENV instructions for sensitive data (ENV "SUPER_Secret")'],
      ['warning', '3:4-3:12', 'Do not use ARG or ENV instructions for sensitive data (ENV "password")'],
      ['warning', '3:17-3:23', 'Do not use ARG or ENV instructions for sensitive data (ENV "secret")'],
      ['warning', '4:4-4:28', 'Do not use ARG or ENV instructions for sensitive data (ARG "super_duper_secret_token")'],
      ['warning', '4:33-4:37', 'Do not use ARG or ENV instructions for sensitive data (ARG "auth")'],
      ['warning', '5:4-5:10', 'Do not use ARG or ENV instructions for sensitive data (ENV "apikey")'],
      ['warning', '6:4-6:11', 'Do not use ARG or ENV instructions for sensitive data (ENV "git_key")'],
    ]);
  });

  it('says nothing of ARGs before the first FROM, or of names that only contain a token', () => {
    assert.deepEqual(findingsOf('SecretsUsedInArgOrEnv', 'ARG GITHUB_TOKEN\nFROM alpine\nENV KEYBOARD=us TOKENIZER=x MONKEY=1\n'), []);
  });
});
