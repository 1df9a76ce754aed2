import { KUBERNETES_RELEASE } from '../schema/release';
import type { Locale, Severity } from './types';
import { SEVERITIES } from './types';

export type RuleSetting = 'off' | 'on' | Severity;
/** The least severe finding that fails the CLI run; `none` never fails it (hadolint's `failure-threshold: none`). */
export type FailOn = Severity | 'none';

/** The value formats a label schema may require (hadolint's `label-schema`). */
export const LABEL_FORMATS = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'] as const;
export type LabelFormat = (typeof LABEL_FORMATS)[number];

export interface Config {
  /** Per-rule switch or severity override, keyed by rule id. */
  rules: Record<string, RuleSetting>;
  /** The CLI exits 1 when a finding is at least this severe. */
  failOn: FailOn;
  locale: Locale;
  /** The Kubernetes release manifests are meant for ("1.29"): deprecated and removed APIs are judged against it. */
  kubernetesVersion: string;
  /** Files, folders or globs (relative to the project) holding CustomResourceDefinitions to validate custom resources with. */
  customResourceDefinitions: string[];
  /** Registries base images may come from (`docker.io`, `*.gcr.io`); empty allows any. */
  trustedRegistries: string[];
  /** Labels every image must carry, with the format of their values; empty requires none. */
  labelSchema: Record<string, LabelFormat>;
  /** When true, labels outside `labelSchema` are reported too. */
  strictLabels: boolean;
  /** Peer checks ignored everywhere (hadolint's `ignored: [DL3008]`): findings standing for them alone are dropped. */
  ignoredChecks: string[];
  /**
   * Values files each chart is rendered with after its values.yaml, as `helm template -f` takes
   * them, by chart folder (relative to the project file in it, absolute once the CLI or the server
   * resolves them).
   */
  helmValues: Record<string, string[]>;
}

export const DEFAULT_CONFIG: Config = Object.freeze({
  rules: {},
  failOn: 'warning',
  locale: 'en',
  kubernetesVersion: KUBERNETES_RELEASE,
  customResourceDefinitions: [],
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  ignoredChecks: [],
  helmValues: {},
}) as Config;

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'on', ...SEVERITIES];

/** Later layers win; rule maps are merged key by key. */
export function mergeConfig(...layers: (Partial<Config> | undefined)[]): Config {
  const merged: Config = { ...DEFAULT_CONFIG, rules: {}, labelSchema: {}, helmValues: {} };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.failOn) merged.failOn = layer.failOn;
    if (layer.locale) merged.locale = layer.locale;
    if (layer.kubernetesVersion) merged.kubernetesVersion = normaliseKubernetesVersion(layer.kubernetesVersion);
    if (layer.customResourceDefinitions) merged.customResourceDefinitions = [...layer.customResourceDefinitions];
    if (layer.rules) merged.rules = { ...merged.rules, ...layer.rules };
    if (layer.trustedRegistries) merged.trustedRegistries = [...layer.trustedRegistries];
    if (layer.labelSchema) merged.labelSchema = { ...merged.labelSchema, ...layer.labelSchema };
    if (layer.strictLabels !== undefined) merged.strictLabels = layer.strictLabels;
    if (layer.ignoredChecks) merged.ignoredChecks = [...new Set([...merged.ignoredChecks, ...layer.ignoredChecks])];
    if (layer.helmValues) merged.helmValues = { ...merged.helmValues, ...layer.helmValues };
  }
  return merged;
}

/** "v1.29" and "1.29.3" both mean release 1.29; anything unreadable means the schemas' release. */
export function normaliseKubernetesVersion(version: string): string {
  const match = /^v?(\d+)\.(\d+)/.exec(String(version).trim());
  return match ? `${match[1]}.${match[2]}` : DEFAULT_CONFIG.kubernetesVersion;
}
