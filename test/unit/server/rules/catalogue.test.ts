import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../../../server/src/rules';

const docs = path.resolve(__dirname, '../../../../../docs/rules');

describe('the rule catalogue', () => {
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  it('documents every rule in docs/rules/<id>.md, in English and Simplified Chinese', () => {
    const missing = RULES.filter((rule) => {
      const file = path.join(docs, `${rule.id}.md`);
      if (!existsSync(file)) return true;
      const text = readFileSync(file, 'utf8');
      return !text.startsWith(`# ${rule.id}`) || !text.includes('## 简体中文');
    });
    assert.deepEqual(missing.map((r) => r.id), []);
  });

  it('says every message in both languages, with the same placeholders', () => {
    const bad: string[] = [];
    for (const rule of RULES) {
      for (const [key, message] of Object.entries({ ...rule.messages, description: rule.description })) {
        const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
        if (!message.en || !message.zh || placeholders(message.en) !== placeholders(message.zh)) bad.push(`${rule.id}.${key}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('gives errors error severity and BuildKit checks warning severity by default', () => {
    assert.deepEqual(RULES.filter((r) => r.kind === 'error' && r.defaultSeverity !== 'error').map((r) => r.id), []);
    assert.deepEqual(RULES.filter((r) => r.kind === 'check' && r.defaultSeverity !== 'warning').map((r) => r.id), []);
    assert.deepEqual(RULES.filter((r) => r.kind === 'practice' && !['info', 'hint'].includes(r.defaultSeverity)).map((r) => r.id), []);
  });
});
