import type { Rule } from './rule';
import type { ParsedDockerfile } from './dockerfile/context';
import type { K8sObject } from './kubernetes/parse';
import { podMetadataPath } from './kubernetes/workloads';
import { nodeAt } from './kubernetes/parse';
import { isMap, isScalar, type YAMLMap } from 'yaml';
import type { LineIndex } from './text';
import type { Peers } from './types';

/**
 * Inline suppressions, our own and those of the tools people migrate from, so existing
 * `# hadolint ignore=…`, BuildKit `# check=skip=…`, kube-linter, kube-score, Polaris and Checkov
 * annotations keep working unchanged.
 */
export interface Suppressions {
  /** Names ignored everywhere in the file (rule ids or peer ids). */
  global: Set<string>;
  /** Names ignored on a given zero-based line. */
  byLine: Map<number, Set<string>>;
  /** BuildKit checks skipped by `# check=skip=…` (`all` for every one); they silence BuildKit-mapped rules only. */
  buildkitSkip?: Set<string>;
  /** `# check=error=true`: BuildKit fails the build on its checks, so their findings are errors. */
  buildkitErrors?: boolean;
}

const IGNORE_COMMENT = /^#\s*(hadolint|cntutor)\s+(global\s+)?ignore\s*=\s*([\w\s,.-]+)/i;
const CHECK_DIRECTIVE = /^#\s*check\s*=\s*(.*)$/i;

function splitNames(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

export function dockerfileSuppressions(file: ParsedDockerfile): Suppressions {
  const result: Suppressions = { global: new Set(), byLine: new Map() };
  const instructionLines = file.instructions.map((i) => i.getRange().start.line);
  // Scan lines rather than the parser's comments: a comment on the first line may be read as a parser directive.
  for (let line = 0; line < file.index.lineCount; line++) {
    const text = file.index.lineText(line).trim();
    if (!text.startsWith('#')) continue;
    const check = CHECK_DIRECTIVE.exec(text);
    if (check?.[1]) {
      readCheckDirective(check[1], result);
      continue;
    }
    const match = IGNORE_COMMENT.exec(text);
    if (!match?.[3]) continue;
    const names = splitNames(match[3]);
    if (match[2]) {
      names.forEach((n) => result.global.add(n));
      continue;
    }
    const next = instructionLines.find((l) => l > line);
    if (next === undefined) continue;
    const start = file.instructions.find((i) => i.getRange().start.line === next);
    const end = start ? start.getRange().end.line : next;
    for (let l = next; l <= end; l++) addLine(result, l, names);
  }
  return result;
}

/** BuildKit's `check` directive: `skip=A,B` (or `skip=all`) and `error=true`, separated by `;`. */
function readCheckDirective(value: string, result: Suppressions): void {
  for (const part of value.split(';')) {
    const [key = '', ...rest] = part.split('=');
    const setting = rest.join('=').trim();
    if (key.trim().toLowerCase() === 'skip') {
      result.buildkitSkip ??= new Set();
      for (const name of splitNames(setting)) result.buildkitSkip.add(name.toLowerCase());
    } else if (key.trim().toLowerCase() === 'error') {
      result.buildkitErrors = setting.toLowerCase() === 'true';
    }
  }
}

/** `# cntutor ignore=rule` on the line above (or at the end of) a manifest line. */
export function yamlCommentSuppressions(index: LineIndex): Suppressions {
  const result: Suppressions = { global: new Set(), byLine: new Map() };
  for (let line = 0; line < index.lineCount; line++) {
    const text = index.lineText(line);
    const hash = text.indexOf('#');
    if (hash < 0 || !/cntutor/i.test(text)) continue;
    const match = IGNORE_COMMENT.exec(text.slice(hash));
    if (!match?.[3]) continue;
    const names = splitNames(match[3]);
    if (match[2]) names.forEach((n) => result.global.add(n));
    else if (text.slice(0, hash).trim()) addLine(result, line, names);
    else addLine(result, line + 1, names);
  }
  return result;
}

function addLine(result: Suppressions, line: number, names: string[]): void {
  const set = result.byLine.get(line) ?? new Set<string>();
  names.forEach((n) => set.add(n));
  result.byLine.set(line, set);
}

const ruleNames = new WeakMap<Rule, string[]>();

/** Every name a suppression may use for this rule: its id and its peers' ids, lower-cased. */
export function namesOf(rule: Rule): string[] {
  let names = ruleNames.get(rule);
  if (!names) {
    const peers: Peers = rule.peers;
    names = [rule.id, ...Object.values(peers).flat()].map((n) => String(n).toLowerCase());
    ruleNames.set(rule, names);
  }
  return names;
}

/** The rule's own id and peers, with its hadolint ids narrowed to those the finding stands for. */
function narrowNames(rule: Rule, peerIds: readonly string[]): string[] {
  const hadolint = new Set((rule.peers.hadolint ?? []).map((id) => id.toLowerCase()));
  return [...namesOf(rule).filter((name) => !hadolint.has(name)), ...peerIds.map((id) => id.toLowerCase())];
}

export function isSuppressed(
  rule: Rule,
  line: number,
  suppressions: Suppressions,
  peerIds?: readonly string[],
): boolean {
  const names = peerIds ? narrowNames(rule, peerIds) : namesOf(rule);
  const hit = (set: Set<string> | undefined): boolean =>
    !!set && [...set].some((n) => n.toLowerCase() === 'all' || names.includes(n.toLowerCase()));
  return hit(suppressions.global) || hit(suppressions.byLine.get(line)) || skippedByBuildkit(rule, suppressions);
}

/** `# check=skip=…` names BuildKit's checks: it silences the rules that stand for them, and no others. */
function skippedByBuildkit(rule: Rule, suppressions: Suppressions): boolean {
  const skip = suppressions.buildkitSkip;
  const checks = rule.peers.buildkit;
  if (!skip || !checks || checks.length === 0) return false;
  return skip.has('all') || checks.some((check) => skip.has(check.toLowerCase()));
}

/** Whether `# check=error=true` makes this rule's findings errors, as BuildKit fails the build on its checks. */
export function raisedToError(rule: Rule, suppressions: Suppressions): boolean {
  return suppressions.buildkitErrors === true && (rule.peers.buildkit?.length ?? 0) > 0;
}

/** Per object root, kept while the document cache reuses the parsed document. */
const annotationCache = new WeakMap<YAMLMap, Map<string, string>>();

/**
 * The annotations that can suppress a finding, of the object and of its pod template, where the
 * peers also look. Objects carry many others (revisions, checksums, tool settings), and every rule
 * asked about every object: with none of these, the answer is a map size test.
 */
function annotationsOf(object: K8sObject): Map<string, string> {
  const cached = annotationCache.get(object.root);
  if (cached) return cached;
  const result = new Map<string, string>();
  annotationCache.set(object.root, result);
  const podMeta = podMetadataPath(object);
  const paths = [['metadata', 'annotations'], ...(podMeta ? [[...podMeta, 'annotations']] : [])];
  for (const path of paths) {
    const node = nodeAt(object.root, path);
    if (!isMap(node)) continue;
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (suppresses(key)) result.set(key, isScalar(pair.value) ? String(pair.value.value) : '');
    }
  }
  return result;
}

