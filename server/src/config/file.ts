import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajvClass } from '../schema/ajv-class';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type Node } from 'yaml';
import schema from '../../../schemas/cntutor-config.schema.json';
import type { Config } from '../engine/config';
import { allRules } from '../rules';
import { keyNodeAt, nodeAt } from '../engine/kubernetes/parse';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';
import { closest } from './suggest';
import { HADOLINT_CONFIG_NAMES, isHadolintConfig, parseHadolintConfig } from './hadolint';

export const CONFIG_FILE_NAMES = ['.cntutor.yaml', '.cntutor.yml'];

export interface ConfigProblem {
  message: string;
  range: Range;
}

export interface LoadedConfig {
  path: string;
  config: Partial<Config>;
  problems: ConfigProblem[];
}

// Compiled on first use: most sessions never open a configuration file.
let compiled: ValidateFunction | undefined;
function validate(value: unknown): boolean {
  compiled ??= new (ajvClass())({ allErrors: true, strict: false }).compile(schema);
  return compiled(value);
}

/** Parses and checks a configuration file's text; problems carry the line they belong to. */
export function parseConfigText(text: string, file: string): LoadedConfig {
  const index = new LineIndex(text);
  const document = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  const problems: ConfigProblem[] = document.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    range: index.rangeOf(error.pos[0], error.pos[1]),
  }));
  if (problems.length > 0) return { path: file, config: {}, problems };
  const value: unknown = document.toJS({ maxAliasCount: 100 }) ?? {};
  if (!validate(value)) {
    for (const error of compiled?.errors ?? []) {
      const problem = describe(error, document.contents, index);
      if (problem) problems.push(problem);
    }
  }
  const rules = (value as { rules?: Record<string, unknown> }).rules;
  if (rules && typeof rules === 'object') {
    const ids = allRules().map((rule) => rule.id);
    for (const id of Object.keys(rules)) {
      if (ids.includes(id)) continue;
      const suggestion = closest(id, ids);
      problems.push({
        message: `unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        range: keyRange(document.contents, ['rules', id], index),
      });
    }
  }
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  // `images:` and `composeProjects:` are for the workspace index, which reads them from the file itself.
  const config = { ...(value as Partial<Config> & { images?: unknown; composeProjects?: unknown }) };
  delete config.images;
  delete config.composeProjects;
  return { path: file, config: problems.length > 0 ? {} : config, problems };
}

/** A `.cntutor.yaml`, or a `.hadolint.yaml` read for the choices it makes. */
export function loadConfigFile(file: string): LoadedConfig {
  const text = readFileSync(file, 'utf8');
  return isHadolintConfig(file) ? parseHadolintConfig(text, file) : parseConfigText(text, file);
}

/** Checks a configuration file's text by its name: `.hadolint.yaml` or `.cntutor.yaml`. */
export function parseAnyConfigText(text: string, file: string): LoadedConfig {
  return isHadolintConfig(file) ? parseHadolintConfig(text, file) : parseConfigText(text, file);
}

/** The nearest `.cntutor.yaml` in the folder or its parents. */
export function findConfigFile(startDir: string): string | undefined {
  return findNearest(startDir, CONFIG_FILE_NAMES);
}

/**
 * The project's configuration files, each the nearest of its kind above `startDir`: a
 * `.hadolint.yaml` first, then the `.cntutor.yaml` whose settings win where both speak.
 */
export function findProjectConfigFiles(startDir: string): string[] {
  return [findNearest(startDir, HADOLINT_CONFIG_NAMES), findConfigFile(startDir)].filter(
    (file): file is string => file !== undefined,
  );
}

function findNearest(startDir: string, names: readonly string[]): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Later layers win; rule and label maps are merged key by key. Unlike mergeConfig, unset stays unset. */
export function layerConfigs(...layers: Partial<Config>[]): Partial<Config> {
  const merged: Partial<Config> = {};
  for (const layer of layers) {
    const { rules, labelSchema, ...rest } = layer;
    Object.assign(merged, rest);
    if (rules) merged.rules = { ...merged.rules, ...rules };
    if (labelSchema) merged.labelSchema = { ...merged.labelSchema, ...labelSchema };
  }
  return merged;
}

function describe(error: ErrorObject, root: Node | null, index: LineIndex): ConfigProblem | undefined {
  // JSON pointer segments: `~1` stands for `/` (image repositories hold some), `~0` for `~`.
  const segments = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
  if (segments[0] === 'images') return describeImages(error, segments, root, index);
  if (segments[0] === 'composeProjects') return describeComposeProjects(segments, root, index);
  const where = segments.join('.') || 'the file';
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
    const known = Object.keys((schema.properties as Record<string, unknown>) ?? {});
    const suggestion = closest(extra, known);
    return {
      message: `unknown setting "${extra}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      range: keyRange(root, [...segments, extra], index),
    };
  }
  if (error.keyword === 'enum') {
    const allowed = ((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ');
    return { message: `${where} must be one of: ${allowed}`, range: valueRange(root, segments, index) };
  }
  return { message: `${where} ${error.message ?? 'is not valid'}`, range: valueRange(root, segments, index) };
}

/** `images:` entries name a repository and a path; the schema's own words would print the repository as a path. */
function describeImages(
  error: ErrorObject,
  segments: string[],
  root: Node | null,
  index: LineIndex,
): ConfigProblem | undefined {
  // A bad key is reported by its pattern error, which names it; the summary error would repeat it.
  if (error.keyword === 'propertyNames') return undefined;
  if (error.propertyName !== undefined) {
    return {
      message: `images: "${error.propertyName}" is not an image repository; write it without a tag or digest, such as registry.example.com/shop/web`,
      range: keyRange(root, ['images', error.propertyName], index),
    };
  }
  const repository = segments[1];
  if (repository === undefined) {
    return {
      message:
        'images must map image repositories to Dockerfile paths, such as registry.example.com/shop/web: services/web/Dockerfile',
      range: valueRange(root, segments, index),
    };
  }
  return {
    message: `images: "${repository}" must name its Dockerfile by a path relative to this file, such as services/web/Dockerfile`,
    range: valueRange(root, ['images', repository], index),
  };
}

/** Ajv's words for a list of lists ("must NOT have fewer than 1 items") would not say what to write. */
function describeComposeProjects(segments: string[], root: Node | null, index: LineIndex): ConfigProblem {
  const example = 'such as - [compose.yaml, compose.prod.yaml]';
  const [, project, file] = segments;
  const message =
    project === undefined
      ? `composeProjects must be a list of projects, each a list of Compose files, ${example}`
      : file === undefined
        ? `composeProjects: each project must list its Compose files in the order docker compose -f reads them, ${example}`
        : 'composeProjects: each file must be a path relative to this file, such as deploy/compose.prod.yaml';
  const place = [segments[0] as string, ...segments.slice(1).map(Number)];
  return { message, range: valueRange(root, place, index) };
}

function valueRange(root: Node | null, segments: (string | number)[], index: LineIndex): Range {
  const node = nodeAt(root, segments);
  return node?.range ? index.rangeOf(node.range[0], node.range[1]) : index.rangeOf(0, 0);
}

function keyRange(root: Node | null, segments: string[], index: LineIndex): Range {
  const key = keyNodeAt(root, segments);
  return key?.range ? index.rangeOf(key.range[0], key.range[1]) : valueRange(root, segments, index);
}
