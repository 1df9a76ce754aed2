/**
 * hadolint's configuration file, read so a project that already has one keeps its choices:
 * ignored rules, severity overrides, trusted registries, the label schema and the failure
 * threshold. hadolint ids reach cntutor rules through each rule's `peers`.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { LABEL_FORMATS, type Config, type FailOn, type LabelFormat, type RuleSetting } from '../engine/config';
import { LineIndex } from '../engine/text';
import type { Range, Severity } from '../engine/types';
import { allRules } from '../rules';
import type { ConfigProblem, LoadedConfig } from './file';
import { ownValue, setOwn } from '../engine/own-keys';

export const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

/** hadolint's levels in cntutor terms: `style` is the mildest, a hint. */
const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };
const THRESHOLDS: Record<string, FailOn> = { ...LEVELS, ignore: 'none', none: 'none' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export function isHadolintConfig(file: string): boolean {
  return HADOLINT_CONFIG_NAMES.some((name) => file === name || file.endsWith(`/${name}`) || file.endsWith(`\\${name}`));
}

/** Reads a `.hadolint.yaml`; keys hadolint has that cntutor has no use for (format, no-color…) are left alone. */
export function parseHadolintConfig(text: string, file: string): LoadedConfig {
  const index = new LineIndex(text);
  const document = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  const problems: ConfigProblem[] = document.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    range: index.rangeOf(error.pos[0], error.pos[1]),
  }));
  if (problems.length > 0) return { path: file, config: {}, problems };
  const root = document.contents;
  if (root !== null && !isMap(root)) {
    return {
      path: file,
      config: {},
      problems: [{ message: 'a hadolint configuration is a mapping', range: rangeOf(root, index) }],
    };
  }
  const config: Partial<Config> = {};
  const rules: Record<string, RuleSetting> = {};
  const problem = (node: Node | null | undefined, message: string): void => {
    problems.push({ message, range: rangeOf(node, index) });
  };
  for (const pair of (root?.items ?? []) as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    switch (key) {
      case 'ignored': {
        const ids = stringList(value, key, problem);
        if (ids) {
          Object.assign(rules, ignoredRules(new Set(ids.map((id) => id.toUpperCase()))));
          config.ignoredChecks = ids;
        }
        break;
      }
      case 'override':
        Object.assign(rules, overriddenRules(value, problem));
        break;
      case 'trustedRegistries': {
        const registries = isScalar(value) ? [String(value.value)] : stringList(value, key, problem);
        if (registries) config.trustedRegistries = registries;
        break;
      }
      case 'label-schema': {
        const schema = labelSchema(value, problem);
        if (schema) config.labelSchema = schema;
        break;
      }
      case 'strict-labels':
        if (isScalar(value) && typeof value.value === 'boolean') config.strictLabels = value.value;
        else problem(value, 'strict-labels must be true or false');
        break;
      case 'failure-threshold': {
        const threshold = isScalar(value) ? ownValue(THRESHOLDS, String(value.value).toLowerCase()) : undefined;
        if (threshold) config.failOn = threshold;
        else problem(value, `failure-threshold must be one of: ${Object.keys(THRESHOLDS).join(', ')}`);
        break;
      }
      case 'no-fail':
        if (isScalar(value) && value.value === true) config.failOn = 'none';
        break;
      default:
        break;
    }
  }
  if (Object.keys(rules).length > 0) config.rules = rules;
  return { path: file, config: problems.length > 0 ? {} : config, problems };
}

/** Rules all of whose hadolint checks are ignored; a rule standing for several stays on while one of them is wanted. */
function ignoredRules(ignored: Set<string>): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of allRules()) {
    const ids = rule.peers.hadolint ?? [];
    if (ids.length > 0 && ids.every((id) => ignored.has(id.toUpperCase()))) rules[rule.id] = 'off';
  }
  return rules;
}

/** `override: { error: [DL3008], … }`: each rule takes the most severe level any of its hadolint ids is given. */
function overriddenRules(
  value: Node | null,
  problem: (node: Node | null, message: string) => void,
): Record<string, RuleSetting> {
  const levelOf = new Map<string, Severity>();
  if (!isMap(value)) {
    problem(value, 'override must map error, warning, info or style to lists of rule codes');
    return {};
  }
  for (const pair of value.items as Pair<Node, Node>[]) {
    const level = isScalar(pair.key) ? ownValue(LEVELS, String(pair.key.value)) : undefined;
    if (!level) {
      problem(pair.key, 'override levels are error, warning, info and style');
      continue;
    }
    for (const id of stringList(pair.value, `override.${String((pair.key as { value?: unknown }).value)}`, problem) ??
      [])
      levelOf.set(id.toUpperCase(), level);
  }
  const rules: Record<string, RuleSetting> = {};
  for (const rule of allRules()) {
    const levels = (rule.peers.hadolint ?? []).flatMap((id) => levelOf.get(id.toUpperCase()) ?? []);
    if (levels.length > 0) rules[rule.id] = levels.reduce((a, b) => (RANK[a] >= RANK[b] ? a : b));
  }
  return rules;
}

function labelSchema(
  value: Node | null,
  problem: (node: Node | null, message: string) => void,
): Record<string, LabelFormat> | undefined {
  if (!isMap(value)) {
    problem(value, 'label-schema must map label names to formats');
    return undefined;
  }
  const schema: Record<string, LabelFormat> = {};
  for (const pair of value.items as Pair<Node, Node>[]) {
    const label = isScalar(pair.key) ? String(pair.key.value) : '';
    const format = isScalar(pair.value) ? String(pair.value.value) : '';
    if ((LABEL_FORMATS as readonly string[]).includes(format)) setOwn(schema, label, format as LabelFormat);
    else problem(pair.value, `label "${label}" needs one of the formats ${LABEL_FORMATS.join(', ')}`);
  }
  return schema;
}

function stringList(
  value: Node | null,
  key: string,
  problem: (node: Node | null, message: string) => void,
): string[] | undefined {
  if (!isSeq(value) || !value.items.every((item) => isScalar(item))) {
    problem(value, `${key} must be a list`);
    return undefined;
  }
  return value.items.map((item) => String((item as { value: unknown }).value));
}

function rangeOf(node: Node | null | undefined, index: LineIndex): Range {
  return node?.range ? index.rangeOf(node.range[0], node.range[1]) : index.rangeOf(0, 0);
}
