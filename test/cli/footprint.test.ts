import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { folderWith } from '../support/temp-folder';
import { describe, it } from 'node:test';

const DIST = path.join(__dirname, '../../dist');
const CLI = path.join(DIST, 'cli.js');

/**
 * Preloaded into the CLI: records every file it loads (by require, or compiled through the code
 * cache) and the young generation's size at exit.
 */
const PROBE = `
const Module = require('node:module');
const vm = require('node:vm');
const { getHeapSpaceStatistics } = require('node:v8');
const loaded = [];
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    if (options && options.filename) loaded.push(options.filename);
  }
};
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { loaded.push(Module._resolveFilename(request, parent, isMain)); } catch {}
  return load.apply(this, arguments);
};
process.on('exit', () => {
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  require('node:fs').writeFileSync(process.env.PROBE_OUT, JSON.stringify({ loaded, youngBytes: young.space_size }));
});
`;

interface Probe {
  loaded: string[];
  youngBytes: number;
  stderr: string;
}

function probeLint(files: Record<string, string>, env: Record<string, string> = {}): Probe {
  const dir = folderWith(files, 'cntutor-footprint-');
  const probe = path.join(dir, 'probe.cjs');
  const out = path.join(dir, 'probe.json');
  writeFileSync(probe, PROBE);
  const result = spawnSync(process.execPath, ['--require', probe, CLI, 'lint', ...Object.keys(files)], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env, PROBE_OUT: out },
    timeout: 60_000,
  });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  const { loaded, youngBytes } = JSON.parse(readFileSync(out, 'utf8')) as Omit<Probe, 'stderr'>;
  return { loaded: loaded.map((file) => path.relative(DIST, file)), youngBytes, stderr: result.stderr };
}

