import { Instruction } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule } from '../rule';

const WHITESPACE = /[\t\v\f\r ]+/;

/**
 * ENV, LABEL and ARG syntax that BuildKit rejects: `ENV key` with no value, a later word without
 * `=` in `ENV a=1 b`, and a blank name (`ENV =x`, `ARG =x`).
 */
export const invalidKeyValue: Rule = {
  id: 'InvalidKeyValue',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'An ENV, LABEL or ARG is not written as name=value pairs that docker build accepts.',
    zh: 'ENV、LABEL 或 ARG 没有按 docker build 接受的“名称=值”格式书写。',
  },
  messages: {
    noValue: {
      en: "{0} '{1}' has no value: write {1}=value.",
      zh: '{0}“{1}”没有值：请写成 {1}=值。',
    },
    noEquals: {
      en: "'{0}' has no '=': every pair must be written name=value.",
      zh: '“{0}”中没有“=”：每一对都必须写成 名称=值。',
    },
    blankName: { en: '{0} names cannot be blank.', zh: '{0} 的名称不能为空。' },
  },
  appliesTo: ['ARG', 'ENV', 'LABEL'],
  checkInstruction(instruction) {
    let findings = checkPairs(instruction, true, undefined);
    // ONBUILD parses an ENV or LABEL trigger's pairs at once; its other checks wait for the trigger.
    if (instruction.inner) findings = checkPairs(instruction.inner, false, findings);
    return findings ?? NOTHING_FOUND;
  },
};

/** Adds the instruction's findings to `findings` (made when the first is found); index loops, as this runs on every ARG, ENV and LABEL. */
function checkPairs(instruction: Instruction, topLevel: boolean, findings: Finding[] | undefined): Finding[] | undefined {
  const { name } = instruction;
  // The words only of the instructions this looks at (working them out is most of the cost).
  if (name !== 'ARG' && name !== 'ENV' && name !== 'LABEL') return findings;
  const words = instruction.words;
  if (words.length === 0) return findings;
  if (name === 'ARG') {
    if (!topLevel) return findings;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word.text.startsWith('=')) (findings ??= []).push({ range: word.range, message: 'blankName', args: [instruction.keyword] });
    }
    return findings;
  }
  if (!words[0].text.includes('=')) {
    // The legacy `ENV key value` form: the value is the rest of the line, which must not be empty.
    if (instruction.rest.text.trim().split(WHITESPACE).length < 2) {
      (findings ??= []).push({ range: words[0].range, message: 'noValue', args: [instruction.keyword, words[0].text] });
    }
    return findings;
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.text.includes('=')) (findings ??= []).push({ range: word.range, message: 'noEquals', args: [word.text] });
    else if (topLevel && word.text.startsWith('=')) (findings ??= []).push({ range: word.range, message: 'blankName', args: [instruction.keyword] });
  }
  return findings;
}
