import { Rule } from '../rule';

/** The rules of this family; a new rule is one file plus one line here. */
export const RULES: readonly Rule[] = [];
