/**
 * Complete Chart.yaml files for rule examples. Each rule's ✅ example must pass every rule, so the
 * examples start from one well-kept chart and change only what the rule is about.
 */

/** The lines of a clean Chart.yaml, `helm create`'s with an icon and a maintainer. */
export const CLEAN_CHART: readonly string[] = [
  'apiVersion: v2',
  'name: shop',
  'description: A web shop',
  'type: application',
  'version: 0.1.0',
  'appVersion: "1.4.2"',
];

/**
 * A Chart.yaml: the clean lines with some replaced (by key: `{ version: 'version: 1.0' }`), and
 * lines added at the end.
 */
export function chartFile(
  options: { replace?: Readonly<Record<string, string>>; add?: readonly string[] } = {},
): string {
  const lines = CLEAN_CHART.map((line) => {
    const key = line.slice(0, line.indexOf(':'));
    return options.replace && key in options.replace ? options.replace[key] : line;
  }).filter((line): line is string => line !== undefined && line !== '');
  return [...lines, ...(options.add ?? [])].join('\n') + '\n';
}
