import { Instruction } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { allStrings, jsonArray } from './args';

/** Instructions whose arguments may be a JSON array (BuildKit's parseMaybeJSON and parseMaybeJSONToList). */
const MAYBE_JSON = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

const BLANKS = /[\t\v\f\r ]/;

/**
 * What BuildKit rejects about the JSON (exec) form: a JSON array holding anything but strings,
 * SHELL without the JSON form, and an empty VOLUME path. Text that is not a JSON array at all is
 * the shell form for the other instructions, which is no error.
 */
export const invalidJsonForm: Rule = {
  id: 'InvalidJsonForm',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'The JSON (exec) form of the arguments is one that docker build rejects.',
    zh: '参数的 JSON（exec）形式不被 docker build 接受。',
  },
  messages: {
    notStrings: {
      en: 'In the JSON form every element must be a string (put quotes around it).',
      zh: 'JSON 形式中的每个元素都必须是字符串（请给它加上引号）。',
    },
    shellNotJson: {
      en: 'SHELL requires the JSON form, e.g. SHELL ["/bin/bash", "-c"].',
      zh: 'SHELL 必须使用 JSON 形式，例如 SHELL ["/bin/bash", "-c"]。',
    },
    emptyVolume: { en: 'A VOLUME path cannot be empty.', zh: 'VOLUME 的路径不能为空。' },
  },
  checkInstruction(instruction) {
    let findings = checkJson(instruction, true, undefined);
    // ONBUILD parses its trigger's line at once: a bad JSON array fails the build here already.
    if (instruction.inner) findings = checkJson(instruction.inner, false, findings);
    return findings ?? NOTHING_FOUND;
  },
};

/** Adds the instruction's findings to `findings` (made when the first is found). */
function checkJson(instruction: Instruction, topLevel: boolean, findings: Finding[] | undefined): Finding[] | undefined {
  const { name, rest } = instruction;
  if (name === 'HEALTHCHECK') {
    const blank = rest.text.search(BLANKS);
    if (blank < 0) return findings;
    const array = jsonArray(rest.text.slice(blank));
    if (array && !allStrings(array)) (findings ??= []).push({ range: rest.range, message: 'notStrings' });
    return findings;
  }
  if (!MAYBE_JSON.has(name) || rest.text === '') return findings;
  // Where only elements that are not strings matter, a JSON form of plain strings is not parsed.
  const onlyElements = !topLevel || (name !== 'SHELL' && name !== 'VOLUME');
  if (onlyElements && surelyNoElementButStrings(rest.text)) return findings;
  const array = jsonArray(rest.text);
  if (array && !allStrings(array)) {
    (findings ??= []).push({ range: rest.range, message: 'notStrings' });
    return findings;
  }
  if (!topLevel) return findings;
  if (name === 'SHELL' && !array) (findings ??= []).push({ range: rest.range, message: 'shellNotJson' });
  if (name === 'VOLUME' && array && array.some((v) => (v as string).trim() === '')) {
    const values = instruction.execForm?.values ?? [];
    const bad = values.filter((v) => v.text.trim() === '');
    for (const value of bad.length > 0 ? bad : [rest]) (findings ??= []).push({ range: value.range, message: 'emptyVolume' });
  }
  return findings;
}

/**
 * Whether `jsonArray(text)` surely holds nothing but strings, or is no array at all, by char code:
 * text that starts with a printable ASCII character other than `[` is the shell form, and after
 * the `[` there is nothing outside JSON strings but `]`, `,` and JSON's blanks (every other kind
 * of element starts with something else). When undecided, the caller parses the text.
 */
function surelyNoElementButStrings(text: string): boolean {
  let i = 0;
  while (i < text.length && isJsonBlank(text.charCodeAt(i))) i++;
  if (i === text.length) return true;
  const first = text.charCodeAt(i);
  // Other characters may be blanks that `trimStart` removes before a `[`.
  if (first !== 91 /* [ */) return first > 32 && first < 127;
  for (i++; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 /* " */) {
      // To the closing quote, past backslash escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (code !== 93 /* ] */ && code !== 44 /* , */ && !isJsonBlank(code)) return false;
  }
  return true;
}

function isJsonBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
