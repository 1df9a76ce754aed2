import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

const DIST = path.join(__dirname, '..', '..', 'dist');

/**
 * Every `function name(` in a built file, looked up in its source map: the source line it maps to
 * must name the function too (esbuild may add a number to a name it renamed).
 */
function checkNames(file: string): { found: number; wrong: string[] } {
  const text = readFileSync(file, 'utf8');
  const map = new SourceMap(
    JSON.parse(readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0],
  );
  const sources = new Map<string, string[]>();
  const sourceLines = (source: string): string[] => {
    let lines = sources.get(source);
    if (!lines) {
      const resolved = path.resolve(path.dirname(file), source);
      lines = existsSync(resolved) ? readFileSync(resolved, 'utf8').split('\n') : [];
      sources.set(source, lines);
    }
    return lines;
  };
  let found = 0;
  const wrong: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/function ([A-Za-z_$][\w$]*)\(/g)) {
      const entry = map.findEntry(index, match.index + 'function '.length) as {
        originalSource?: string;
        originalLine?: number;
      };
      if (!entry.originalSource || entry.originalLine === undefined) continue;
      const original = sourceLines(entry.originalSource)[entry.originalLine];
      if (original === undefined) continue;
      found++;
      const name = (match[1] ?? '').replace(/\d+$/, '');
      if (!original.includes(name))
        wrong.push(
          `${path.basename(file)}:${index + 1}:${match.index} ${name} -> ${entry.originalSource}:${entry.originalLine + 1}`,
        );
    }
  });
  return { found, wrong };
}

describe('the bundles’ source maps', () => {
  const minimum: Record<string, number> = { 'bundle.js': 1000, 'yaml-rules.js': 300, 'ajv.js': 100 };
  for (const name of [
    'cli-bundle.js',
    'server-bundle.js',
    'cli-yaml-rules.js',
    'server-yaml-rules.js',
    'cli-ajv.js',
    'server-ajv.js',
    'cli.js',
    'server.js',
  ]) {
    it(`point each function of ${name} at its source, after the build's rewrites`, () => {
      const { found, wrong } = checkNames(path.join(DIST, name));
      const least = Object.entries(minimum).find(([end]) => name.endsWith(`-${end}`))?.[1] ?? 20;
      assert.ok(found >= least, `${found} functions looked up`);
      assert.deepEqual(wrong.slice(0, 5), []);
    });
  }
});
