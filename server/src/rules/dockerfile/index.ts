import type { Rule } from '../../engine/rule';
import execFormCmd from './exec-form-cmd/rule';

/** Adding a Dockerfile rule: a folder with rule.ts and fixtures.ts, and one line here. */
export const DOCKERFILE_RULES: readonly Rule[] = [execFormCmd];
