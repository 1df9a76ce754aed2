/**
 * A chart's values.schema.json, which Helm checks the values against before it renders: values
 * that break it stop Helm, so the templates are not rendered here either, and say why.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, mergeConfig, type Config } from '../../server/src/engine';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { koreanReason } from '../../server/src/helm/korean-reasons';
import { HELM_TEMPLATE_NOT_CHECKED } from '../../server/src/helm/lint-template';
import { helmTemplateObjects } from '../../server/src/helm/template-objects';
import { checkValuesSchema } from '../../server/src/helm/values-schema';
import { chartRendersWhole } from '../../server/src/helm/whole-chart';
import { tempFolder } from '../support/temp-folder';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** The shop chart with a values.schema.json of its own. */
function shopWithSchema(schema: object | string): string {
  const root = path.join(tempFolder(), 'shop');
  cpSync(SHOP, root, { recursive: true });
  writeFileSync(
    path.join(root, 'values.schema.json'),
    typeof schema === 'string' ? schema : JSON.stringify(schema, null, 2),
  );
  return root;
}

function lintDeployment(root: string, config: Config = DEFAULT_CONFIG) {
  const file = path.join(root, 'templates/deployment.yaml');
  const helmTemplate = new HelmCharts().templateOf(file);
  assert.ok(helmTemplate);
  return { findings: lint(readFileSync(file, 'utf8'), file, config, { helmTemplate }).findings, helmTemplate, file };
}

describe('a chart’s values.schema.json', () => {
  it('says what in the values breaks the schema, in the words of its draft', () => {
    const values = { replicaCount: 'two', image: { repository: 'web' }, extra: 1 };
    const draft7 = checkValuesSchema(
      JSON.stringify({
        $schema: DRAFT_07,
        type: 'object',
        required: ['service'],
        properties: { replicaCount: { type: 'integer' } },
        additionalProperties: { type: 'object' },
      }),
      values,
    );
    assert.equal(
      draft7.stops,
      "values.yaml does not meet the chart’s values.schema.json: the values must have required property 'service'; `extra` must be object; `replicaCount` must be integer",
    );
    const nested = checkValuesSchema(
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        properties: { image: { properties: { repository: { type: 'string', minLength: 5 } } } },
      }),
      values,
    );
    assert.equal(
      nested.stops,
      'values.yaml does not meet the chart’s values.schema.json: `image.repository` must NOT have fewer than 5 characters',
    );
    const closed = checkValuesSchema(JSON.stringify({ properties: {}, additionalProperties: false }), { tag: 1 });
    assert.match(closed.stops ?? '', /the values must NOT have additional properties \(`tag`\)$/);
    assert.deepEqual(
      checkValuesSchema(JSON.stringify({ properties: { replicaCount: { type: 'string' } } }), values),
      {},
    );
    assert.deepEqual(checkValuesSchema(undefined, values), {});
  });

  it('lists the first errors and counts the rest', () => {
    const schema = { properties: Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((k) => [k, { type: 'string' }])) };
    const check = checkValuesSchema(JSON.stringify(schema), { a: 1, b: 1, c: 1, d: 1, e: 1 });
    assert.match(check.stops ?? '', /`a` must be string; `b` must be string; `c` must be string; 2 more$/);
  });

  it('leaves a schema it cannot read to Helm, and calls one that is not JSON a problem of the chart', () => {
    // Draft 4's boolean exclusiveMinimum does not compile as draft 7: the values are not judged by it.
    const draft4 = {
      $schema: 'http://json-schema.org/draft-04/schema#',
      properties: { replicaCount: { type: 'integer', minimum: 0, exclusiveMinimum: true } },
    };
    assert.deepEqual(checkValuesSchema(JSON.stringify(draft4), { replicaCount: 'x' }), {});
    assert.match(checkValuesSchema('{ "type": ', {}).problem ?? '', /^values\.schema\.json is not valid JSON \(/);
  });

  it('stops the chart’s templates with one note, as Helm stops, in English and Korean', () => {
    const root = shopWithSchema({ $schema: DRAFT_07, properties: { replicaCount: { type: 'string' } } });
    const { findings, helmTemplate, file } = lintDeployment(root);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity, f.message]),
      [
        [
          HELM_TEMPLATE_NOT_CHECKED,
          'info',
          'This template was not checked: with the chart’s values.yaml, Helm stops here (values.yaml does not meet the chart’s values.schema.json: `replicaCount` must be string).',
        ],
      ],
    );
    // Helm renders none of the chart: its objects are in no index, and no cross-file rule judges it.
    assert.deepEqual(helmTemplateObjects(file, readFileSync(file, 'utf8'), helmTemplate, DEFAULT_CONFIG), []);
    assert.equal(chartRendersWhole(helmTemplate.chart, DEFAULT_CONFIG), false);
    const korean = lintDeployment(root, mergeConfig({ locale: 'ko' })).findings;
    assert.equal(
      korean[0]?.message,
      '이 템플릿은 검사하지 않았습니다: 차트의 values.yaml로는 Helm이 여기서 멈춥니다(values.yaml이 차트의 values.schema.json을 따르지 않습니다: `replicaCount` must be string).',
    );
  });

  it('renders the chart as before when the values meet the schema', () => {
    const root = shopWithSchema({ $schema: DRAFT_07, properties: { replicaCount: { type: 'integer', minimum: 1 } } });
    const { findings, helmTemplate } = lintDeployment(root);
    assert.ok(findings.some((f) => f.ruleId === 'no-privileged-container'));
    assert.equal(chartRendersWhole(helmTemplate.chart, DEFAULT_CONFIG), true);
  });

  it('says in Korean why a chart cannot be read', () => {
    for (const reason of [
      'values.yaml is not valid YAML (Nested mappings are not allowed in compact mappings)',
      'values.schema.json is not valid JSON (Unexpected end of JSON input)',
      'the chart has more than 400 template files or 4 MB of them',
      'the values file prod.yaml cannot be read',
      'list.yaml holds no map of values',
      'values.yaml + prod.yaml does not meet the chart’s values.schema.json: `replicaCount` must be integer',
    ]) {
      const korean = koreanReason(reason);
      assert.ok(korean && /[\uac00-\ud7a3]/u.test(korean), `no Korean for "${reason}"`);
    }
    const root = shopWithSchema('{ "type": ');
    const korean = lintDeployment(root, mergeConfig({ locale: 'ko' })).findings;
    assert.match(
      korean[0]?.message ?? '',
      /^이 템플릿은 검사하지 않았습니다: values\.schema\.json 파일이 올바른 JSON 형식이 아닙니다\(/,
    );
  });
});
