import { Rule } from './rule';
import { unknownInstruction } from './unknownInstruction';

/** Every rule the server runs; a new rule is one file plus one line here. */
export const RULES: readonly Rule[] = [unknownInstruction];
