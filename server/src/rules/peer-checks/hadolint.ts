import type { PeerCheck } from './types';

/**
 * hadolint's DL rules.
 *
 * Source: github.com/hadolint/hadolint, README.md rules table (default severities) and
 * src/Hadolint/Process.hs (the rules actually run), checked against src/Hadolint/Rule/DL*.hs.
 * Current as of hadolint v2.15.x (2026): DL3064–DL3067 were added in v2.15.0. DL3005, DL3017,
 * DL3031 and DL3039 still have source files but are no longer run or listed, so they are marked
 * deprecated. DL4002 was never assigned. DL3068–DL3077 and DL4007 exist only on unmerged branches
 * and are not listed.
 *
 * ShellCheck's SC rules are reported by hadolint for RUN instructions; they are summarised as one
 * entry rather than listed one by one.
 */
export const HADOLINT_CHECKS: readonly PeerCheck[] = [
  {
    id: 'DL1001',
    severity: 'ignore',
    summary: 'Inline "# hadolint ignore=" pragmas are discouraged (off by default).',
  },
  { id: 'DL3000', severity: 'error', summary: 'WORKDIR must be an absolute path.' },
  {
    id: 'DL3001',
    severity: 'info',
    summary:
      'RUN calls a command that makes little sense in an image (ssh, vim, shutdown, service, ps, top, kill, mount, ...).',
  },
  { id: 'DL3002', severity: 'warning', summary: 'The last USER of the image is root.' },
  { id: 'DL3003', severity: 'warning', summary: 'RUN uses cd to change directory; WORKDIR should do that.' },
  { id: 'DL3004', severity: 'error', summary: 'RUN uses sudo.' },
  {
    id: 'DL3005',
    severity: 'error',
    deprecated: true,
    summary: 'RUN runs apt-get upgrade or dist-upgrade (retired rule).',
  },
  { id: 'DL3006', severity: 'warning', summary: 'FROM names an image without an explicit tag.' },
  { id: 'DL3007', severity: 'warning', summary: 'FROM uses the latest tag.' },
  { id: 'DL3008', severity: 'warning', summary: 'apt-get install without pinned package versions.' },
  { id: 'DL3009', severity: 'info', summary: 'apt lists are left in the layer after apt-get install.' },
  { id: 'DL3010', severity: 'info', summary: 'A local archive is copied and unpacked by hand; ADD can extract it.' },
  { id: 'DL3011', severity: 'error', summary: 'EXPOSE names a port outside 0-65535.' },
  { id: 'DL3012', severity: 'error', summary: 'More than one HEALTHCHECK instruction.' },
  { id: 'DL3013', severity: 'warning', summary: 'pip install without pinned package versions.' },
  { id: 'DL3014', severity: 'warning', summary: 'apt-get install without -y.' },
  { id: 'DL3015', severity: 'info', summary: 'apt-get install without --no-install-recommends.' },
  { id: 'DL3016', severity: 'warning', summary: 'npm install without pinned package versions.' },
  { id: 'DL3017', severity: 'error', deprecated: true, summary: 'RUN runs apk upgrade (retired rule).' },
  { id: 'DL3018', severity: 'warning', summary: 'apk add without pinned package versions.' },
  { id: 'DL3019', severity: 'info', summary: 'apk add without --no-cache (and without a cache mount).' },
  { id: 'DL3020', severity: 'error', summary: 'ADD is used for plain files or folders where COPY would do.' },
  {
    id: 'DL3021',
    severity: 'error',
    summary: 'COPY with more than two arguments needs a destination ending in a slash.',
  },
  { id: 'DL3022', severity: 'warning', summary: 'COPY --from names a stage that was not defined before.' },
  { id: 'DL3023', severity: 'error', summary: 'COPY --from names the stage it is in.' },
  { id: 'DL3024', severity: 'error', summary: 'Two stages share the same name.' },
  {
    id: 'DL3025',
    severity: 'warning',
    summary: 'CMD or ENTRYPOINT in shell form instead of the JSON exec form.',
  },
  { id: 'DL3026', severity: 'error', summary: 'FROM pulls from a registry outside the configured trusted list.' },
  { id: 'DL3027', severity: 'warning', summary: 'RUN uses apt instead of apt-get or apt-cache.' },
  { id: 'DL3028', severity: 'warning', summary: 'gem install without pinned versions.' },
  {
    id: 'DL3029',
    severity: 'warning',
    summary: 'FROM --platform is set to a fixed value (build/target platform variables are allowed).',
  },
  { id: 'DL3030', severity: 'warning', summary: 'yum install without -y.' },
  { id: 'DL3031', severity: 'error', deprecated: true, summary: 'RUN runs yum update or upgrade (retired rule).' },
  { id: 'DL3032', severity: 'warning', summary: 'yum is used without a following "yum clean all".' },
  { id: 'DL3033', severity: 'warning', summary: 'yum install without pinned versions.' },
  { id: 'DL3034', severity: 'warning', summary: 'zypper install without its non-interactive flag.' },
  { id: 'DL3035', severity: 'warning', summary: 'RUN runs zypper dist-upgrade.' },
  { id: 'DL3036', severity: 'warning', summary: 'zypper is used without a following "zypper clean".' },
  { id: 'DL3037', severity: 'warning', summary: 'zypper install without pinned versions.' },
  { id: 'DL3038', severity: 'warning', summary: 'dnf install without -y.' },
  { id: 'DL3039', severity: 'error', deprecated: true, summary: 'RUN runs dnf upgrade (retired rule).' },
  { id: 'DL3040', severity: 'warning', summary: 'dnf is used without a following "dnf clean all".' },
  { id: 'DL3041', severity: 'warning', summary: 'dnf install without pinned versions.' },
  { id: 'DL3042', severity: 'warning', summary: 'pip install without --no-cache-dir (and without a cache mount).' },
  { id: 'DL3043', severity: 'error', summary: 'ONBUILD triggers another ONBUILD, a FROM or a MAINTAINER.' },
  { id: 'DL3044', severity: 'error', summary: 'ENV uses a variable that the same ENV instruction defines.' },
  { id: 'DL3045', severity: 'warning', summary: 'COPY to a relative destination before any WORKDIR is set.' },
  { id: 'DL3046', severity: 'warning', summary: 'useradd with a high UID but without -l bloats the image.' },
  { id: 'DL3047', severity: 'info', summary: 'wget without --progress floods the build log.' },
  { id: 'DL3048', severity: 'style', summary: 'A LABEL key is not a valid label name.' },
  { id: 'DL3049', severity: 'info', summary: 'A label required by the configured label schema is missing.' },
  { id: 'DL3050', severity: 'info', summary: 'Labels outside the configured schema are present (strict labels).' },
  { id: 'DL3051', severity: 'warning', summary: 'A schema label has an empty value.' },
  { id: 'DL3052', severity: 'warning', summary: 'A schema label expected to be a URL is not one.' },
  { id: 'DL3053', severity: 'warning', summary: 'A schema label expected to be an RFC 3339 time is not one.' },
  { id: 'DL3054', severity: 'warning', summary: 'A schema label expected to be an SPDX licence id is not one.' },
  { id: 'DL3055', severity: 'warning', summary: 'A schema label expected to be a git hash is not one.' },
  { id: 'DL3056', severity: 'warning', summary: 'A schema label expected to be a semantic version is not one.' },
  { id: 'DL3057', severity: 'ignore', summary: 'The image has no HEALTHCHECK (off by default).' },
  { id: 'DL3058', severity: 'warning', summary: 'A schema label expected to be an e-mail address is not one.' },
  { id: 'DL3059', severity: 'info', summary: 'Consecutive RUN instructions could be merged into one.' },
  { id: 'DL3060', severity: 'info', summary: 'yarn install without a following "yarn cache clean".' },
  { id: 'DL3061', severity: 'error', summary: 'The file starts with something other than FROM, ARG or a comment.' },
  { id: 'DL3062', severity: 'warning', summary: 'go install without an @version.' },
  { id: 'DL3063', severity: 'warning', summary: 'A stage is named with a reserved word.' },
  { id: 'DL3064', severity: 'warning', summary: 'An ARG or ENV name suggests it carries a secret.' },
  { id: 'DL3065', severity: 'warning', summary: 'FROM --platform=$TARGETPLATFORM only restates the default.' },
  { id: 'DL3066', severity: 'info', summary: 'The final USER is a name rather than a numeric UID.' },
  { id: 'DL3067', severity: 'warning', summary: 'COPY --from copies the whole root filesystem of another stage.' },
  { id: 'DL4000', severity: 'error', summary: 'MAINTAINER is deprecated; use a label.' },
  { id: 'DL4001', severity: 'warning', summary: 'Both wget and curl are used; pick one.' },
  { id: 'DL4003', severity: 'warning', summary: 'More than one CMD instruction.' },
  { id: 'DL4004', severity: 'error', summary: 'More than one ENTRYPOINT instruction.' },
  { id: 'DL4005', severity: 'warning', summary: 'RUN relinks /bin/sh; SHELL should change the shell.' },
  { id: 'DL4006', severity: 'warning', summary: 'RUN has a pipe but pipefail is not set through SHELL.' },
  { id: 'SC', summary: 'ShellCheck findings in the shell code of RUN instructions (the SC rules, one entry for all).' },
];
