/**
 * How the Kubernetes rules of one file run. Each object is checked by every rule in turn, not each
 * rule over every object: sixty rules look up much the same paths of an object's nodes, and while
 * one object's nodes are checked they stay in the processor's cache. Checked rule by rule, a file of
 * 2,000 objects had every object's nodes leave the cache between two rules, and each path lookup
 * cost about 2 µs instead of 0.1. The findings are sorted afterwards, so the order is not seen.
 */
import type { Collector } from '../collector';
import type { KubernetesRule, Report, Rule } from '../rule';
import type { Steps } from '../steps';
import { isSuppressed, isSuppressedByAnnotation, type Suppressions } from '../suppress';
import type { Config } from '../config';
import type { WorkspaceIndex } from '../workspace';
import { KubernetesContext, KubernetesFileContext, KubernetesWorkspaceContext } from './context';
import type { Inventory } from './inventory';
import type { K8sObject, ParsedYaml } from './parse';
import { isWorkload, kindsTakeIn } from './workloads';

/** What every rule of one lint run shares. */
export interface RuleRun {
  file: ParsedYaml;
  uri: string;
  config: Config;
  collector: Collector;
  comments: Suppressions;
  workspace: WorkspaceIndex | undefined;
}

/** Checks of one rule on one object between two yields… */
const CHECKS_PER_STEP = 50;
/** …or fewer, when the objects are large (a CRD of a megabyte): the source length checked between two yields. */
const CHARS_PER_STEP = 50_000;

export function* runObjectRules(rules: readonly KubernetesRule[], run: RuleRun): Steps<void> {
  const { file, uri, config, collector, comments, workspace } = run;
  for (const rule of rules) {
    const checkFile = rule.checkFile?.bind(rule);
    if (!checkFile) continue;
    collector.run(
      rule,
      (sink) => checkFile(new KubernetesFileContext(file, uri, rule, config.locale, sink, config, workspace)),
      fileReportFilter(rule, file, comments),
    );
    yield;
  }
  // Each rule's sink is made once per file: a file of 344 objects has 40,000 checks.
  const checks = rules.flatMap((rule) => {
    const check = rule.check?.bind(rule);
    if (!check) return [];
    const notCommented = (report: Report): boolean =>
      !isSuppressed(rule, report.range.start.line, comments, report.peerIds);
    const sink = collector.sinkFor(rule, notCommented);
    return sink ? [{ rule, check, sink }] : [];
  });
  // Which rules take in an object depends on its kind and whether it runs pods: decided once per pair.
  const checksByKind = new Map<string, typeof checks>();
  const checksOf = (object: K8sObject): typeof checks => {
    const key = `${isWorkload(object) ? 'pods' : ''}|${object.kind}`;
    let found = checksByKind.get(key);
    if (!found) checksByKind.set(key, (found = checks.filter(({ rule }) => kindsTakeIn(rule.kinds, object))));
    return found;
  };
  let sinceYield = 0;
  let charsSinceYield = 0;
  for (const object of file.objects) {
    const range = object.root.range;
    const size = range ? range[2] - range[0] : 0;
    for (const { rule, check, sink } of checksOf(object)) {
      if (++sinceYield >= CHECKS_PER_STEP || charsSinceYield >= CHARS_PER_STEP) {
        sinceYield = 0;
        charsSinceYield = 0;
        yield;
      }
      if (isSuppressedByAnnotation(rule, object)) continue;
      charsSinceYield += size;
      collector.check(
        rule,
        check,
        new KubernetesContext(file, object, uri, rule, config.locale, sink, config, workspace),
      );
    }
  }
}

/** Keeps a file-wide report unless a comment above its line or an annotation on its object suppresses it. */
function fileReportFilter(rule: Rule, file: ParsedYaml, comments: Suppressions): (report: Report) => boolean {
  return (report) => {
    if (isSuppressed(rule, report.range.start.line, comments, report.peerIds)) return false;
    const owner = objectAt(file, file.index.offsetAt(report.range.start));
    return !(owner && isSuppressedByAnnotation(rule, owner));
  };
}

export function* runCrossFileRule(rule: KubernetesRule, run: RuleRun, inventory: Inventory): Steps<void> {
  const { file, uri, config, collector, comments, workspace } = run;
  const checkWorkspace = rule.checkWorkspace?.bind(rule);
  if (!checkWorkspace) return;
  collector.run(
    rule,
    (sink) =>
      checkWorkspace(
        new KubernetesWorkspaceContext(file, uri, rule, config.locale, sink, config, workspace, inventory),
      ),
    fileReportFilter(rule, file, comments),
  );
  yield;
}

/** The object whose text holds the offset; objects come in document order, so a binary search finds it. */
function objectAt(file: ParsedYaml, offset: number): K8sObject | undefined {
  let low = 0;
  let high = file.objects.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const object = file.objects[mid];
    const range = object?.root.range;
    if (!object || !range)
      return file.objects.find((o) => o.root.range && o.root.range[0] <= offset && offset <= o.root.range[2]);
    if (offset < range[0]) high = mid - 1;
    else if (offset > range[2]) low = mid + 1;
    else return object;
  }
  return undefined;
}
