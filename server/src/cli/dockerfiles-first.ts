/**
 * Dockerfiles are linted before any manifest, so the manifests' cross-file rules see every image.
 * At that point the index may not hold every file that builds a Dockerfile (a Compose file above
 * it, one a `--jobs` worker of its own indexed): once it does, a Dockerfile whose build context
 * turns out to be another is judged again in it, so the output does not depend on who read what
 * first.
 */
import path from 'node:path';
import { buildContextFor } from '../config/build-context';
import { candidateKind } from '../engine/detect';
import { lint } from '../engine';
import type { BuildContext } from '../engine/dockerfile/build-context';
import type { ManifestWorkspace } from '../schema/workspace-index';
import type { FileToLint } from './files';
import { forcedLanguage, languageOf, lintIndexed, type Indexed, type LintFileOptions } from './lint-file';
import type { FileReport } from './report';

/**
 * The text a Dockerfile's lint left it with (fixes applied), the context folders the index gave it
 * then, and the build context it was judged in.
 */
export interface DockerfileRun {
  text: string;
  contexts: readonly string[];
  buildContext: BuildContext | undefined;
}

/** Reports of the Dockerfiles linted first, by the target's place, with what each was judged in. */
export interface EarlyReports {
  reports: Map<number, FileReport>;
  runs: Map<number, DockerfileRun>;
}

/**
 * Lints the Dockerfiles among `targets` before any manifest, each the one time it is linted, and
 * puts what each lint learnt of its final image into `workspace`: the manifests' cross-file rules
 * then see every image. Returns the reports by the target's place, to be written out in turn.
 * A file whose text was left unread by the budget counts as a Dockerfile by its name alone.
 */
export function lintDockerfilesFirst(
  targets: readonly FileToLint[],
  options: LintFileOptions,
  workspace: ManifestWorkspace,
  indexed: Indexed,
): EarlyReports {
  const early: EarlyReports = { reports: new Map(), runs: new Map() };
  targets.forEach((target, position) => {
    const key = path.resolve(target.file);
    const text = indexed.texts.get(key) ?? target.text;
    const forced = forcedLanguage(target, options.kind);
    const language =
      text === undefined
        ? (forced ?? (candidateKind(target.file) === 'dockerfile' ? 'dockerfile' : undefined))
        : languageOf(target.file, text, forced);
    if (language !== 'dockerfile') return;
    const report = lintIndexed(target, options, workspace, indexed, {
      onImage: (image) => workspace.setImage(key, image),
      onJudged: (run) => early.runs.set(position, run),
    });
    early.reports.set(position, report);
  });
  return early;
}

/**
 * Judges again, in the whole index, each Dockerfile linted first whose build context the index
 * now gives another `.dockerignore` (a Compose file, skaffold artifact or workflow read since
 * sends another folder), and returns the reports to write out.
 */
export function judgedInWholeIndex(
  early: EarlyReports,
  targets: readonly FileToLint[],
  options: LintFileOptions,
  workspace: ManifestWorkspace,
  indexed: Indexed,
): Map<number, FileReport> {
  for (const [position, run] of early.runs) {
    const report = early.reports.get(position);
    const target = targets[position];
    if (!report || !target || !run.buildContext) continue;
    const file = path.resolve(target.file);
    // The same folders give the same context: the .dockerignore is not looked up and read again.
    const contexts = workspace.buildContextsOf(file);
    if (contexts.join('\n') === run.contexts.join('\n')) continue;
    const now = buildContextFor(file, { memory: indexed.dockerignores }, contexts);
    const { dockerignore, strayDockerignore } = run.buildContext;
    if (now.dockerignore === dockerignore && now.strayDockerignore === strayDockerignore) continue;
    const result = lint(run.text, file, options.config, { workspace, languageId: 'dockerfile', buildContext: now });
    early.reports.set(position, { ...report, findings: result.findings });
  }
  return early.reports;
}
