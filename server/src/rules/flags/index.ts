import { Rule } from '../rule';
import { duplicateFlag } from './duplicateFlag';
import { invalidChecksumFlag } from './invalidChecksumFlag';
import { invalidChmodFlag } from './invalidChmodFlag';
import { invalidFlagValue } from './invalidFlagValue';
import { invalidHealthcheckOption } from './invalidHealthcheckOption';
import { invalidMountFlag } from './invalidMountFlag';
import { invalidNetworkFlag } from './invalidNetworkFlag';
import { invalidPlatformFlag } from './invalidPlatformFlag';
import { invalidSecurityFlag } from './invalidSecurityFlag';
import { unknownFlag } from './unknownFlag';

/** The rules of this family; a new rule is one file plus one line here. */
export const RULES: readonly Rule[] = [
  unknownFlag,
  duplicateFlag,
  invalidFlagValue,
  invalidMountFlag,
  invalidNetworkFlag,
  invalidSecurityFlag,
  invalidChmodFlag,
  invalidPlatformFlag,
  invalidChecksumFlag,
  invalidHealthcheckOption,
];
