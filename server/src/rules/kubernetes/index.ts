import type { Rule } from '../../engine/rule';
import noLatestContainerImage from './no-latest-container-image/rule';

/** Adding a Kubernetes rule: a folder with rule.ts and fixtures.ts, and one line here. */
export const KUBERNETES_RULES: readonly Rule[] = [noLatestContainerImage];
