import { Rule } from '../rule';
import { unknownInstruction } from './unknownInstruction';

/** Errors: what makes `docker build` fail. A new rule is one file plus one line here. */
export const RULES: readonly Rule[] = [unknownInstruction];
