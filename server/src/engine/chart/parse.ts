import { parseGoYamlFile, type ParsedGoYamlFile } from '../go-yaml-file';

/** A Helm chart's Chart.yaml (or requirements.yaml) as its rules read it. */
export type ParsedChart = ParsedGoYamlFile;

/**
 * Whether the file is a chart's requirements.yaml: Helm 2's list of dependencies, which Helm still
 * decodes over Chart.yaml's fields when it loads the chart. Its rules run only when the caller finds
 * the Chart.yaml beside it: the name alone is also that of other tools' files.
 */
export function isChartRequirements(uri: string): boolean {
  return /(^|[\\/])requirements\.yaml$/.test(uri);
}

/** The chart file's name, for messages: requirements.yaml, else Chart.yaml. */
export function chartFileName(uri: string): string {
  return isChartRequirements(uri) ? 'requirements.yaml' : 'Chart.yaml';
}

/** Chart.yaml is read as sigs.k8s.io/yaml reads it. */
export const parseChart: (text: string) => ParsedChart = parseGoYamlFile;
