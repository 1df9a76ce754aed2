/**
 * Where each RUN mount lands, which only the instructions before it can tell. BuildKit
 * (dockerfile2llb's dispatchRunMounts) joins a relative or missing target to the working directory
 * and refuses one thing: a bind, cache or tmpfs mount that lands on / itself ("invalid mount
 * target"). Secret and ssh mounts are placed elsewhere (/run/secrets/<id>, an agent socket) and
 * never land on the working directory.
 */
import type { CheckedInstruction } from './check';
import type { ScannedDockerfile, ScannedInstruction } from './scan';
import type { FileIssue } from './file';
import { withArgDefaults } from '../engine/dockerfile/from-image';

/**
 * The working directory: a path, the base image's own (which only the image's configuration
 * knows, / for most images), or something a variable or a relative path hides.
 */
type Workdir = { path: string } | 'image' | 'unknown';

const ROOT: Workdir = { path: '/' };
const RESOLVED_TYPES = new Set(['bind', 'cache', 'tmpfs']);

export function mountTargetIssues(scan: ScannedDockerfile, checked: readonly CheckedInstruction[]): FileIssue[] {
  const issues: FileIssue[] = [];
  const stages = new Map<string, Workdir>();
  /** Defaults of the ARGs before the first FROM: `FROM build-${VARIANT}` names a stage through them. */
  const globalArgs = new Map<string, string>();
  let stage: string | undefined;
  let seenFrom = false;
  let workdir: Workdir = 'image';
  checked.forEach((check, i) => {
    const line = (scan.instructions[i] as ScannedInstruction).line;
    if (check.keyword === 'ARG' && !seenFrom) {
      for (const [, name, value] of line.text.matchAll(/\b([A-Za-z_]\w*)=("[^"]*"|'[^']*'|\S*)/g))
        if (name && value !== undefined) globalArgs.set(name, value.replace(/^["']|["']$/g, ''));
    } else if (check.keyword === 'FROM') {
      seenFrom = true;
      const image = withArgDefaults(check.image?.text ?? '', globalArgs).toLowerCase();
      workdir = image === 'scratch' ? ROOT : (stages.get(image) ?? 'image');
      stage = check.stage?.text.toLowerCase();
    } else if (check.keyword === 'WORKDIR' && check.workdir !== undefined) {
      workdir = changeDirectory(workdir, check.workdir);
    } else if (check.mounts) {
      for (const mount of check.mounts) {
        if (mount.faulty || !RESOLVED_TYPES.has(mount.type)) continue;
        const data = { type: mount.type };
        if (!mount.target) {
          if (workdir === 'image')
            issues.push({ code: 'mount-may-need-target', span: line.docSpan(mount.span), data, warning: true });
          else if (workdir !== 'unknown' && workdir.path === '/')
            issues.push({ code: 'mount-needs-target', span: line.docSpan(mount.span), data });
          continue;
        }
        const lands = changeDirectory(workdir, mount.target.text);
        if (lands !== 'image' && lands !== 'unknown' && lands.path === '/')
          issues.push({
            code: 'mount-on-root',
            span: line.docSpan(mount.target.span),
            data: { target: mount.target.text },
          });
      }
    }
    if (stage) stages.set(stage, workdir);
  });
  return issues;
}

/** The directory `cd`-ing to a path would reach, as BuildKit joins WORKDIR and mount targets. */
function changeDirectory(from: Workdir, to: string): Workdir {
  // Variables, quotes and escapes are expanded by the builder first; their value is not ours to guess.
  if (to === '' || /[$"'\\`]/.test(to)) return 'unknown';
  if (to.startsWith('/')) return { path: normalize(to) };
  if (from === 'unknown') return 'unknown';
  if (from === 'image') return normalize(to) === '.' ? 'image' : 'unknown';
  return { path: normalize(`${from.path}/${to}`) };
}

/** A POSIX path without `.`, `..` and repeated slashes, as Go's path.Clean makes it. */
function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (!absolute) parts.push(part);
  }
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined || '.';
}
