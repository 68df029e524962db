import { Instruction, Range, Token } from './syntax';

/** One `key=value` (or legacy `key value`) of ENV, LABEL or ARG. */
export interface KeyValue {
  key: string;
  keyRange: Range;
  /** Unquoted; undefined for `ARG NAME` without a default. */
  value: string | undefined;
  valueRange: Range | undefined;
  /** The whole word (or, for the legacy form, the whole arguments). */
  range: Range;
}

export interface KeyValues {
  pairs: KeyValue[];
  /** `ENV key value` instead of `ENV key=value` (BuildKit: LegacyKeyValueFormat). */
  legacy: boolean;
}

/**
 * Splits ENV/LABEL/ARG arguments the way BuildKit does: words split on unquoted blanks, each
 * `key=value`; a first word without `=` in ENV or LABEL is the legacy `key value` form.
 */
export function keyValues(instruction: Instruction): KeyValues {
  return instruction.memo(KEY_VALUES, () => readKeyValues(instruction));
}

const KEY_VALUES = {};

function readKeyValues(instruction: Instruction): KeyValues {
  const words = instruction.words;
  if (words.length === 0) return { pairs: [], legacy: false };
  if (instruction.name !== 'ARG' && !words[0].text.includes('=')) {
    const first = words[0];
    const rest = words.slice(1);
    const valueRange = rest.length > 0 ? { start: rest[0].range.start, end: rest[rest.length - 1].range.end } : undefined;
    const valueText = instruction.rest.text.slice(first.text.length).trim();
    return {
      legacy: true,
      pairs: [{ key: first.text, keyRange: first.range, value: unquote(valueText), valueRange, range: instruction.rest.range }],
    };
  }
  return { legacy: false, pairs: words.map(splitPair) };
}

function splitPair(word: Token): KeyValue {
  const equals = word.text.indexOf('=');
  if (equals < 0) return { key: word.text, keyRange: word.range, value: undefined, valueRange: undefined, range: word.range };
  // Words never span lines at `=` in practice; compute positions on the word's own line.
  const start = word.range.start;
  const keyEnd = { line: start.line, character: start.character + equals };
  const valueStart = { line: start.line, character: start.character + equals + 1 };
  return {
    key: word.text.slice(0, equals),
    keyRange: { start, end: keyEnd },
    value: unquote(word.text.slice(equals + 1)),
    valueRange: { start: valueStart, end: word.range.end },
    range: word.range,
  };
}

/** Removes shell quotes and backslash escapes, as BuildKit does for these values. */
export function unquote(text: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"' && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) out += text[++i];
      else out += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '\\' && i + 1 < text.length) out += text[++i];
    else out += ch;
  }
  return out;
}
