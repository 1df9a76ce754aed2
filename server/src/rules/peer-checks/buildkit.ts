import type { PeerCheck } from './types';

/**
 * The build checks of BuildKit's Dockerfile frontend (`docker build --check`).
 *
 * Source: github.com/moby/buildkit, frontend/dockerfile/linter/ruleset.go (the rule definitions)
 * and frontend/dockerfile/docs/rules/_index.md (the published list, mirrored at
 * docs.docker.com/reference/build-checks). ExposeProtoCasing and ExposeInvalidFormat came with
 * moby/buildkit#6135; CopyIgnoredFile left experimental with moby/buildkit#6362 (2026), which kept
 * InvalidDefinitionDescription experimental. InvalidBaseImagePlatform is defined in ruleset.go
 * but has no page in the published list. All checks report as warnings unless a Dockerfile's
 * `# check=error=true` directive turns them into errors.
 */
export const BUILDKIT_CHECKS: readonly PeerCheck[] = [
  { id: 'StageNameCasing', defaultOn: true, summary: 'Stage names should be lowercase.' },
  { id: 'FromAsCasing', defaultOn: true, summary: 'The AS keyword should be cased like the FROM keyword.' },
  { id: 'NoEmptyContinuation', defaultOn: true, summary: 'Empty continuation lines (slated to become errors).' },
  {
    id: 'ConsistentInstructionCasing',
    defaultOn: true,
    summary: 'All instructions in the file should use the same casing, all upper or all lower.',
  },
  { id: 'DuplicateStageName', defaultOn: true, summary: 'Two stages share the same name.' },
  { id: 'ReservedStageName', defaultOn: true, summary: 'A stage is named with a reserved word such as scratch.' },
  {
    id: 'JSONArgsRecommended',
    defaultOn: true,
    summary: 'CMD or ENTRYPOINT in shell form, so the process may not receive signals.',
  },
  { id: 'MaintainerDeprecated', defaultOn: true, summary: 'MAINTAINER is deprecated; use a label for the author.' },
  { id: 'UndefinedArgInFrom', defaultOn: true, summary: 'FROM uses a build argument that was never declared.' },
  {
    id: 'WorkdirRelativePath',
    defaultOn: true,
    summary: 'A relative WORKDIR with no absolute one before it depends on the base image.',
  },
  { id: 'UndefinedVar', defaultOn: true, summary: 'A variable is used before it is defined.' },
  {
    id: 'MultipleInstructionsDisallowed',
    defaultOn: true,
    summary: 'An instruction that only counts once (CMD, ENTRYPOINT, HEALTHCHECK) appears twice in a stage.',
  },
  {
    id: 'LegacyKeyValueFormat',
    defaultOn: true,
    summary: 'ENV or LABEL uses the old "key value" form instead of key=value.',
  },
  {
    id: 'InvalidBaseImagePlatform',
    defaultOn: true,
    summary: 'The pulled base image is for a different platform than the build targets.',
  },
  {
    id: 'RedundantTargetPlatform',
    defaultOn: true,
    summary: 'FROM --platform=$TARGETPLATFORM only restates the default.',
  },
  { id: 'SecretsUsedInArgOrEnv', defaultOn: true, summary: 'An ARG or ENV name suggests it carries a secret.' },
  {
    id: 'InvalidDefaultArgInFrom',
    defaultOn: true,
    summary: 'The default of a global ARG leaves FROM with an empty or invalid image name.',
  },
  {
    id: 'FromPlatformFlagConstDisallowed',
    defaultOn: true,
    summary: 'FROM --platform is set to a fixed value rather than a variable.',
  },
  { id: 'CopyIgnoredFile', defaultOn: true, summary: 'COPY or ADD names a file that .dockerignore excludes.' },
  {
    id: 'InvalidDefinitionDescription',
    defaultOn: false,
    experimental: true,
    summary: 'A comment above a stage or ARG is not in the "# <name> <description>" form.',
  },
  { id: 'ExposeProtoCasing', defaultOn: true, summary: 'The protocol in EXPOSE should be lowercase.' },
  {
    id: 'ExposeInvalidFormat',
    defaultOn: true,
    summary: 'EXPOSE contains an IP address or a host:container port mapping.',
  },
];
