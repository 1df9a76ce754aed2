import type { Rule } from '../../engine/rule';
import kustomizationSchema from './kustomization-schema/rule';
import kustomizationPaths from './kustomization-paths/rule';
import kustomizationDeprecatedField from './kustomization-deprecated-field/rule';
import kustomizationUnmatchedImage from './kustomization-unmatched-image/rule';

/** The rules of a kustomization file, in the order their findings are documented. */
export const KUSTOMIZATION_RULES: readonly Rule[] = [
  kustomizationSchema,
  kustomizationPaths,
  kustomizationDeprecatedField,
  kustomizationUnmatchedImage,
];
