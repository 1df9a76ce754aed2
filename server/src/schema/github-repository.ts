/**
 * The GitHub repository a checkout was cloned from (`owner/name`), read from the `origin` remote of
 * its `.git/config`: a workflow's `${{ github.repository }}` (`ghcr.io/${{ github.repository }}`,
 * GitHub's own starter workflow) names it when the workflow runs there. A fork's clone gives the
 * fork, whose workflow pushes to the fork's registry, so a manifest of the upstream image is left
 * unlinked rather than linked wrongly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** `owner/name` of the `origin` remote when it is on github.com; undefined for any other. */
export function githubRepositoryOf(gitConfig: string): string | undefined {
  let inOrigin = false;
  for (const raw of gitConfig.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[\s*([^\]]*?)\s*\]$/.exec(line);
    if (section) {
      inOrigin = /^remote\s+"origin"$/.test(section[1] ?? '');
      continue;
    }
    const url = inOrigin ? /^url\s*=\s*(.+)$/.exec(line)?.[1]?.trim() : undefined;
    if (!url) continue;
    const found =
      /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url);
    return found ? `${found[1]}/${found[2]}` : undefined;
  }
  return undefined;
}

/** The repository of the checkout at `root`, when its `.git` folder holds a config that may be read. */
export function readGithubRepository(
  root: string,
  mayRead: (file: string) => boolean = () => true,
): string | undefined {
  const config = path.join(root, '.git', 'config');
  if (!mayRead(config)) return undefined;
  try {
    return githubRepositoryOf(readFileSync(config, 'utf8'));
  } catch {
    return undefined;
  }
}
