/**
 * Findings about what the install chooses rather than the chart. `helm template` renders
 * `.Release.Namespace` as `default`, but `helm install -n shop` puts the objects in `shop`: a
 * namespace the chart takes from the release is not pinned to `default`, whatever the render says.
 */
import { LineIndex } from '../engine/text';
import type { Finding } from '../engine/types';
import type { RenderResult } from './template/render';

/** Rules whose findings may hang on the release's namespace. */
const RELEASE_NAMESPACE_RULES: ReadonlySet<string> = new Set(['no-default-namespace']);

/** A namespace no chart writes, to see which directives write the release's. */
export const PROBE_NAMESPACE = 'cntutor-probe-namespace';

/**
 * The findings without those on text a directive wrote from the release's namespace: rendered
 * again in another namespace (`renderIn`), such a directive writes something else.
 */
export function withoutReleaseChoices(
  findings: Finding[],
  template: string,
  rendered: Extract<RenderResult, { ok: true }>,
  renderIn: (namespace: string) => RenderResult,
): Finding[] {
  if (!findings.some((finding) => RELEASE_NAMESPACE_RULES.has(finding.ruleId))) return findings;
  const probe = renderIn(PROBE_NAMESPACE);
  if (!probe.ok) return findings;
  const index = new LineIndex(template);
  return findings.filter((finding) => {
    if (!RELEASE_NAMESPACE_RULES.has(finding.ruleId)) return true;
    const start = index.offsetAt(finding.range.start);
    const end = index.offsetAt(finding.range.end);
    return writtenAt(rendered, start, end) === writtenAt(probe, start, end);
  });
}

/** What the directive spanning exactly [start, end) of the template wrote, each pass of a loop in turn. */
function writtenAt(result: Extract<RenderResult, { ok: true }>, start: number, end: number): string {
  return result.segments
    .filter((s) => !s.literal && s.sourceStart === start && s.sourceEnd === end)
    .map((s) => result.text.slice(s.outputStart, s.outputEnd))
    .join('\u0000');
}
