import { get, labelsOf } from '../../../engine/kubernetes/workloads';
import { ownValue } from '../../../engine/own-keys';

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

function expressionHolds(expression: unknown, labels: Record<string, string>): boolean {
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
