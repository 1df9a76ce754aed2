import type { Rule } from '../engine/rule';

/** The file name a rule's examples and fixtures are linted as, unless one names its own. */
export function defaultFileName(target: Rule['target']): string {
  if (target === 'dockerfile') return 'Dockerfile';
  if (target === 'chart') return 'Chart.yaml';
  if (target === 'kustomization') return 'kustomization.yaml';
  return target === 'compose' ? 'compose.yaml' : 'manifest.yaml';
}
