import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageReferenceProblem } from '../../server/src/engine/image';

describe('image references as the kubelet parses them (docker reference grammar)', () => {
  it('accepts what it pulls', () => {
    for (const reference of [
      'nginx',
      'nginx:1.27',
      'ubuntu:22.04',
      'app:Latest',
      'a__b/c-d.e',
      'localhost/app',
      'quay.io/prometheus/node-exporter:v1.8.2',
      `registry.example.com:5000/team/app:v1.2@sha256:${'a'.repeat(64)}`,
      '[::1]:5000/app',
      // A first part in capitals is taken for a registry host, where capitals are allowed.
      'MyOrg/app:1',
      'UPPER.example.com/app',
    ])
      assert.equal(imageReferenceProblem(reference), undefined, reference);
  });

  it('names capitals in the repository, and every other break of the grammar', () => {
    const cases: [string, string][] = [
      ['IMAGE_TAG', 'uppercase'],
      ['foo/Bar', 'uppercase'],
      ['gcr.io/Proj/app', 'uppercase'],
      ['<YOUR-CONTAINER>', 'format'],
      ['<your-image>', 'format'],
      ['nginx:', 'format'],
      ['a___b', 'format'],
      ['-app', 'format'],
      ['app@sha256:abc', 'format'],
      // An image id is no name; a name past 255 characters is refused.
      ['a'.repeat(64), 'format'],
      [`example.com/${'a'.repeat(250)}`, 'format'],
    ];
    for (const [reference, problem] of cases) assert.equal(imageReferenceProblem(reference), problem, reference);
  });
});
