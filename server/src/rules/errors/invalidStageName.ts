import { NOTHING_FOUND, Rule } from '../rule';
import { fieldEnd, fields, isAsKeyword, skipBlanks } from './args';

/** BuildKit's stage-name pattern, applied to the lower-cased name. */
const VALID_STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;

/** `FROM image AS name` where the name is missing or not one BuildKit accepts. */
export const invalidStageName: Rule = {
  id: 'InvalidStageName',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'A build stage name is missing after AS, or is not a valid stage name.',
    zh: 'AS 后面缺少构建阶段名称，或阶段名称无效。',
  },
  messages: {
    invalid: {
      en: "Invalid stage name '{0}': it must start with a letter and contain only letters, digits, '-', '_' and '.'.",
      zh: '阶段名称“{0}”无效：必须以字母开头，且只能包含字母、数字、“-”、“_”和“.”。',
    },
    missing: { en: '{0} must be followed by a stage name.', zh: '{0} 后面必须跟一个阶段名称。' },
    addName: { en: "Name the stage '{0}'", zh: '将阶段命名为“{0}”' },
  },
  appliesTo: ['FROM'],
  checkInstruction(instruction) {
    if (instruction.name !== 'FROM' || plainFrom(instruction.rest.text)) return NOTHING_FOUND;
    const args = fields(instruction);
    if (args.length < 2 || args.length > 3 || args[1].text.toLowerCase() !== 'as') return NOTHING_FOUND;
    if (args.length === 2) {
      const name = stageNameFor(args[0].text);
      const end = args[1].range.end;
      return [{ range: args[1].range, message: 'missing', args: [args[1].text], fixes: [{ title: 'addName', args: [name], edits: [{ range: { start: end, end }, newText: ` ${name}` }] }] }];
    }
    if (!VALID_STAGE_NAME.test(args[2].text.toLowerCase())) return [{ range: args[2].range, message: 'invalid', args: [args[2].text] }];
    return NOTHING_FOUND;
  },
};

/**
 * Whether FROM's arguments surely hold nothing to report, scanned without building the fields:
 * the second field is not AS, there are more than three, or the name after AS is ASCII letters,
 * digits, `_`, `.` and `-` and starts with a letter. Anything else is checked in full.
 */
function plainFrom(text: string): boolean {
  const asStart = skipBlanks(text, fieldEnd(text, skipBlanks(text, 0)));
  const asEnd = fieldEnd(text, asStart);
  if (!isAsKeyword(text, asStart, asEnd)) return true;
  const nameStart = skipBlanks(text, asEnd);
  const nameEnd = fieldEnd(text, nameStart);
  if (skipBlanks(text, nameEnd) < text.length) return true;
  if (nameStart === nameEnd || !isAsciiLetter(text.charCodeAt(nameStart))) return false;
  for (let i = nameStart + 1; i < nameEnd; i++) {
    const code = text.charCodeAt(i);
    if (!isAsciiLetter(code) && !(code >= 48 && code <= 57) && code !== 95 && code !== 46 && code !== 45) return false;
  }
  return true;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A valid stage name from the image it starts from: `golang:1.22` gives `golang`. */
export function stageNameFor(image: string): string {
  const repository = image.replace(/[@:][^/]*$/, '').split('/').pop() ?? '';
  const name = repository.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-');
  return VALID_STAGE_NAME.test(name) ? name : 'stage';
}
