import type { Manager } from './package-managers';

/**
 * hadolint gives each package manager its own check where cntutor has one rule for all of them:
 * a finding names the check of its manager, so `# hadolint ignore=DL3018` (apk) leaves apt alone.
 */
type ManagerChecks = Partial<Record<Manager, string>>;

export const PIN_CHECKS: ManagerChecks = {
  'apt-get': 'DL3008',
  apt: 'DL3008',
  aptitude: 'DL3008',
  apk: 'DL3018',
  yum: 'DL3033',
  zypper: 'DL3037',
  dnf: 'DL3041',
  microdnf: 'DL3041',
  pip: 'DL3013',
  npm: 'DL3016',
  gem: 'DL3028',
  go: 'DL3062',
};

export const CACHE_CHECKS: ManagerChecks = {
  apk: 'DL3019',
  yum: 'DL3032',
  zypper: 'DL3036',
  dnf: 'DL3040',
  microdnf: 'DL3040',
  pip: 'DL3042',
  yarn: 'DL3060',
};

export const YES_CHECKS: ManagerChecks = {
  'apt-get': 'DL3014',
  apt: 'DL3014',
  aptitude: 'DL3014',
  yum: 'DL3030',
  zypper: 'DL3034',
  dnf: 'DL3038',
  microdnf: 'DL3038',
};

/** `{ peerIds: [id] }` for a report; `peerIds: []` when hadolint has no check for this manager. */
export function checkOf(checks: ManagerChecks, manager: Manager): { peerIds?: string[] } {
  const id = checks[manager];
  // A manager hadolint does not check still answers to the rule's id and its other peers.
  return id ? { peerIds: [id] } : { peerIds: [] };
}