export function isSuppressedByAnnotation(rule: Rule, object: K8sObject): boolean {
  const annotations = annotationsOf(object);
  if (annotations.size === 0) return false;
  const lower = (list: string[] | undefined): string[] => (list ?? []).map((n) => n.toLowerCase());
  const own = annotations.get('cntutor.dev/ignore');
  if (own !== undefined && splitNames(own).some((n) => n === 'all' || n === rule.id)) return true;
  const kubeLinter = lower(rule.peers.kubeLinter);
  if (kubeLinter.length > 0) {
    if (annotations.has('kube-linter.io/ignore-all')) return true;
    if (kubeLinter.some((check) => annotations.has(`ignore-check.kube-linter.io/${check}`))) return true;
  }
  const kubeScore = lower(rule.peers.kubeScore);
  const scoreIgnore = annotations.get('kube-score/ignore');
  if (kubeScore.length > 0 && scoreIgnore !== undefined) {
    if (splitNames(scoreIgnore).some((n) => kubeScore.includes(n.toLowerCase()))) return true;
  }
  const polaris = rule.peers.polaris ?? [];
  if (polaris.length > 0) {
    if (annotations.get('polaris.fairwinds.com/exempt') === 'true') return true;
    if (polaris.some((check) => annotations.get(`polaris.fairwinds.com/${check}-exempt`) === 'true')) return true;
  }
  const checkov = lower(rule.peers.checkov);
  if (checkov.length > 0) {
    for (const [key, value] of annotations) {
      if (CHECKOV_SKIP.test(key) && checkov.includes(checkovSkippedId(value))) return true;
    }
  }
  return false;
}

/** Whether isSuppressedByAnnotation reads the annotation. */
function suppresses(key: string): boolean {
  return (
    key === 'cntutor.dev/ignore' ||
    key === 'kube-linter.io/ignore-all' ||
    key.startsWith('ignore-check.kube-linter.io/') ||
    key === 'kube-score/ignore' ||
    key.startsWith('polaris.fairwinds.com/') ||
    CHECKOV_SKIP.test(key)
  );
}

/** `checkov.io/skip1`, `checkov.io/skip2`, …: one skipped check per annotation. */
const CHECKOV_SKIP = /^checkov\.io\/skip\d+$/i;

/** The check id of a `CKV_K8S_20=the reason` value (the reason is optional). */
function checkovSkippedId(value: string): string {
  const equals = value.indexOf('=');
  return (equals < 0 ? value : value.slice(0, equals)).trim().toLowerCase();
}
