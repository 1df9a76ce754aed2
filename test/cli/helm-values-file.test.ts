import assert from 'node:assert/strict';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../support/run-cli';
import { tempFolder } from '../support/temp-folder';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

describe('cntutor lint on a chart’s values.yaml', () => {
  const dir = tempFolder();
  cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });

  it('reports the templates’ findings at the values that cause them when the file is named', () => {
    const named = run(['lint', 'shop/values.yaml', '--no-explain'], dir);
    assert.equal(named.code, 1, named.stderr);
    assert.match(
      named.stdout,
      /^shop\/values\.yaml:9:1: error Container "shop" runs privileged: .+ — `securityContext` set here reaches it through `\{\{- toYaml \.Values\.securityContext \| nindent 12 \}\}` in templates\/deployment\.yaml\. \[no-privileged-container\]\n {2}See also: shop\/templates\/deployment\.yaml:24:13: The finding in the rendered template$/m,
    );
    const sarif = JSON.parse(run(['lint', 'shop/values.yaml', '--format', 'sarif'], dir).stdout) as {
      runs: { results: SarifResult[] }[];
    };
    const privileged = sarif.runs[0]?.results.find((r) => r.ruleId === 'no-privileged-container');
    assert.equal(privileged?.locations[0]?.physicalLocation.artifactLocation.uri, 'shop/values.yaml');
    assert.equal(privileged.locations[0]?.physicalLocation.region.startLine, 9);
    assert.deepEqual(
      privileged.relatedLocations?.map((r) => [
        r.physicalLocation.artifactLocation.uri,
        r.physicalLocation.region.startLine,
      ]),
      [['shop/templates/deployment.yaml', 24]],
    );
  });

  it('leaves them on the templates alone in a folder’s walk, each reported once', () => {
    const walked = run(['lint', 'shop', '--no-explain', '--format', 'json'], dir);
    const reports = JSON.parse(walked.stdout) as { file: string; skipped?: string; findings: { ruleId: string }[] }[];
    const values = reports.find((report) => report.file === 'shop/values.yaml');
    assert.deepEqual(values?.findings, []);
    assert.match(values.skipped ?? '', /named on the command line is linted through the templates that read it/);
    const privileged = reports.flatMap((report) =>
      report.findings.filter((f) => f.ruleId === 'no-privileged-container').map(() => report.file),
    );
    assert.deepEqual(privileged, ['shop/templates/deployment.yaml']);
  });

  it('follows a value read through a named template to the key that sets it', () => {
    cpSync(SHOP, path.join(dir, 'helper'), { recursive: true });
    const file = (name: string): string => path.join(dir, 'helper', name);
    appendFileSync(
      file('templates/_helpers.tpl'),
      '\n{{- define "shop.image" -}}\n{{ .Values.image.repository }}:{{ .Values.image.tag }}\n{{- end }}\n',
    );
    const deployment = readFileSync(file('templates/deployment.yaml'), 'utf8');
    writeFileSync(
      file('templates/deployment.yaml'),
      deployment.replace(/image: .*\n/, 'image: {{ include "shop.image" . }}\n'),
    );
    writeFileSync(file('values.yaml'), readFileSync(file('values.yaml'), 'utf8').replace('tag: ""', 'tag: latest'));
    const linted = run(['lint', 'helper/values.yaml', '--no-explain'], dir);
    assert.match(
      linted.stdout,
      /^helper\/values\.yaml:2:1: warning Container "shop" uses image "registry\.example\.com\/shop\/web:latest" .+ — `image` set here reaches it through `\{\{ include "shop\.image" \. \}\}` in templates\/deployment\.yaml\. \[no-latest-container-image\]$/m,
    );
    const template = run(['lint', 'helper/templates/deployment.yaml', '--no-explain'], dir);
    assert.match(template.stdout, /See also: helper\/values\.yaml:4:3: `image\.tag` is set here/);
  });
});
