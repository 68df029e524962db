import { Instruction } from '../../parser/syntax';
import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { allStrings, fieldCount, jsonArray, wholeLine } from './args';

/** Instructions BuildKit rejects without any argument ("requires at least one argument"). */
const AT_LEAST_ONE = new Set(['ENV', 'LABEL', 'ARG', 'EXPOSE', 'VOLUME', 'ONBUILD', 'HEALTHCHECK', 'SHELL']);
/** Instructions that take the rest of the line as their one argument ("requires exactly one argument"). */
const EXACTLY_ONE = new Set(['WORKDIR', 'USER', 'STOPSIGNAL', 'MAINTAINER']);

const BLANKS = /[\t\v\f\r ]/;

/** The arity BuildKit enforces when it turns each instruction into a command. */
export const missingArguments: Rule = {
  id: 'MissingArguments',
  kind: 'error',
  defaultSeverity: 'error',
  description: {
    en: 'The instruction lacks arguments that docker build requires.',
    zh: '指令缺少 docker build 要求的参数。',
  },
  messages: {
    atLeastOne: { en: '{0} requires at least one argument.', zh: '{0} 至少需要一个参数。' },
    exactlyOne: { en: '{0} requires exactly one argument.', zh: '{0} 需要且只需要一个参数。' },
    sourceAndDest: {
      en: '{0} requires at least two arguments: one or more sources and a destination.',
      zh: '{0} 至少需要两个参数：一个或多个源路径，以及目标路径。',
    },
    fromImage: { en: 'FROM requires the image to build from.', zh: 'FROM 需要指定构建所基于的镜像。' },
    healthcheckCommand: { en: 'HEALTHCHECK CMD requires a command to run.', zh: 'HEALTHCHECK CMD 后面需要一个要运行的命令。' },
  },
  appliesTo: [...AT_LEAST_ONE, ...EXACTLY_ONE, 'COPY', 'ADD', 'FROM'],
  checkInstruction(instruction) {
    const finding = check(instruction);
    return finding ? [finding] : NOTHING_FOUND;
  },
};

/** The one finding an instruction may have (a list is made only for it). */
function check(instruction: Instruction): Finding | undefined {
  const { name, rest } = instruction;
  if (AT_LEAST_ONE.has(name)) {
    // `VOLUME []` and `SHELL []` are JSON arrays with nothing in them.
    const empty = rest.text === '' || ((name === 'VOLUME' || name === 'SHELL') && jsonArray(rest.text)?.length === 0);
    if (empty) return { range: wholeLine(instruction), message: 'atLeastOne', args: [instruction.keyword] };
    if (name === 'HEALTHCHECK') {
      const blank = rest.text.search(BLANKS);
      const type = blank < 0 ? rest.text : rest.text.slice(0, blank);
      const command = blank < 0 ? '' : rest.text.slice(blank).trim();
      if (type.toUpperCase() === 'CMD' && (command === '' || jsonArray(command)?.length === 0)) {
        return { range: wholeLine(instruction), message: 'healthcheckCommand' };
      }
    }
  } else if (EXACTLY_ONE.has(name)) {
    if (rest.text === '') return { range: wholeLine(instruction), message: 'exactlyOne', args: [instruction.keyword] };
  } else if (name === 'COPY' || name === 'ADD') {
    const array = jsonArray(rest.text);
    if (array && !allStrings(array)) return undefined; // InvalidJsonForm's
    if ((array ? array.length : fieldCount(rest.text)) < 2) return { range: wholeLine(instruction), message: 'sourceAndDest', args: [instruction.keyword] };
  } else if (name === 'FROM') {
    if (fieldCount(rest.text) === 0) return { range: wholeLine(instruction), message: 'fromImage' };
  }
  return undefined;
}
