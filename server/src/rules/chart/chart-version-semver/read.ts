/**
 * How Helm reads the keys and version ranges of Chart.yaml, for the rules that judge its versions
 * (chart-version-semver, chart-kube-version) and its name (chart-name).
 */
import { fieldKey } from '../../../helm/chart-metadata';
import { RenderFailure } from '../../../helm/template/failure';
import { semverCompare } from '../../../helm/template/semver';

/** The text of a field when it is a non-empty string: Go cannot tell an empty field from a missing one. */
export function textField(
  map: Readonly<Record<string, unknown>>,
  field: string,
): { key: string; text: string } | undefined {
  const key = fieldKey(map, field);
  const value = key === undefined ? undefined : map[key];
  return key !== undefined && typeof value === 'string' && value !== '' ? { key, text: value } : undefined;
}

/**
 * Whether Helm reads the text as a SemVer range (Masterminds' `NewConstraint`; a version is a range
 * of one). Undefined when that is not known for certain: ranges past 1000 characters are not read here.
 */
export function readsAsRange(text: string): boolean | undefined {
  try {
    // Any valid version does: only the range can make the comparison throw.
    semverCompare(text, '0.0.0');
    return true;
  } catch (error) {
    return error instanceof RenderFailure && error.kind === 'error' ? false : undefined;
  }
}
