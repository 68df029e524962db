import { Rule } from '../rule';
import { consistentInstructionCasing } from './consistentInstructionCasing';
import { copyIgnoredFile } from './copyIgnoredFile';
import { duplicateStageName } from './duplicateStageName';
import { exposeInvalidFormat } from './exposeInvalidFormat';
import { exposeProtoCasing } from './exposeProtoCasing';
import { fromAsCasing } from './fromAsCasing';
import { fromPlatformFlagConstDisallowed } from './fromPlatformFlagConstDisallowed';
import { invalidDefaultArgInFrom } from './invalidDefaultArgInFrom';
import { jsonArgsRecommended } from './jsonArgsRecommended';
import { legacyKeyValueFormat } from './legacyKeyValueFormat';
import { maintainerDeprecated } from './maintainerDeprecated';
import { multipleInstructionsDisallowed } from './multipleInstructionsDisallowed';
import { noEmptyContinuation } from './noEmptyContinuation';
import { redundantTargetPlatform } from './redundantTargetPlatform';
import { reservedStageName } from './reservedStageName';
import { secretsUsedInArgOrEnv } from './secretsUsedInArgOrEnv';
import { stageNameCasing } from './stageNameCasing';
import { undefinedArgInFrom } from './undefinedArgInFrom';
import { undefinedVar } from './undefinedVar';
import { workdirRelativePath } from './workdirRelativePath';

/** The rules of this family; a new rule is one file plus one line here. */
export const RULES: readonly Rule[] = [
  stageNameCasing,
  fromAsCasing,
  consistentInstructionCasing,
  duplicateStageName,
  reservedStageName,
  jsonArgsRecommended,
  maintainerDeprecated,
  undefinedArgInFrom,
  undefinedVar,
  workdirRelativePath,
  multipleInstructionsDisallowed,
  legacyKeyValueFormat,
  noEmptyContinuation,
  secretsUsedInArgOrEnv,
  redundantTargetPlatform,
  fromPlatformFlagConstDisallowed,
  invalidDefaultArgInFrom,
  exposeProtoCasing,
  exposeInvalidFormat,
  copyIgnoredFile,
];
