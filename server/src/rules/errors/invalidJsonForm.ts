import { Instruction } from '../../parser/syntax';
import { Finding, Rule } from '../rule';
import { jsonArray } from './args';

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
    const findings: Finding[] = [];
    checkJson(instruction, true, findings);
    // ONBUILD parses its trigger's line at once: a bad JSON array fails the build here already.
    if (instruction.inner) checkJson(instruction.inner, false, findings);
    return findings;
  },
};

function checkJson(instruction: Instruction, topLevel: boolean, findings: Finding[]): void {
  const { name, rest } = instruction;
  if (name === 'HEALTHCHECK') {
    const blank = rest.text.search(BLANKS);
    if (blank < 0) return;
    const array = jsonArray(rest.text.slice(blank));
    if (array && !array.every((v) => typeof v === 'string')) findings.push({ range: rest.range, message: 'notStrings' });
    return;
  }
  if (!MAYBE_JSON.has(name) || rest.text === '') return;
  const array = jsonArray(rest.text);
  if (array && !array.every((v) => typeof v === 'string')) {
    findings.push({ range: rest.range, message: 'notStrings' });
    return;
  }
  if (!topLevel) return;
  if (name === 'SHELL' && !array) findings.push({ range: rest.range, message: 'shellNotJson' });
  if (name === 'VOLUME' && array && array.some((v) => (v as string).trim() === '')) {
    const values = instruction.execForm?.values ?? [];
    const bad = values.filter((v) => v.text.trim() === '');
    for (const value of bad.length > 0 ? bad : [rest]) findings.push({ range: value.range, message: 'emptyVolume' });
  }
}
