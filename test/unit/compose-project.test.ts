import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeServices } from '../../server/src/engine/compose/merge';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { joinSnapshots } from '../../server/src/schema/workspace-snapshot';

describe('a Compose project of a base and its override', () => {
  it('merges a service as Compose does: maps by key, keyed lists as maps, lists added, commands replaced', () => {
    const merged = mergeServices(
      {
        image: 'web:1',
        environment: ['A=1', 'B=2', 'C'],
        depends_on: ['db'],
        ports: ['80:80'],
        command: ['serve', '--port', '80'],
        healthcheck: { test: ['CMD', 'true'], interval: '10s' },
        build: { context: '.', args: { X: '1' } },
      },
      {
        environment: { B: '3' },
        depends_on: { db: { condition: 'service_healthy' }, cache: { condition: 'service_started' } },
        ports: ['443:443'],
        command: 'serve --port 8080',
        healthcheck: { test: ['CMD-SHELL', 'curl -f localhost'] },
        build: { args: { Y: '2' } },
        restart: 'always',
      },
    );
    assert.deepEqual(merged, {
      image: 'web:1',
      environment: { A: '1', B: '3', C: null },
      depends_on: { db: { condition: 'service_healthy' }, cache: { condition: 'service_started' } },
      ports: ['80:80', '443:443'],
      command: 'serve --port 8080',
      healthcheck: { test: ['CMD-SHELL', 'curl -f localhost'], interval: '10s' },
      build: { context: '.', args: { X: '1', Y: '2' } },
      restart: 'always',
    });
    assert.deepEqual(mergeServices(undefined, { image: 'a' }), { image: 'a' });
    assert.deepEqual(mergeServices({ image: 'a' }, undefined), { image: 'a' });
    // Keys named like Object's own properties stay keys.
    const odd = mergeServices(
      { environment: ['__proto__=x'] },
      JSON.parse('{"__proto__": {"polluted": true}, "labels": ["constructor=y"]}') as Record<string, unknown>,
    );
    assert.equal(Object.getPrototypeOf(odd), Object.prototype);
    assert.deepEqual(Object.keys(odd).sort(), ['__proto__', 'environment', 'labels']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('pairs the base Compose reads first with the first override, and nothing else', () => {
    const workspace = new ManifestWorkspace();
    const services = (name: string): string => `services:\n  ${name}:\n    image: busybox:1.36\n`;
    workspace.setFile('/p/compose.yaml', services('web'));
    workspace.setFile('/p/docker-compose.yml', services('old'));
    workspace.setFile('/p/compose.override.yml', services('debug'));
    workspace.setFile('/p/docker-compose.override.yaml', services('second'));
    workspace.setFile('/p/compose.prod.yaml', services('prod'));
    const partner = (key: string): string => {
      const files = workspace.composeProjectFiles(key);
      const role = files?.after.length ? 'override' : 'base';
      const file = files?.after[0] ?? files?.before[0];
      return file ? `${role} ${file.uri} ${file.services[0]?.name}` : '-';
    };
    assert.equal(partner('/p/compose.yaml'), 'override /p/compose.override.yml debug');
    assert.equal(partner('/p/compose.override.yml'), 'base /p/compose.yaml web');
    assert.equal(partner('/p/docker-compose.yml'), '-', 'Compose passes over a second base');
    assert.equal(partner('/p/docker-compose.override.yaml'), '-', 'and a second override');
    assert.equal(partner('/p/compose.prod.yaml'), '-', 'a file merged with -f is not known to be');
    assert.equal(partner('/q/compose.yaml'), '-', 'another folder');
    // The linted file counts as there even before the index reads it.
    assert.equal(partner('/r/compose.override.yaml'), '-');
    const joined = ManifestWorkspace.fromSnapshot(joinSnapshots([workspace.snapshot()], ['/p/compose.yaml']));
    assert.equal(joined.composeProjectFiles('/p/compose.yaml')?.after[0]?.services[0]?.name, 'debug');
    workspace.deleteFile('/p/compose.override.yml');
    assert.equal(partner('/p/compose.yaml'), 'override /p/docker-compose.override.yaml second');
    workspace.deleteFile('/p/docker-compose.override.yaml');
    assert.equal(partner('/p/compose.yaml'), '-');
    const generation = workspace.linkGeneration;
    workspace.setFile('/p/compose.override.yml', services('debug2'));
    assert.ok(workspace.linkGeneration > generation, 'a change of a project file is a change other files follow');
  });
});
