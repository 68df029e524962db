import { Finding, NOTHING_FOUND, Rule } from '../rule';

/** BuildKit: the `AS` of `FROM image AS name` should be cased like the `FROM` keyword. */
export const fromAsCasing: Rule = {
  id: 'FromAsCasing',
  kind: 'check',
  defaultSeverity: 'warning',
  description: { en: "The 'as' keyword should match the case of the 'from' keyword.", zh: '“as”关键字的大小写应与“from”关键字一致。' },
  messages: {
    mismatch: { en: "'{0}' and '{1}' keywords' casing do not match", zh: '“{0}”与“{1}”关键字的大小写不一致' },
    match: { en: "Change to '{0}'", zh: '改为“{0}”' },
  },
  fromsOnly: true,
  check({ model }) {
    let findings: Finding[] | undefined;
    // Index loop: this runs on every FROM of the file in a fresh process.
    const stages = model.stages;
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s];
      if (!stage.asKeyword) continue;
      const from = stage.from.keyword;
      const as = stage.from.words[1];
      if (stage.from.words.length < 3 || !as) continue;
      // `name` is the keyword upper-cased ('FROM', which is not lower case).
      const fromUpper = from === stage.from.name;
      const fromLower = !fromUpper && from === from.toLowerCase();
      // A mixed-case FROM is ConsistentInstructionCasing's business.
      if (!fromLower && !fromUpper) continue;
      const wanted = fromLower ? as.text.toLowerCase() : as.text.toUpperCase();
      if (as.text === wanted) continue;
      (findings ??= []).push({ range: as.range, message: 'mismatch', args: [as.text, from], fixes: [{ title: 'match', args: [wanted], edits: [{ range: as.range, newText: wanted }] }] });
    }
    return findings ?? NOTHING_FOUND;
  },
};
