/**
 * Rendering one template of a one-template chart (`c`, with an optional `_helpers.tpl`) released as `rel`, for the
 * renderer's tests: the result, the text of a render that must succeed, or the failure of one that
 * must not.
 */
import assert from 'node:assert/strict';
import { type RenderResult, renderTemplate } from '../../server/src/helm/template/render';

export const TEMPLATE_NAME = 'c/templates/a.yaml';

export function renderWith(text: string, values: unknown = {}, helpers?: string): RenderResult {
  const templates = [{ name: TEMPLATE_NAME, text }];
  if (helpers !== undefined) templates.push({ name: 'c/templates/_helpers.tpl', text: helpers });
  return renderTemplate(TEMPLATE_NAME, {
    values,
    chart: { name: 'c', version: '0.1.0' },
    release: { name: 'rel' },
    templates,
  });
}

export function render(text: string, values: unknown = {}, helpers?: string): string {
  const result = renderWith(text, values, helpers);
  assert.ok(result.ok, result.ok ? '' : `${result.reason}: ${result.message}`);
  return result.text;
}

/** The failure of a render that must fail, whichever its reason. */
export function failed(text: string, values: unknown = {}, helpers?: string): Extract<RenderResult, { ok: false }> {
  const result = renderWith(text, values, helpers);
  assert.ok(!result.ok, `expected a failure, got ${JSON.stringify(result.ok && result.text.slice(0, 200))}`);
  return result;
}

/** The message of a render Helm itself would stop. */
export function error(text: string, values: unknown = {}, helpers?: string): string {
  const result = renderWith(text, values, helpers);
  assert.ok(!result.ok && result.reason === 'error', `expected an error, got ${JSON.stringify(result)}`);
  return result.message;
}
