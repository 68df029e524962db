import { Rule } from '../rule';
import { extraArguments } from './extraArguments';
import { instructionBeforeFrom } from './instructionBeforeFrom';
import { invalidExposePort } from './invalidExposePort';
import { invalidHealthcheck } from './invalidHealthcheck';
import { invalidHeredoc } from './invalidHeredoc';
import { invalidJsonForm } from './invalidJsonForm';
import { invalidKeyValue } from './invalidKeyValue';
import { invalidOnbuild } from './invalidOnbuild';
import { invalidParserDirective } from './invalidParserDirective';
import { invalidStageName } from './invalidStageName';
import { invalidStageReference } from './invalidStageReference';
import { missingArguments } from './missingArguments';
import { unknownInstruction } from './unknownInstruction';

/** Errors: what makes `docker build` fail. A new rule is one file plus one line here. */
export const RULES: readonly Rule[] = [
  unknownInstruction,
  instructionBeforeFrom,
  missingArguments,
  extraArguments,
  invalidJsonForm,
  invalidHeredoc,
  invalidExposePort,
  invalidStageName,
  invalidStageReference,
  invalidOnbuild,
  invalidParserDirective,
  invalidKeyValue,
  invalidHealthcheck,
];
