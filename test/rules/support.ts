import path from 'node:path';
import { parseGoYamlFile } from '../../server/src/engine/go-yaml-file';
import { surroundingsBeside, type KustomizationSurroundings } from '../../server/src/kustomize/surroundings';
import { memoryReader as pathMemoryReader, type FileSurroundings } from '../../server/src/files/path-reader';
import { mergeConfig, type Config } from '../../server/src/engine/config';
import type { Rule } from '../../server/src/engine/rule';
import type { LintResult, Position, Range } from '../../server/src/engine/types';
import { lint } from '../../server/src/engine';
import {
  FIXTURE_FOLDER,
  MARK_CLOSE,
  MARK_OPEN,
  type FireFixture,
  type RuleFixtures,
} from '../../server/src/rules/fixtures';
import { allRules } from '../../server/src/rules';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { readNamedComposeFiles } from '../../server/src/schema/file-workspace';
import { walkPositions } from '../support/utf16';
import { defaultFileName } from '../../server/src/rules/file-names';
import { readHelmChart, type ChartReader, type HelmChart } from '../../server/src/helm/chart-files';

const RULES_DIR = path.join(__dirname, '../../server/src/rules');

export function ruleFolder(rule: Rule): string {
  return path.join(RULES_DIR, rule.target, rule.id);
}

export function loadFixtures(rule: Rule): RuleFixtures {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.join(ruleFolder(rule), 'fixtures.ts')) as { default: RuleFixtures }).default;
}

/** The clean text of every fire and don't-fire fixture, with its rule, optionally of one target only. */
export function fixtureTexts(target?: Rule['target']): { rule: Rule; name: string; text: string }[] {
  return allRules()
    .filter((rule) => target === undefined || rule.target === target)
    .flatMap((rule) => {
      const fixtures = loadFixtures(rule);
      return [...fixtures.fire, ...fixtures.dontFire].map((f) => ({ rule, name: f.name, text: unmark(f.text).text }));
    });
}

/**
 * Strips ⟦ ⟧ markers and returns the clean text with the ranges they marked. The ranges are
 * counted in UTF-16 units by test/support/utf16.ts, independently of the engine's LineIndex, so a
 * fixture with non-ASCII or astral characters before its marks checks the engine's position code.
 */
export function unmark(marked: string): { text: string; ranges: Range[] } {
  const ranges: Range[] = [];
  let open: Position | undefined;
  // Marks take no room in the clean text: walk it, advancing only on the characters that stay.
  const chars = [...marked];
  const text = chars.filter((c) => c !== MARK_OPEN && c !== MARK_CLOSE).join('');
  const positions: Position[] = [];
  walkPositions(text, (_, at) => positions.push(at));
  let next = 0;
  for (const char of chars) {
    const at = positions[next];
    if (!at) throw new Error('unmark: ran past the end of the text');
    if (char === MARK_OPEN) {
      if (open) throw new Error(`unmark: ${MARK_OPEN} inside another mark at ${at.line}:${at.character}`);
      open = at;
    } else if (char === MARK_CLOSE) {
      if (!open) throw new Error(`unmark: ${MARK_CLOSE} without ${MARK_OPEN} at ${at.line}:${at.character}`);
      ranges.push({ start: open, end: at });
      open = undefined;
    } else next++;
  }
  if (open) throw new Error(`unmark: ${MARK_OPEN} at ${open.line}:${open.character} is never closed`);
  return { text, ranges };
}

/**
 * The settings a rule's fixtures and examples are judged under: theirs, with an opt-in rule
 * (`enabled: false`) turned on, since that is the only way it ever runs.
 */
export function configFor(rule: Rule, config?: Partial<Config>): Config {
  return mergeConfig(rule.enabled === false ? { rules: { [rule.id]: 'on' } } : undefined, config);
}

export function defaultUri(rule: Rule): string {
  return `${FIXTURE_FOLDER}${defaultFileName(rule.target)}`;
}

const FIXTURE_PATH = '/fixture/';

