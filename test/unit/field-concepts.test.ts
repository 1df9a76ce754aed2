import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conceptIds, getConcept, hasConcept } from '../../server/src/concepts';
import { allRules } from '../../server/src/rules';
import { HELM_TEMPLATE_CONCEPT } from '../../server/src/helm/lint-template';
import {
  conceptLine,
  DOCKERFILE_INSTRUCTION_CONCEPTS,
  fieldConcept,
  KUBERNETES_FIELD_CONCEPTS,
  KUBERNETES_KIND_CONCEPTS,
} from '../../server/src/teaching/field-concepts';

const tables = { KUBERNETES_FIELD_CONCEPTS, KUBERNETES_KIND_CONCEPTS, DOCKERFILE_INSTRUCTION_CONCEPTS };

describe('hovers that teach', () => {
  it('lead to notes that exist', () => {
    for (const [table, entries] of Object.entries(tables))
      for (const [key, entry] of Object.entries(entries))
        assert.ok(hasConcept(entry.concept), `${table}.${key} names "${entry.concept}"`);
  });

  it('together with the rules, reach every course topic and every principle', () => {
    const reached = new Set([
      ...allRules().flatMap((rule) => [rule.concept, ...rule.topics]),
      // The engine's note on a Helm template it could not render leads to the note on charts.
      HELM_TEMPLATE_CONCEPT,
      ...Object.values(tables).flatMap((entries) => Object.values(entries).map((entry) => entry.concept)),
    ]);
    assert.deepEqual(
      conceptIds().filter((id) => !reached.has(id)),
      [],
    );
    const hovered = new Set(Object.values(tables).flatMap((entries) => Object.values(entries).map((e) => e.concept)));
    const topics = conceptIds().filter((id) => getConcept(id)?.topic !== undefined);
    assert.deepEqual(
      topics.filter((id) => !hovered.has(id) && !allRules().some((rule) => rule.topics.includes(id))),
      [],
    );
  });

  it('cover the fields and instructions a learner meets first', () => {
    for (const key of [
      'resources',
      'livenessProbe',
      'readinessProbe',
      'startupProbe',
      'replicas',
      'securityContext',
      'hostNetwork',
      'image',
      'imagePullPolicy',
      'volumes',
      'serviceAccountName',
      'affinity',
    ])
      assert.ok(KUBERNETES_FIELD_CONCEPTS[key], key);
    for (const kind of ['Pod', 'Deployment', 'Service', 'Ingress', 'ConfigMap', 'Secret', 'Job', 'CronJob'])
      assert.ok(KUBERNETES_KIND_CONCEPTS[kind], kind);
    for (const instruction of ['FROM', 'RUN', 'COPY', 'USER', 'HEALTHCHECK', 'EXPOSE', 'CMD', 'ENTRYPOINT'])
      assert.ok(DOCKERFILE_INSTRUCTION_CONCEPTS[instruction], instruction);
    assert.equal(DOCKERFILE_INSTRUCTION_CONCEPTS.USER?.concept, 'least-privilege');
    assert.equal(DOCKERFILE_INSTRUCTION_CONCEPTS.HEALTHCHECK?.concept, 'self-healing');
  });

  it('read a key in its place: a selector, a kind, a resource name', () => {
    assert.equal(fieldConcept('Service', ['spec', 'selector'])?.concept, 'loose-coupling');
    assert.equal(fieldConcept('Deployment', ['spec', 'selector'])?.concept, 'declarative-specs');
    assert.equal(fieldConcept('Deployment', ['spec', 'selector', 'matchLabels'])?.concept, 'declarative-specs');
    assert.equal(fieldConcept('Deployment', ['kind'])?.concept, 'self-healing');
    assert.equal(
      fieldConcept('Deployment', ['spec', 'template', 'spec', 'containers', 0, 'resources'])?.concept,
      'resource-management',
    );
    assert.equal(
      fieldConcept('Deployment', ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'cpu']),
      undefined,
    );
    assert.equal(fieldConcept('Deployment', ['spec', 'template', 'spec', 'containers', 0]), undefined);
    assert.equal(fieldConcept('ConfigMap', ['data', 'constructor']), undefined, 'map keys are not fields');
  });

  it('write one line with the note title as a link, in the chosen language', () => {
    const entry = KUBERNETES_FIELD_CONCEPTS.replicas;
    assert.ok(entry);
    assert.equal(
      conceptLine(entry, 'ko', (id) => `link:${id}`),
      `📘 [클라우드 컴퓨팅 기초](link:cloud-basics) — ${entry.line.ko}`,
    );
  });
});
