import { RULES as CHECKS } from './checks';
import { RULES as ERRORS } from './errors';
import { RULES as FLAGS } from './flags';
import { RULES as PRACTICES } from './practices';
import { Rule } from './rule';

/** Every rule the server runs, by family. */
export const RULES: readonly Rule[] = [...ERRORS, ...FLAGS, ...CHECKS, ...PRACTICES];