/** The workspace a fixture's other files make; undefined for fixtures of a single file. */
export function fixtureWorkspace(
  fixture: Pick<FireFixture, 'files'>,
  /**
   * A Compose file or kustomization linted: the index holds it, as it does in the CLI and the
   * editor, so a Compose file's `include:` is followed and what a kustomization builds is known.
   */
  linted?: { uri: string; text: string },
): ManifestWorkspace | undefined {
  if (!fixture.files) return undefined;
  const workspace = new ManifestWorkspace();
  for (const [name, text] of Object.entries(fixture.files)) workspace.setFile(`${FIXTURE_FOLDER}${name}`, text);
  if (linted) workspace.setFile(linted.uri, linted.text);
  // As the CLI does: files a Compose `include:` or `extends` names are read as Compose files, whatever their names.
  const files = fixture.files;
  readNamedComposeFiles(
    workspace,
    (key) => {
      const text = key.startsWith(FIXTURE_PATH) ? files[key.slice(FIXTURE_PATH.length)] : undefined;
      if (text === undefined) throw Object.assign(new Error(`no fixture file ${key}`), { code: 'ENOENT' });
      return text;
    },
    () => true,
    (key) => `file://${key}`,
  );
  return workspace;
}

/** Lints a fixture's text (already unmarked) as the rule's tests do, with its other files as the workspace. */
export function lintFixture(
  rule: Rule,
  fixture: Pick<FireFixture, 'uri' | 'config' | 'files' | 'buildContext'>,
  text: string,
  rules?: readonly Rule[],
): LintResult {
  const uri = fixture.uri ?? defaultUri(rule);
  const indexed = rule.target === 'compose' || rule.target === 'kustomization';
  const workspace = fixtureWorkspace(fixture, indexed ? { uri, text } : undefined);
  // As the CLI and the editor find it: a requirements.yaml is a chart's only beside a Chart.yaml.
  const chartFile = !uri.endsWith('/requirements.yaml') || fixture.files?.['Chart.yaml'] !== undefined;
  const helmChart =
    rule.target === 'chart' && fixture.files && chartFile ? chartBeside(uri, text, fixture.files) : undefined;
  const kustomizationSurroundings =
    rule.target === 'kustomization' && fixture.files ? kustomizationBeside(uri, text, fixture.files) : undefined;
  const composeSurroundings =
    rule.target === 'compose' && fixture.files
      ? composeSurroundingsBeside(uri, text, fixture.files, FIXTURE_PATH)
      : undefined;
  return lint(text, uri, configFor(rule, fixture.config), {
    ...(kustomizationSurroundings ? { kustomizationSurroundings } : {}),
    ...(composeSurroundings ? { composeSurroundings } : {}),
    ...(rules ? { rules } : {}),
    ...(workspace ? { workspace } : {}),
    ...(fixture.buildContext ? { buildContext: fixture.buildContext } : {}),
    ...(helmChart ? { helmChart } : {}),
  });
}

/**
 * The chart folder of a Chart.yaml at `uri` (`file:///fixture/Chart.yaml`), or of a requirements.yaml
 * there, made of the text and the other files, by path in the folder (`values.yaml`,
 * `charts/redis/Chart.yaml`), read as Helm loads it.
 */
export function chartBeside(uri: string, text: string, files: Readonly<Record<string, string>>): HelmChart {
  const file = new URL(uri).pathname;
  const root = path.posix.dirname(file);
  const contents: Record<string, string> = { [file]: text };
  for (const [name, content] of Object.entries(files)) contents[path.posix.join(root, name)] = content;
  return readHelmChart(root, memoryReader(contents));
}

/** A chart reader of files held in memory, by absolute POSIX path. */
export function memoryReader(files: Readonly<Record<string, string>>): ChartReader {
  const contents = new Map(Object.entries(files));
  return {
    read: (file) => contents.get(file),
    list: (folder) => {
      const entries = new Map<string, boolean>();
      for (const file of contents.keys()) {
        if (!file.startsWith(folder + '/')) continue;
        const [first, ...rest] = file.slice(folder.length + 1).split('/');
        if (first) entries.set(first, entries.get(first) === true || rest.length > 0);
      }
      return [...entries].map(([name, folder]) => ({ name, folder }));
    },
  };
}

/** The paths a kustomization at `uri` names, looked up among the other files, by path beside it. */
export function kustomizationBeside(
  uri: string,
  text: string,
  files: Readonly<Record<string, string>>,
): KustomizationSurroundings | undefined {
  const parsed = parseGoYamlFile(text);
  return parsed.root ? surroundingsBeside(uri, parsed.document, parsed.root, files) : undefined;
}

/**
 * The file system around a Compose file at `uri`: the file itself and the other files, by path in
 * `folder` (where a fixture's or an example's other files live).
 */
export function composeSurroundingsBeside(
  uri: string,
  text: string,
  files: Readonly<Record<string, string>>,
  folder: string,
): FileSurroundings {
  const file = new URL(uri).pathname;
  const contents = new Map<string, string>([[file, text]]);
  for (const [name, content] of Object.entries(files)) contents.set(path.posix.join(folder, name), content);
  return { reader: pathMemoryReader(contents), paths: path.posix };
}
