import type { Rule } from '../../engine/rule';
import absoluteWorkdir from './absolute-workdir/rule';
import aptGetNotApt from './apt-get-not-apt/rule';
import aptListsCleanup from './apt-lists-cleanup/rule';
import aptNoInstallRecommends from './apt-no-install-recommends/rule';
import consistentInstructionCasing from './consistent-instruction-casing/rule';
import copyNotAdd from './copy-not-add/rule';
import dockerfileSyntax from './dockerfile-syntax/rule';
import execFormCmd from './exec-form-cmd/rule';
import execFormShellSyntax from './exec-form-shell-syntax/rule';
import maintainerDeprecated from './maintainer-deprecated/rule';
import mergeConsecutiveRuns from './merge-consecutive-runs/rule';
import noCurlPipeShell from './no-curl-pipe-shell/rule';
import noEmptyContinuation from './no-empty-continuation/rule';
import noLatestBaseImage from './no-latest-base-image/rule';
import noPackageUpgrade from './no-package-upgrade/rule';
import noRuntimeCommandsInRun from './no-runtime-commands-in-run/rule';
import noShellRelink from './no-shell-relink/rule';
import noSudo from './no-sudo/rule';
import bashSyntaxInSh from './bash-syntax-in-sh/rule';
import noWorldWritable from './no-world-writable/rule';
import nonInteractiveInstall from './non-interactive-install/rule';
import nonRootUser from './non-root-user/rule';
import packageManagerMatchesBase from './package-manager-matches-base/rule';
import oneDownloadTool from './one-download-tool/rule';
import packageCacheCleanup from './package-cache-cleanup/rule';
import pinBaseImageDigest from './pin-base-image-digest/rule';
import pinLanguagePackageVersions from './pin-language-package-versions/rule';
import pinOsPackageVersions from './pin-os-package-versions/rule';
import pipefailBeforePipe from './pipefail-before-pipe/rule';
import stageNameCasing from './stage-name-casing/rule';
import useraddNoLogInit from './useradd-no-log-init/rule';
import wgetProgress from './wget-progress/rule';
import workdirNotCd from './workdir-not-cd/rule';
import singleCmdEntrypointHealthcheck from './single-cmd-entrypoint-healthcheck/rule';
import copyFromStageOrder from './copy-from-stage-order/rule';
import copyFromUnknownStage from './copy-from-unknown-stage/rule';
import envLabelKeyValue from './env-label-key-value/rule';
import fromArgDefined from './from-arg-defined/rule';
import undefinedVariable from './undefined-variable/rule';
import envSelfReference from './env-self-reference/rule';
import fromPlatformFlag from './from-platform-flag/rule';
import trustedBaseRegistry from './trusted-base-registry/rule';
import numericUser from './numeric-user/rule';
import secretsInArgEnv from './secrets-in-arg-env/rule';
import exposePortFormat from './expose-port-format/rule';
import labelKeyFormat from './label-key-format/rule';
import labelSchema from './label-schema/rule';
import healthcheckForServices from './healthcheck-for-services/rule';
import copyFromWholeFilesystem from './copy-from-whole-filesystem/rule';
import copySourcesIntoDirectory from './copy-sources-into-directory/rule';
import relativeCopyDestination from './relative-copy-destination/rule';
import addToExtractArchives from './add-to-extract-archives/rule';
import copyDependenciesFirst from './copy-dependencies-first/rule';
import secretFileInLayer from './secret-file-in-layer/rule';
import addUrlChecksum from './add-url-checksum/rule';
import buildToolsInFinalStage from './build-tools-in-final-stage/rule';
import dockerignoreForContext from './dockerignore-for-context/rule';
import copyIgnoredFile from './copy-ignored-file/rule';

/** Adding a Dockerfile rule: a folder with rule.ts and fixtures.ts, and one line here. */
export const DOCKERFILE_RULES: readonly Rule[] = [
  dockerfileSyntax,
  noLatestBaseImage,
  pinBaseImageDigest,
  nonRootUser,
  noSudo,
  execFormCmd,
  execFormShellSyntax,
  workdirNotCd,
  absoluteWorkdir,
  aptNoInstallRecommends,
  aptListsCleanup,
  nonInteractiveInstall,
  packageCacheCleanup,
  pinOsPackageVersions,
  packageManagerMatchesBase,
  pinLanguagePackageVersions,
  aptGetNotApt,
  noPackageUpgrade,
  pipefailBeforePipe,
  bashSyntaxInSh,
  noCurlPipeShell,
  oneDownloadTool,
  wgetProgress,
  useraddNoLogInit,
  noWorldWritable,
  noShellRelink,
  noRuntimeCommandsInRun,
  mergeConsecutiveRuns,
  copyNotAdd,
  maintainerDeprecated,
  stageNameCasing,
  consistentInstructionCasing,
  noEmptyContinuation,
  singleCmdEntrypointHealthcheck,
  copyFromStageOrder,
  copyFromUnknownStage,
  envLabelKeyValue,
  fromArgDefined,
  undefinedVariable,
  envSelfReference,
  fromPlatformFlag,
  trustedBaseRegistry,
  numericUser,
  secretsInArgEnv,
  exposePortFormat,
  labelKeyFormat,
  labelSchema,
  healthcheckForServices,
  copyFromWholeFilesystem,
  copySourcesIntoDirectory,
  relativeCopyDestination,
  addToExtractArchives,
  copyDependenciesFirst,
  secretFileInLayer,
  addUrlChecksum,
  buildToolsInFinalStage,
  dockerignoreForContext,
  copyIgnoredFile,
];
