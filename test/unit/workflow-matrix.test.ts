import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMap, parseDocument } from 'yaml';
import { workflowStatements } from '../../server/src/schema/workflow-links';
import { matrixCombinations, matrixValue } from '../../server/src/schema/workflow-matrix';

/** The combinations of a job written as `strategy:` lines. */
function combinationsOf(strategy: string): unknown[] {
  const job = parseDocument(`runs-on: ubuntu-latest\nstrategy:\n${strategy}`).contents;
  assert.ok(isMap(job));
  return matrixCombinations(job);
}

describe("a job's matrix, expanded as GitHub expands it", () => {
  it('multiplies the lists, drops the combinations an exclude entry matches even in part, and adds include entries', () => {
    assert.deepEqual(
      combinationsOf(
        [
          '  matrix:',
          '    os: [linux, windows]',
          '    app: [{name: api, port: 8080}, {name: web, port: 3000}]',
          '    exclude:',
          '      - os: windows',
          '        app: {name: web}',
          '    include:',
          '      - os: linux',
          '        arch: arm64',
          '      - os: macos',
          '        app: {name: api}',
          '',
        ].join('\n'),
      ),
      [
        { os: 'linux', app: { name: 'api', port: 8080 }, arch: 'arm64' },
        { os: 'linux', app: { name: 'web', port: 3000 }, arch: 'arm64' },
        { os: 'windows', app: { name: 'api', port: 8080 } },
        // It would overwrite every combination's os: a combination of its own.
        { os: 'macos', app: { name: 'api' } },
      ],
    );
    assert.deepEqual(combinationsOf('  matrix:\n    include:\n      - folder: api\n      - folder: web\n'), [
      { folder: 'api' },
      { folder: 'web' },
    ]);
  });

  it('knows no values of a matrix made by an expression, or past the 256 jobs GitHub allows', () => {
    assert.deepEqual(combinationsOf('  matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}\n'), [{}]);
    assert.deepEqual(combinationsOf('  matrix:\n    folder: ${{ fromJSON(needs.plan.outputs.folders) }}\n'), [{}]);
    const many = Array.from({ length: 17 }, (_, i) => i).join(', ');
    assert.deepEqual(combinationsOf(`  matrix:\n    a: [${many}]\n    b: [${many}]\n`), [{}]);
    assert.deepEqual(combinationsOf('  fail-fast: false\n'), [{}]);
  });

  it('reads a value by its path, scalars only', () => {
    const combination = { service: { name: 'api', replicas: 2, tags: ['a'] }, debug: true };
    assert.equal(matrixValue(combination, 'service.name'), 'api');
    assert.equal(matrixValue(combination, 'service.replicas'), '2');
    assert.equal(matrixValue(combination, 'debug'), 'true');
    assert.equal(matrixValue(combination, 'service'), undefined);
    assert.equal(matrixValue(combination, 'service.tags'), undefined);
    assert.equal(matrixValue(combination, 'missing.name'), undefined);
  });
});

describe('a build step in a matrix job', () => {
  const key = '/r/.github/workflows/images.yml';

  it('states a link per combination: a list of folders, with the matrix in the job env', () => {
    const workflow = `env:
  IMAGE_PREFIX: registry.example.com/shop
jobs:
  build:
    strategy:
      matrix:
        component: [backend, frontend]
    env:
      FOLDER: app/\${{ matrix.component }}
    steps:
      - uses: docker/build-push-action@v6
        with:
          context: \${{ env.FOLDER }}
          tags: \${{ env.IMAGE_PREFIX }}/\${{ matrix.component }}:\${{ github.sha }}
`;
    const { links, builds } = workflowStatements(key, key, workflow);
    assert.deepEqual(
      links.map((link) => [link.repository, link.written]),
      [
        ['registry.example.com/shop/backend', 'app/backend/Dockerfile'],
        ['registry.example.com/shop/frontend', 'app/frontend/Dockerfile'],
      ],
    );
    assert.deepEqual(
      builds.map((build) => build.context),
      ['/r/app/backend', '/r/app/frontend'],
    );
  });

  it("reads objects' values through the metadata step, and states a link shared by every combination once", () => {
    const workflow = `jobs:
  images:
    strategy:
      matrix:
        service:
          - name: user-service
            dockerfile: backend/user_service/Dockerfile
          - name: trip-service
            dockerfile: backend/trip_service/Dockerfile
        go: ['1.22', '1.23']
    steps:
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: ghcr.io/shop/\${{ matrix.service.name }}
      - uses: docker/build-push-action@v6
        with:
          file: \${{ matrix.service.dockerfile }}
          tags: \${{ steps.meta.outputs.tags }}
      - uses: docker/build-push-action@v6
        with:
          file: tools/Dockerfile
          tags: ghcr.io/shop/tools:go\${{ matrix.go }}
`;
    const { links } = workflowStatements(key, key, workflow);
    assert.deepEqual(
      links.map((link) => [link.repository, link.written]),
      [
        ['ghcr.io/shop/user-service', 'backend/user_service/Dockerfile'],
        ['ghcr.io/shop/tools', 'tools/Dockerfile'],
        ['ghcr.io/shop/trip-service', 'backend/trip_service/Dockerfile'],
      ],
    );
  });

  it('leaves a value the matrix does not give unknown, and the workflow env without matrix values', () => {
    const workflow = `env:
  FOLDER: app/\${{ matrix.component }}
jobs:
  build:
    strategy:
      matrix:
        component: [backend]
    steps:
      - uses: docker/build-push-action@v6
        with:
          context: \${{ env.FOLDER }}
          tags: shop/\${{ matrix.component }}
      - uses: docker/build-push-action@v6
        with:
          context: \${{ matrix.folder }}
          tags: shop/\${{ matrix.component }}
`;
    assert.deepEqual(workflowStatements(key, key, workflow), { links: [], builds: [] });
  });
});
