import { Locale } from '../locale';
import { BUILD_ARGS } from './buildArgs';
import { DIRECTIVES } from './directives';
import { FLAG_VALUES, FLAGS } from './flags';
import { INSTRUCTION_DOCS } from './instructions';
import { DocEntry } from './types';

/** A documentation entry in one language. */
export interface Doc {
  summary: string;
  markdown: string;
}

function localized(entry: DocEntry | undefined, locale: Locale): Doc | undefined {
  if (!entry) return undefined;
  return locale === 'zh-cn' ? { summary: entry.summary.zh, markdown: entry.body.zh } : { summary: entry.summary.en, markdown: entry.body.en };
}

/** `RUN`, `COPY`, ... (upper case). */
export function instructionDoc(name: string, locale: Locale): Doc | undefined {
  return localized(INSTRUCTION_DOCS[name.toUpperCase()], locale);
}

/** A flag of an instruction: `flagDoc('RUN', 'mount', ...)`. */
export function flagDoc(instruction: string, flag: string, locale: Locale): Doc | undefined {
  return localized(FLAGS[instruction.toUpperCase()]?.[flag], locale);
}

/**
 * A value of a flag, or a `key` / `key=value` inside a structured flag value:
 * `flagValueDoc('RUN', 'mount', 'type=cache')`, `flagValueDoc('RUN', 'mount', 'sharing')`,
 * `flagValueDoc('RUN', 'network', 'host')`.
 */
export function flagValueDoc(instruction: string, flag: string, value: string, locale: Locale): Doc | undefined {
  return localized(FLAG_VALUES[instruction.toUpperCase()]?.[flag]?.[value], locale);
}

/** `syntax`, `escape`, `check`. */
export function directiveDoc(name: string, locale: Locale): Doc | undefined {
  return localized(DIRECTIVES[name.toLowerCase()], locale);
}

/** `TARGETPLATFORM`, `HTTP_PROXY`, ... */
export function buildArgDoc(name: string, locale: Locale): Doc | undefined {
  return localized(BUILD_ARGS[name], locale);
}
