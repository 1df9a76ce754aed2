import type { Rule } from '../../engine/rule';
import absoluteWorkdir from './absolute-workdir/rule';
import aptListsCleanup from './apt-lists-cleanup/rule';
import aptNoInstallRecommends from './apt-no-install-recommends/rule';
import consistentInstructionCasing from './consistent-instruction-casing/rule';
import copyNotAdd from './copy-not-add/rule';
import dockerfileSyntax from './dockerfile-syntax/rule';
import execFormCmd from './exec-form-cmd/rule';
import maintainerDeprecated from './maintainer-deprecated/rule';
import noLatestBaseImage from './no-latest-base-image/rule';
import noSudo from './no-sudo/rule';
import nonRootUser from './non-root-user/rule';
import pinBaseImageDigest from './pin-base-image-digest/rule';
import stageNameCasing from './stage-name-casing/rule';
import workdirNotCd from './workdir-not-cd/rule';

/** Adding a Dockerfile rule: a folder with rule.ts and fixtures.ts, and one line here. */
export const DOCKERFILE_RULES: readonly Rule[] = [
  dockerfileSyntax,
  noLatestBaseImage,
  pinBaseImageDigest,
  nonRootUser,
  noSudo,
  execFormCmd,
  workdirNotCd,
  absoluteWorkdir,
  aptNoInstallRecommends,
  aptListsCleanup,
  copyNotAdd,
  maintainerDeprecated,
  stageNameCasing,
  consistentInstructionCasing,
];
