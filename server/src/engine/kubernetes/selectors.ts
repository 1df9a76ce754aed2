/**
 * Label selectors and the pods they select, as the API server judges them — including the labels a
 * controller adds to every pod it creates (`pod-template-hash`, `statefulset.kubernetes.io/pod-name`,
 * `controller-revision-hash`…), which never appear in a manifest yet are selected on all the time.
 */
import { get, labelsOf } from './workloads';
import { ownValue } from '../own-keys';

export interface SelectorRequirement {
  key: string;
  /** `In`, `NotIn`, `Exists` or `DoesNotExist`; anything else is kept and never matches. */
  operator: string;
  values: string[];
}

export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: SelectorRequirement[];
}

/** A `LabelSelector` (`matchLabels` / `matchExpressions`), or undefined when the value is not a map. */
export function readLabelSelector(value: unknown): LabelSelector | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const expressions = get(value, 'matchExpressions');
  return {
    matchLabels: labelsOf(get(value, 'matchLabels')),
    matchExpressions: Array.isArray(expressions)
      ? expressions.flatMap((e): SelectorRequirement[] => {
          const key = get(e, 'key');
          const values = get(e, 'values');
          if (typeof key !== 'string') return [];
          return [
            {
              key,
              operator: String(get(e, 'operator') ?? ''),
              values: Array.isArray(values) ? values.map(labelValueText) : [],
            },
          ];
        })
      : [],
  };
}

/** A value of a selector's list as text: a map or list (which no label can hold) as written in JSON. */
function labelValueText(value: unknown): string {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A Service's or ReplicationController's selector: a plain map of labels. */
export function mapSelector(value: unknown): LabelSelector {
  return { matchLabels: labelsOf(value), matchExpressions: [] };
}

export function isEmptySelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0;
}

