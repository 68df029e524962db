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
    const valueText = instruction.rest.text.slice(words[0].text.length).trim();
    return { legacy: true, pairs: [new LegacyPair(instruction, unquote(valueText))] };
  }
  const pairs: KeyValue[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const equals = word.text.indexOf('=');
    pairs[i] = equals < 0 ? new WordPair(word.text, undefined, word, -1) : new WordPair(word.text.slice(0, equals), unquote(word.text.slice(equals + 1)), word, equals);
  }
  return { legacy: false, pairs };
}

// Pairs make their ranges when asked for, from their word's (most pairs of a large file are
// read for their key and value, and never reported).

/** `key=value` (or a bare `key`) as one word. */
class WordPair implements KeyValue {
  constructor(
    readonly key: string,
    readonly value: string | undefined,
    private readonly word: Token,
    /** Where `=` is in the word; -1 without one. */
    private readonly equals: number,
  ) {}

  get range(): Range {
    return this.word.range;
  }

  get keyRange(): Range {
    const range = this.word.range;
    if (this.equals < 0) return range;
    // Words never span lines at `=` in practice; positions are on the word's own line.
    const { start } = range;
    return { start, end: { line: start.line, character: start.character + this.equals } };
  }

  get valueRange(): Range | undefined {
    if (this.equals < 0) return undefined;
    const range = this.word.range;
    return { start: { line: range.start.line, character: range.start.character + this.equals + 1 }, end: range.end };
  }
}

/** The legacy `ENV key value`: the first word is the key, the rest of the arguments the value. */
class LegacyPair implements KeyValue {
  readonly key: string;

  constructor(
    private readonly instruction: Instruction,
    readonly value: string,
  ) {
    this.key = instruction.words[0].text;
  }

  get range(): Range {
    return this.instruction.rest.range;
  }

  get keyRange(): Range {
    return this.instruction.words[0].range;
  }

  get valueRange(): Range | undefined {
    const words = this.instruction.words;
    return words.length > 1 ? { start: words[1].range.start, end: words[words.length - 1].range.end } : undefined;
  }
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
