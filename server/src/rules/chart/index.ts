import type { Rule } from '../../engine/rule';
import chartQuoteStrings from './chart-quote-strings/rule';
import chartSchema from './chart-schema/rule';
import chartName from './chart-name/rule';
import chartVersionSemver from './chart-version-semver/rule';
import chartKubeVersion from './chart-kube-version/rule';
import chartApiVersion from './chart-api-version/rule';
import chartDependencies from './chart-dependencies/rule';
import chartLinks from './chart-links/rule';
import chartDependenciesBuilt from './chart-dependencies-built/rule';
import chartDependencyCondition from './chart-dependency-condition/rule';

/** The rules of a Helm chart's Chart.yaml, in the order their findings are documented. */
export const CHART_RULES: readonly Rule[] = [
  chartSchema,
  chartQuoteStrings,
  chartName,
  chartVersionSemver,
  chartKubeVersion,
  chartApiVersion,
  chartDependencies,
  chartDependenciesBuilt,
  chartDependencyCondition,
  chartLinks,
];
