import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument, isMap } from 'yaml';
import { applyEdits, lint } from '../../server/src/engine';
import { candidateKind, isHelmTemplate } from '../../server/src/engine/detect';
import { parseImageReference } from '../../server/src/engine/image';
import { insertIntoMap } from '../../server/src/engine/kubernetes/yaml-edit';
import { nodeAt } from '../../server/src/engine/kubernetes/parse';
import { LineIndex } from '../../server/src/engine/text';
import type { Rule } from '../../server/src/engine/rule';
import { defineDockerfileRule } from '../../server/src/engine/rule';
import type { DockerfileContext } from '../../server/src/engine/dockerfile/context';

describe('LineIndex', () => {
  it('maps offsets and positions both ways with LF, CRLF and CR', () => {
    const index = new LineIndex('ab\r\ncd\ref\ngh');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(5), { line: 1, character: 1 });
    assert.equal(index.offsetAt({ line: 3, character: 1 }), 11);
    assert.equal(index.lineText(0), 'ab');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2, 'clamped to the line end');
    assert.equal(index.eol, '\r\n');
  });
});

describe('file recognition', () => {
  it('recognises Dockerfiles and YAML by name or language id', () => {
    assert.equal(candidateKind('file:///a/Dockerfile'), 'dockerfile');
    assert.equal(candidateKind('file:///a/Dockerfile.prod'), 'dockerfile');
    assert.equal(candidateKind('file:///a/api.Dockerfile'), 'dockerfile');
    assert.equal(candidateKind('file:///a/Containerfile'), 'dockerfile');
    assert.equal(candidateKind('file:///a/k.yml'), 'yaml');
    assert.equal(candidateKind('untitled:Untitled-1', 'dockerfile'), 'dockerfile');
    assert.equal(candidateKind('file:///a/readme.md'), undefined);
    assert.ok(isHelmTemplate('file:///chart/templates/deploy.yaml', 'image: {{ .Values.image }}'));
    assert.ok(!isHelmTemplate('file:///k8s/deploy.yaml', 'image: {{ .Values.image }}'));
  });

  it('leaves YAML that is not Kubernetes alone', () => {
    const result = lint('name: ci\non: [push]\n', 'file:///w/.github/workflows/ci.yml');
    assert.equal(result.kind, undefined);
    assert.deepEqual(result.findings, []);
  });
});

describe('image references', () => {
  it('splits registry, repository, tag and digest', () => {
    assert.deepEqual(parseImageReference('nginx'), {
      registry: undefined,
      repository: 'nginx',
      tag: undefined,
      digest: undefined,
    });
    assert.deepEqual(parseImageReference('localhost:5000/team/app:1.2'), {
      registry: 'localhost:5000',
      repository: 'team/app',
      tag: '1.2',
      digest: undefined,
    });
    assert.equal(parseImageReference('nginx:1.27@sha256:abc').digest, 'sha256:abc');
    assert.equal(parseImageReference('registry.example.com/app').tag, undefined);
  });
});

describe('layout-preserving YAML edits', () => {
  const text = 'spec:\n    containers:\n      - name: app   # main\n        image: nginx\n';
  const index = new LineIndex(text);
  const container = nodeAt(parseDocument(text).contents, ['spec', 'containers', 0]);
  assert.ok(isMap(container));

  it("adds nested keys under an item with the document's own indentation", () => {
    const edit = insertIntoMap(index, container, ['securityContext'], ['runAsNonRoot: true']);
    assert.ok(edit);
    assert.equal(
      applyEdits(text, [edit]),
      'spec:\n    containers:\n      - name: app   # main\n        image: nginx\n        securityContext:\n          runAsNonRoot: true\n',
    );
  });

  it('refuses flow maps rather than guess', () => {
    const flow = 'spec: { containers: [ { name: app } ] }\n';
    const node = nodeAt(parseDocument(flow).contents, ['spec', 'containers', 0]);
    assert.ok(isMap(node));
    assert.equal(insertIntoMap(new LineIndex(flow), node, ['securityContext'], ['runAsNonRoot: true']), undefined);
  });
});

describe('rule isolation', () => {
  it('a rule that throws is reported once and the other rules still report', () => {
    const broken: Rule = defineDockerfileRule({
      id: 'always-throws',
      title: { en: 'A rule that fails', ko: '실패하는 규칙' },
      severity: 'warning',
      concept: 'declarative-specs',
      topics: [],
      description: { en: 'Used to prove the engine isolates failures.', ko: '엔진이 실패를 격리하는지 확인합니다.' },
      remediation: { en: 'None needed.', ko: '필요 없음.' },
      peers: {},
      example: { bad: 'a', good: 'b' },
      messages: {},
      check() {
        throw new Error('boom');
      },
    });
    const working: Rule = {
      ...broken,
      id: 'always-reports',
      check: (ctx: DockerfileContext) => {
        const first = ctx.instructions[0];
        if (first) ctx.report({ range: ctx.keywordRange(first), message: 'here' });
      },
    } as Rule;
    const result = lint('FROM alpine:3.20\n', 'file:///x/Dockerfile', undefined, { rules: [broken, working] });
    assert.deepEqual(result.internalErrors, ['rule always-throws failed: boom']);
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['always-reports'],
    );
  });
});

describe('self-referencing aliases', () => {
  it('are reported, not followed forever', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: db\n      image: x:1\n      env: &env\n        - name: A\n          env: *env\n';
    const result = lint(text, 'file:///c/pod.yaml');
    assert.deepEqual(result.internalErrors, []);
    const finding = result.findings.find((f) => f.ruleId === 'yaml-syntax');
    assert.equal(
      finding?.message,
      'This YAML cannot be read: an alias refers to the collection it stands in, so the value never ends.',
    );
  });
});
