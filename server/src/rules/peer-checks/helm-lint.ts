import type { PeerCheck } from './types';

/**
 * `helm lint`'s checks of a chart's Chart.yaml and dependencies, named by the Go function that makes
 * each (the tool prints messages, not ids, and has no inline ignore).
 *
 * Source: helm/helm `pkg/lint/rules/chartfile.go` and `pkg/lint/rules/dependencies.go` (Helm 3.18
 * and 4.0), severities as `helm lint` prints them. Its template and values checks are not listed:
 * templates are rendered and linted as manifests here (see the helm-charts note).
 */
const ENTRIES: readonly (readonly [id: string, summary: string, severity: string])[] = [
  ['validateChartYamlNotDirectory', 'Chart.yaml is a folder rather than a file.', 'error'],
  ['validateChartYamlFormat', 'Chart.yaml cannot be read as YAML into Helm’s chart metadata.', 'error'],
  ['validateChartYamlStrictFormat', 'Chart.yaml has a key Helm does not know.', 'warning'],
  [
    'validateChartName',
    'The name is missing, has a path, or uses characters other than lowercase letters, digits and dashes.',
    'error',
  ],
  ['validateChartAPIVersion', 'The apiVersion is missing or is neither v1 nor v2.', 'error'],
  ['validateChartVersionType', 'The version is written as a number rather than a string.', 'error'],
  ['validateChartVersion', 'The version is missing or is not SemVer.', 'error'],
  ['validateChartAppVersionType', 'The appVersion is written as a number rather than a string.', 'error'],
  ['validateChartMaintainer', 'A maintainer has no name, or an invalid email or URL.', 'error'],
  ['validateChartSources', 'A source is not a URL.', 'error'],
  ['validateChartIconPresence', 'The chart has no icon.', 'info'],
  ['validateChartIconURL', 'The icon is not a URL.', 'error'],
  ['validateChartType', 'A chart type is set in an apiVersion v1 chart.', 'error'],
  ['validateChartDependencies', 'Dependencies are listed in an apiVersion v1 chart.', 'error'],
  ['validateDependencyInChartsDir', 'A dependency listed in Chart.yaml is not in charts/.', 'warning'],
  ['validateDependencyInMetadata', 'A chart in charts/ is not listed in Chart.yaml.', 'error'],
  ['validateDependenciesUnique', 'Two dependencies have the same name or alias.', 'error'],
];

export const HELM_LINT_CHECKS: readonly PeerCheck[] = ENTRIES.map(([id, summary, severity]) => ({
  id,
  summary,
  severity,
  defaultOn: true,
}));
