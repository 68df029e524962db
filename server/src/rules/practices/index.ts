import { Rule } from '../rule';
import { addForLocalFile } from './addForLocalFile';
import { aptGetInstallRecommends } from './aptGetInstallRecommends';
import { aptGetInstallWithoutYes } from './aptGetInstallWithoutYes';
import { aptGetUpdateAlone } from './aptGetUpdateAlone';
import { aptListsNotCleaned } from './aptListsNotCleaned';
import { consecutiveRuns } from './consecutiveRuns';
import { fromUntaggedImage } from './fromUntaggedImage';
import { lastUserRoot } from './lastUserRoot';
import { pipeWithoutPipefail } from './pipeWithoutPipefail';
import { runCd } from './runCd';
import { sudo } from './sudo';

/** The rules of this family; a new rule is one file plus one line here. */
export const RULES: readonly Rule[] = [
  aptGetUpdateAlone,
  aptGetInstallWithoutYes,
  aptGetInstallRecommends,
  aptListsNotCleaned,
  runCd,
  addForLocalFile,
  fromUntaggedImage,
  sudo,
  pipeWithoutPipefail,
  lastUserRoot,
  consecutiveRuns,
];