/** `app=web,tier=front`: how a selector is written in messages. */
export function describeSelector(selector: LabelSelector): string {
  const parts = Object.entries(selector.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of selector.matchExpressions) {
    if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator.toLowerCase()} (${e.values.join(',')})`);
  }
  return parts.join(',');
}

/** The pods of one workload, as selectors see them. */
export interface PodIdentity {
  /** The kind that creates the pods (a Deployment, a StatefulSet…), which decides the labels it adds. */
  kind: string;
  name: string | undefined;
  labels: Record<string, string>;
}

type ValueTest = (value: string, name: string | undefined) => boolean;
const anyValue: ValueTest = () => true;
const digits: ValueTest = (value) => /^\d+$/.test(value);
const sameName: ValueTest = (value, name) => name === undefined || value === name;
/** `<name>-<suffix>`: StatefulSet pod names (`web-0`), a CronJob's Jobs (`report-28917520`), DeploymentConfig deployments (`api-3`). */
const ordinalOf =
  (suffix: RegExp): ValueTest =>
  (value, name) =>
    name === undefined || (value.startsWith(`${name}-`) && suffix.test(value.slice(name.length + 1)));

const JOB_LABELS: Record<string, ValueTest> = {
  'controller-uid': anyValue,
  'batch.kubernetes.io/controller-uid': anyValue,
  'job-name': sameName,
  'batch.kubernetes.io/job-name': sameName,
  'batch.kubernetes.io/job-completion-index': digits,
};

/** Labels each controller adds to the pods it creates, with the values they can take. */
const CONTROLLER_LABELS: Record<string, Record<string, ValueTest>> = {
  Deployment: { 'pod-template-hash': anyValue },
  StatefulSet: {
    'controller-revision-hash': anyValue,
    'statefulset.kubernetes.io/pod-name': ordinalOf(/^\d+$/),
    'apps.kubernetes.io/pod-index': digits,
  },
  DaemonSet: { 'controller-revision-hash': anyValue, 'pod-template-generation': digits },
  Job: JOB_LABELS,
  CronJob: {
    ...JOB_LABELS,
    'job-name': ordinalOf(/^\d+$/),
    'batch.kubernetes.io/job-name': ordinalOf(/^\d+$/),
  },
  Rollout: { 'rollouts-pod-template-hash': anyValue },
  DeploymentConfig: {
    deployment: ordinalOf(/^\d+$/),
    deploymentconfig: sameName,
    'openshift.io/deployment-config.name': sameName,
  },
};

/** True when `key` is a label that some controller adds to its pods. */
export function isControllerLabel(key: string): boolean {
  return Object.values(CONTROLLER_LABELS).some((labels) => Object.hasOwn(labels, key));
}

/**
 * Whether the pods carry `key` with one of `values`: written in their template, or added by their
 * controller (a hash or a uid can be anything; an ordinal or a name must fit the workload).
 */
function carriesOneOf(pods: PodIdentity, key: string, values: readonly string[]): boolean {
  const written = ownValue(pods.labels, key);
  if (written !== undefined) return values.includes(written);
  const controller = ownValue(CONTROLLER_LABELS, pods.kind);
  const test = controller && ownValue(controller, key);
  return !!test && values.some((value) => test(value, pods.name));
}

function carriesKey(pods: PodIdentity, key: string): boolean {
  const controller = ownValue(CONTROLLER_LABELS, pods.kind);
  return (
    ownValue(pods.labels, key) !== undefined || (controller !== undefined && ownValue(controller, key) !== undefined)
  );
}

function requirementHolds(pods: PodIdentity, { key, operator, values }: SelectorRequirement): boolean {
  switch (operator) {
    case 'In':
      return carriesOneOf(pods, key, values);
    case 'NotIn': {
      // A controller-added value is only known at run time: it may well lie outside the list.
      const written = ownValue(pods.labels, key);
      return written === undefined || !values.includes(written);
    }
    case 'Exists':
      return carriesKey(pods, key);
    case 'DoesNotExist':
      return !carriesKey(pods, key);
    default:
      return false;
  }
}

/** Whether the selector selects these pods. An empty selector selects every pod (NetworkPolicy, PDB). */
export function selectsPods(selector: LabelSelector, pods: PodIdentity): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    if (!requirementHolds(pods, { key, operator: 'In', values: [value] })) return false;
  }
  return selector.matchExpressions.every((requirement) => requirementHolds(pods, requirement));
}

/** Whether the selector selects an object by its own labels (a ServiceMonitor selecting Services). */
export function selectsLabels(selector: LabelSelector, labels: Record<string, string>): boolean {
  return selectsPods(selector, { kind: '', name: undefined, labels });
}

/** Whether a LabelSelector (matchLabels and matchExpressions) selects pods with these labels; none selects nothing. */
export function labelSelectorSelects(selector: unknown, labels: Record<string, string>): boolean {
  if (!selector || typeof selector !== 'object') return false;
  const matchLabels = labelsOf(get(selector, 'matchLabels'));
  const expressions = get(selector, 'matchExpressions');
  const list = Array.isArray(expressions) ? expressions : [];
  if (Object.keys(matchLabels).length === 0 && list.length === 0) return true;
  return (
    Object.entries(matchLabels).every(([key, value]) => ownValue(labels, key) === value) &&
    list.every((expression) => expressionHolds(expression, labels))
  );
}

/** Whether one written matchExpressions entry holds for these labels; one it cannot read holds. */
export function expressionHolds(expression: unknown, labels: Record<string, string>): boolean {
  const key = get(expression, 'key');
  if (typeof key !== 'string') return true;
  const values = get(expression, 'values');
  const list = Array.isArray(values) ? values.map(String) : [];
  const value = ownValue(labels, key);
  switch (get(expression, 'operator')) {
    case 'In':
      return value !== undefined && list.includes(value);
    case 'NotIn':
      return value === undefined || !list.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    default:
      return true;
  }
}
