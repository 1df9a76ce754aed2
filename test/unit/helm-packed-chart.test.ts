/**
 * Packed subcharts (`charts/*.tgz`, as `helm dependency build` leaves them): the named templates of
 * a library chart a parent includes are read from the archive, in each tar format tools write, and
 * an archive that cannot be read is said so, never guessed around.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'fflate';
import { DEFAULT_CONFIG, lint, mergeConfig } from '../../server/src/engine';
import { diskReader, readHelmChart } from '../../server/src/helm/chart-files';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { koreanReason } from '../../server/src/helm/korean-reasons';
import { readPackedChart } from '../../server/src/helm/packed-chart';
import { tempFolder } from '../support/temp-folder';

const CHART = path.join(__dirname, '../fixtures/helm/with-library');
const PACKED = path.join(__dirname, '../fixtures/helm/packed');
const LONG = 'templates/a-folder-whose-name-is-long-enough-to-push-the-path-past-one-hundred-characters/_security.tpl';

describe('packed subcharts', () => {
  it('reads the files of an archive written as ustar, PAX or GNU tar, long paths included', () => {
    for (const file of [
      path.join(CHART, 'charts/lib-0.1.0.tgz'),
      ...['lib-pax.tgz', 'lib-gnu.tgz'].map((f) => path.join(PACKED, f)),
    ]) {
      const packed = readPackedChart(readFileSync(file));
      assert.ok('files' in packed, `${file}: ${JSON.stringify(packed)}`);
      assert.equal(packed.folder, 'lib');
      assert.deepEqual([...packed.files.keys()].sort(), ['Chart.yaml', 'templates/_names.tpl', LONG], file);
      assert.match(packed.files.get(LONG) ?? '', /define "lib\.securityContext"/);
    }
  });

  it('says why an archive cannot be read', () => {
    assert.deepEqual(readPackedChart(new TextEncoder().encode('not gzip at all')), {
      problem: 'it is not a gzip archive',
    });
    // A gzip bomb stops at the cap, whatever its header claims.
    assert.deepEqual(readPackedChart(gzipSync(new Uint8Array(17 * 1024 * 1024))), {
      problem: 'it unpacks to more than 16 MB',
    });
    const header = new Uint8Array(512);
    header.set(new TextEncoder().encode('lib/Chart.yaml'), 0);
    header.set(new TextEncoder().encode('00000001750'), 124);
    header[156] = '0'.charCodeAt(0);
    assert.deepEqual(readPackedChart(gzipSync(header)), { problem: 'it ends inside a file' });
    header.set(new TextEncoder().encode('0000000001x'), 124);
    assert.deepEqual(readPackedChart(gzipSync(header)), { problem: 'its tar headers cannot be read' });
    assert.deepEqual(readPackedChart(gzipSync(new Uint8Array(1024))), { problem: 'it holds no Chart.yaml' });
    for (const reason of [
      'lib-0.1.0.tgz cannot be read: it is not a gzip archive',
      'lib-0.1.0.tgz cannot be read: it unpacks to more than 16 MB',
      'lib-0.1.0.tgz cannot be read: it holds no Chart.yaml',
      'lib-0.1.0.tgz cannot be read: it is larger than 4 MB',
      'lib-0.1.0.tgz cannot be read: it holds more than 2000 files',
      'lib-0.1.0.tgz cannot be read: it ends inside a file',
      'lib-0.1.0.tgz cannot be read: its tar headers cannot be read',
    ])
      assert.match(koreanReason(reason) ?? '', /^lib-0\.1\.0\.tgz 파일을 읽을 수 없습니다: .*[\uac00-\ud7a3]/u, reason);
  });

  it('renders a template that includes a packed library chart’s named templates, named as Helm names them', () => {
    const chart = readHelmChart(CHART);
    assert.equal(chart.problem, undefined);
    assert.deepEqual(
      chart.templates.map((t) => t.name),
      ['web/templates/deployment.yaml', 'web/charts/lib/templates/_names.tpl', `web/charts/lib/${LONG}`],
    );
    const file = path.join(CHART, 'templates/deployment.yaml');
    const helmTemplate = new HelmCharts().templateOf(file);
    assert.ok(helmTemplate);
    const findings = lint(readFileSync(file, 'utf8'), file, DEFAULT_CONFIG, { helmTemplate }).findings;
    const privileged = findings.find((f) => f.ruleId === 'no-privileged-container');
    assert.ok(privileged, findings.map((f) => f.ruleId).join(', '));
    // `{{- include "lib.securityContext" . | nindent 12 }}` wrote it.
    assert.equal(privileged.range.start.line, 20);
    assert.match(privileged.message, /rendered with the chart’s values as `privileged: true`/);
    assert.ok(!findings.some((f) => f.ruleId === 'helm-template-not-checked'));
  });

  it('notes a packed subchart it cannot read, in English and Korean', () => {
    const root = path.join(tempFolder(), 'web');
    cpSync(CHART, root, { recursive: true });
    writeFileSync(path.join(root, 'charts/lib-0.1.0.tgz'), 'truncated');
    const file = path.join(root, 'templates/deployment.yaml');
    const text = readFileSync(file, 'utf8');
    const lintIn = (locale: 'en' | 'ko') => {
      const helmTemplate = new HelmCharts().templateOf(file);
      assert.ok(helmTemplate);
      return lint(text, file, mergeConfig({ locale }), { helmTemplate }).findings.map((f) => f.message);
    };
    assert.deepEqual(lintIn('en'), [
      'This template was not checked: lib-0.1.0.tgz cannot be read: it is not a gzip archive.',
    ]);
    // A huge file is refused after reading one byte past the cap, not read whole.
    writeFileSync(path.join(root, 'charts/lib-0.1.0.tgz'), new Uint8Array(6 * 1024 * 1024));
    assert.equal(diskReader.readBytes?.(path.join(root, 'charts/lib-0.1.0.tgz'))?.length, 4 * 1024 * 1024 + 1);
    assert.deepEqual(lintIn('en'), [
      'This template was not checked: lib-0.1.0.tgz cannot be read: it is larger than 4 MB.',
    ]);
    writeFileSync(path.join(root, 'charts/lib-0.1.0.tgz'), 'truncated');
    assert.deepEqual(lintIn('ko'), [
      '이 템플릿은 검사하지 않았습니다: lib-0.1.0.tgz 파일을 읽을 수 없습니다: gzip 압축 파일이 아닙니다.',
    ]);
  });
});
