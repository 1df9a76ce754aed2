/** Shared by deprecated-api-version and removed-api-version: the message and, where safe, the apiVersion rewrite. */
import type { KubernetesContext } from '../engine/kubernetes/context';
import type { Fix } from '../engine/types';
import { validUnder } from './analyze';
import { apiVersionStatus, type ApiVersionChange } from './api-versions';
import { isKustomizationFile } from './kustomize';

export function reportApiVersion(ctx: KubernetesContext, wanted: 'deprecated' | 'removed'): void {
  if (isKustomizationFile(ctx.uri)) return;
  const { apiVersion, kind } = ctx.object;
  const status = apiVersionStatus(apiVersion, kind, ctx.config.kubernetesVersion);
  if (status.state !== wanted) return;
  const change = status.change;
  const clean = convertsCleanly(ctx, change);
  const data = {
    kind,
    apiVersion,
    deprecatedIn: change.deprecatedIn,
    removedIn: change.removedIn ?? '',
    target: ctx.config.kubernetesVersion,
    replacement: change.replacementKind
      ? `${change.replacement} ${change.replacementKind}`
      : (change.replacement ?? ''),
  };
  const id = messageId(change, wanted, clean);
  const node = ctx.node(['apiVersion']);
  const fix: Fix | undefined =
    clean && change.replacement && node?.range
      ? {
          title: ctx.t('fix', { replacement: change.replacement }),
          edits: [{ range: ctx.index.rangeOf(node.range[0], node.range[1]), newText: change.replacement }],
        }
      : undefined;
  ctx.report({ range: ctx.valueRange(['apiVersion']), message: ctx.t(id, data), ...(fix ? { fix } : {}) });
}

/** Only a pure apiVersion move whose result is valid as written counts: anything else needs a person. */
function convertsCleanly(ctx: KubernetesContext, change: ApiVersionChange): boolean {
  if (!change.replacement || change.replacementKind) return false;
  return validUnder(ctx.object, change.replacement);
}

function messageId(change: ApiVersionChange, wanted: 'deprecated' | 'removed', clean: boolean): string {
  if (!change.replacement)
    return wanted === 'removed' || change.removedIn ? `${wanted}NoReplacement` : 'deprecatedOnly';
  if (wanted === 'deprecated') return change.removedIn ? 'deprecatedMoveTo' : 'deprecatedUse';
  return clean ? 'removedMoveTo' : 'removedRewrite';
}