const DEPLOYMENT = (i: number): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${i}\nspec:\n  selector:\n    matchLabels: {app: web-${i}}\n` +
  `  template:\n    metadata:\n      labels: {app: web-${i}}\n    spec:\n      containers:\n        - name: web\n` +
  `          image: nginx:1.27\n          env:\n${Array.from({ length: 20 }, (_, k) => `            - {name: V${k}, value: "${k}"}\n`).join('')}`;

describe('what a lint run loads and keeps', () => {
  it('loads nothing but its bundle when it lints only a Dockerfile: the shell parser is part of it', () => {
    const { loaded } = probeLint({ Dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER 10001\n' });
    assert.deepEqual(
      loaded.filter((file) => /^(kubernetes|node_modules|compose)\b|^cli-(?!bundle)/.test(file)),
      [],
    );
  });

  it('loads the rules of YAML files from their side bundle with the first manifest, and Ajv only for a schema', () => {
    const manifest = probeLint({ 'web.yaml': DEPLOYMENT(0) });
    assert.ok(manifest.loaded.includes('cli-yaml-rules.js'), manifest.loaded.join('\n'));
    assert.ok(!manifest.loaded.includes('cli-ajv.js'), manifest.loaded.join('\n'));
    // A custom resource's definition in the run is compiled to a validator at run time.
    const crd = probeLint({
      'crd.yaml':
        'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: widgets.example.com}\n' +
        'spec:\n  group: example.com\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n  versions:\n' +
        '    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n' +
        '          type: object\n          properties: {spec: {type: object, properties: {size: {type: integer}}}}\n',
      'widget.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: big}\n',
    });
    assert.ok(crd.loaded.includes('cli-ajv.js'), crd.loaded.join('\n'));
  });

  it('reads the common kinds first, and the module of every other kind only when one turns up', () => {
    const common = probeLint({ 'web.yaml': DEPLOYMENT(0) });
    assert.ok(common.loaded.includes(path.join('kubernetes', 'validators.js')), common.loaded.join('\n'));
    assert.ok(!common.loaded.includes(path.join('kubernetes', 'validators-more.js')));

    const legacy = probeLint({
      'legacy.yaml':
        'apiVersion: extensions/v1beta1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n' +
        '    spec:\n      containers:\n        - name: agent\n          image: agent:1.0\n          bogus: 1\n',
    });
    assert.ok(legacy.loaded.includes(path.join('kubernetes', 'validators-more.js')), legacy.loaded.join('\n'));
  });

  it('keeps the young generation at its initial size through a large file, unless told to let it grow', () => {
    const big = { 'big.yaml': Array.from({ length: 400 }, (_, i) => DEPLOYMENT(i)).join('---\n') };
    const held = probeLint(big);
    const grown = probeLint(big, { CNTUTOR_YOUNG_GENERATION: 'grow' });
    // Loading the bundle may grow it once, to 2 MB semi-spaces, before the hold begins.
    assert.ok(held.youngBytes <= 4 * 1024 * 1024, `young generation ${held.youngBytes} bytes`);
    assert.ok(grown.youngBytes > held.youngBytes, `grown ${grown.youngBytes}, held ${held.youngBytes}`);
  });

  it('lets the young generation grow when given several files', () => {
    const deployments = Array.from({ length: 400 }, (_, i) => DEPLOYMENT(i));
    const one = probeLint({ 'big.yaml': deployments.join('---\n') });
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`app-${i}.yaml`] = deployments.slice(i * 10, i * 10 + 10).join('---\n');
    const several = probeLint(files);
    assert.ok(several.youngBytes > one.youngBytes, `several files ${several.youngBytes}, one ${one.youngBytes}`);
  });

  it('prints no warning of the YAML library for keys that are collections', () => {
    const { stderr } = probeLint({
      'kustomization.yaml': 'resources:\n  ? []\n  : x\n',
      'crd.yaml':
        'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: a}\nspec:\n  ? []\n  : x\n',
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  ? [a]\n  : x\n',
    });
    assert.doesNotMatch(stderr, /Warning/);
  });
});

describe('the code cache', () => {
  it('is written by the first run and taken by the next, which prints the same findings', () => {
    const dir = folderWith({
      Dockerfile: 'FROM alpine:3.20\nRUN apk add curl\n',
      'web.yaml': DEPLOYMENT(0),
    });
    const cache = path.join(dir, 'cache');
    const lint = (): string => {
      const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', 'Dockerfile', 'web.yaml'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, CNTUTOR_CODE_CACHE: cache },
        timeout: 60_000,
      });
      assert.equal(result.status, 1, result.stderr);
      return result.stdout;
    };
    const stamps = (): string[] =>
      readdirSync(cache)
        .sort()
        .map((name) => {
          const stat = statSync(path.join(cache, name));
          return `${name} ${stat.ino} ${stat.mtimeMs}`;
        });
    const first = lint();
    const written = stamps();
    // The CLI's bundle, its side bundle of the rules of YAML files and the common kinds' validators.
    assert.deepEqual(
      written.map((entry) => entry.replace(/(\.\w+)?-[0-9a-f]+-[0-9a-f]+\.cache .*$/, '')),
      ['cli-bundle', 'cli-yaml-rules', 'validators'],
    );
    assert.equal(lint(), first);
    // A cache V8 had rejected (other flags, say) would have been written again.
    assert.deepEqual(stamps(), written);
  });
});

describe('the shipped scripts', () => {
  it('are ASCII throughout, so Node reads each on its fast path and V8 keeps one byte per character', () => {
    const scripts = [
      ...readdirSync(DIST),
      ...readdirSync(path.join(DIST, 'kubernetes')).map((f) => `kubernetes/${f}`),
    ].filter((file) => file.endsWith('.js'));
    assert.ok(scripts.length >= 11, scripts.join(', '));
    for (const file of scripts) {
      const text = readFileSync(path.join(DIST, file), 'utf8');
      let at = 0;
      while (at < text.length && text.charCodeAt(at) <= 0x7f) at++;
      assert.equal(at, text.length, `${file}: "${text.charAt(at)}" at ${at}`);
    }
  });
});
