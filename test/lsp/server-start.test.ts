import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { folderWith } from '../support/temp-folder';
import { TestClient } from './client';

/**
 * Preloaded into the server: writes, every 50 ms, the Node built-ins loaded so far and the scripts
 * compiled through the code cache.
 */
const PROBE = `
const vm = require('node:vm');
const compiled = [];
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    if (options && options.filename) compiled.push(require('node:path').basename(options.filename));
  }
};
setInterval(() => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));
  // Written aside and renamed into place, so the test never reads a half-written file.
  const fs = require('node:fs');
  fs.writeFileSync(process.env.PROBE_OUT + '.part', JSON.stringify({ builtins, compiled }));
  fs.renameSync(process.env.PROBE_OUT + '.part', process.env.PROBE_OUT);
}, 50).unref();
`;

interface Loaded {
  builtins: string[];
  compiled: string[];
}

async function startedWith(dir: string, open: { name: string; languageId: string; text: string }): Promise<Loaded> {
  const probe = path.join(dir, 'probe.cjs');
  const out = path.join(dir, 'probe.json');
  writeFileSync(probe, PROBE);
  const before = { args: process.env.CNTUTOR_SERVER_NODE_ARGS, out: process.env.PROBE_OUT };
  process.env.CNTUTOR_SERVER_NODE_ARGS = `--require ${probe}`;
  process.env.PROBE_OUT = out;
  const client = new TestClient();
  process.env.CNTUTOR_SERVER_NODE_ARGS = before.args ?? '';
  if (before.out === undefined) delete process.env.PROBE_OUT;
  else process.env.PROBE_OUT = before.out;
  try {
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, open.name)).href;
    await client.open(uri, open.languageId, open.text);
    const published = await client.diagnostics(uri);
    assert.ok(published.diagnostics.length > 0, 'the document has findings');
    await new Promise((resolve) => setTimeout(resolve, 200));
    return JSON.parse(readFileSync(out, 'utf8')) as Loaded;
  } finally {
    await client.stop();
  }
}

describe('what the language server loads to answer a Dockerfile', () => {
  it('leaves the rules of YAML files, Ajv, crypto and child_process unloaded', async () => {
    const dir = folderWith({});
    const dockerfile = await startedWith(dir, {
      name: 'Dockerfile',
      languageId: 'dockerfile',
      text: 'FROM node:latest\nRUN apt-get update && apt-get install curl\n',
    });
    assert.ok(dockerfile.compiled.includes('server-bundle.js'), dockerfile.compiled.join(', '));
    assert.deepEqual(
      dockerfile.compiled.filter((file) => file !== 'server-bundle.js'),
      [],
    );
    for (const builtin of ['crypto', 'child_process']) assert.ok(!dockerfile.builtins.includes(builtin), builtin);

    const manifest = await startedWith(folderWith({}), {
      name: 'pod.yaml',
      languageId: 'yaml',
      text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: nginx}]\n',
    });
    assert.ok(manifest.compiled.includes('server-yaml-rules.js'), manifest.compiled.join(', '));
    assert.ok(!manifest.compiled.includes('server-ajv.js'), manifest.compiled.join(', '));
  });
});
