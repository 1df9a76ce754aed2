import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllDocuments, parseDocument, isMap } from 'yaml';
import { applyEdits, compatibleFixEdits, fixAll, lint, mergeConfig } from '../../server/src/engine';
import { candidateKind, isHelmTemplate } from '../../server/src/engine/detect';
import { parseImageReference } from '../../server/src/engine/image';
import { insertIntoMap } from '../../server/src/engine/kubernetes/yaml-edit';
import { nodeAt } from '../../server/src/engine/kubernetes/parse';
import { LineIndex } from '../../server/src/engine/text';
import type { Finding } from '../../server/src/engine/types';
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

  it('finds the same lines in a text without carriage returns as in one with them', () => {
    const text = '\nab\n\ncd\n  e\n\n';
    const lf = new LineIndex(text);
    const mixed = new LineIndex(`${text}\r`);
    assert.equal(lf.lineCount, 7);
    assert.equal(mixed.lineCount, 8);
    for (let offset = 0; offset <= text.length; offset++)
      assert.deepEqual(lf.positionAt(offset), mixed.positionAt(offset), `offset ${offset}`);
    assert.deepEqual(new LineIndex('').positionAt(0), { line: 0, character: 0 });
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
    for (const variant of [
      'Dockerfile_windows',
      'Dockerfile2',
      'Dockerfile1.alpine',
      'Dockerfile_1_13',
      'Dockerfile-release.arm64',
    ])
      assert.equal(candidateKind(`file:///a/${variant}`), 'dockerfile', variant);
    // Files beside a Dockerfile, code about Dockerfiles, and templates that only become one.
    for (const other of [
      'Dockerfile.dockerignore',
      'Containerfile.dockerignore',
      'dockerfile.go',
      'dockerfile_test.go',
      'dockerfile_linter',
      'Dockerfile.template',
      'Dockerfile.j2',
      'api.Dockerfile.md',
    ])
      assert.equal(candidateKind(`file:///a/${other}`), undefined, other);
    assert.equal(candidateKind('file:///a/Dockerfile.yaml'), 'yaml');
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

  it('finds the end of a map once per text, and gives each edit a position of its own', () => {
    const first = insertIntoMap(index, container, ['securityContext'], ['runAsNonRoot: true']);
    const second = insertIntoMap(index, container, ['resources', 'limits'], ['memory: 256Mi']);
    assert.ok(first && second);
    assert.deepEqual(first.range, second.range);
    assert.notEqual(first.range.start, second.range.start);
    first.range.start.line = 0;
    assert.equal(insertIntoMap(index, container, [], ['stdin: true'])?.range.start.line, 3);
    // Another text has answers of its own.
    const moved = new LineIndex(`# a comment first\n${text}`);
    const shifted = parseDocument(`# a comment first\n${text}`).contents;
    const again = nodeAt(shifted, ['spec', 'containers', 0]);
    assert.ok(isMap(again));
    assert.equal(insertIntoMap(moved, again, [], ['stdin: true'])?.range.start.line, 4);
  });

  it('refuses flow maps rather than guess', () => {
    const flow = 'spec: { containers: [ { name: app } ] }\n';
    const node = nodeAt(parseDocument(flow).contents, ['spec', 'containers', 0]);
    assert.ok(isMap(node));
    assert.equal(insertIntoMap(new LineIndex(flow), node, ['securityContext'], ['runAsNonRoot: true']), undefined);
  });

  it('refuses to follow a plain scalar below a shallow comment, and only that', () => {
    const insertK = (source: string): string | undefined => {
      const spec = nodeAt(parseDocument(source).contents, ['spec']);
      assert.ok(isMap(spec));
      const edit = insertIntoMap(new LineIndex(source), spec, [], ['k: v']);
      return edit && applyEdits(source, [edit]);
    };
    // The parser would read `  k: v` as more of `x y`, which then becomes a key.
    assert.equal(insertK('spec:\n  a:\n    c:\n#\n      x y\n'), undefined);
    assert.equal(insertK('spec:\n  a:\n    c:\n  #\n      x y\n'), undefined);
    for (const fine of [
      'spec:\n  a:\n    c:\n   #\n      x y\n',
      'spec:\n  a:\n    c:\n#\n      "x y"\n',
      'spec:\n  a:\n#\n    c: x y\n',
      'spec:\n  a:\n    c:\n#\n      - x y\n',
    ]) {
      const fixed = insertK(fine);
      assert.equal(fixed, `${fine}  k: v\n`, fine);
      assert.deepEqual(parseDocument(fixed ?? '').errors, [], fine);
    }
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

describe('opt-in rules', () => {
  it('run only when the configuration names them, at their own severity or the one given', () => {
    const optIn: Rule = defineDockerfileRule({
      id: 'opt-in-example',
      title: { en: 'An opt-in rule', ko: '선택 규칙' },
      severity: 'info',
      concept: 'declarative-specs',
      topics: [],
      description: { en: 'Used to prove opt-in rules stay off.', ko: '선택 규칙이 꺼져 있는지 확인합니다.' },
      remediation: { en: 'None needed.', ko: '필요 없음.' },
      peers: {},
      example: { bad: 'a', good: 'b' },
      messages: {},
      enabled: false,
      check(ctx) {
        const first = ctx.instructions[0];
        if (first) ctx.report({ range: ctx.keywordRange(first), message: 'here' });
      },
    });
    const run = (setting?: 'on' | 'off' | 'warning') =>
      lint(
        'FROM alpine:3.20\n',
        'file:///x/Dockerfile',
        mergeConfig(setting ? { rules: { [optIn.id]: setting } } : {}),
        {
          rules: [optIn],
        },
      ).findings.map((f) => f.severity);
    assert.deepEqual(run(), []);
    assert.deepEqual(run('off'), []);
    assert.deepEqual(run('on'), ['info']);
    assert.deepEqual(run('warning'), ['warning']);
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

describe('fixing everything at once', () => {
  const MISSPELT_METADATA = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: { app: web }
  template:
    metadat:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
`;

  it('repairs the structure first, so no other fix adds a key the repair restores', () => {
    const lintText = (text: string) => lint(text, 'file:///deployment.yaml').findings;
    const first = compatibleFixEdits(lintText(MISSPELT_METADATA));
    assert.ok(first.length > 0);
    const repaired = applyEdits(MISSPELT_METADATA, first);
    assert.match(repaired, /\n {4}metadata:\n {6}labels: \{ app: web \}\n/);
    assert.doesNotMatch(repaired, /metadata:[\s\S]*\n {4}metadata:[\s\S]*\n {4}metadata:/);
    const { text } = fixAll(MISSPELT_METADATA, lintText);
    assert.equal(text.match(/^ {4}metadata:$/gm)?.length, 1, text);
    assert.deepEqual(
      parseAllDocuments(text).flatMap((d) => d.errors),
      [],
      text,
    );
  });

  it('defers a fix that inserts where another fix replaces text, and recomputes it on the next pass', () => {
    const finding = (start: number, end: number, newText: string): Finding => ({
      ruleId: 'r',
      severity: 'warning',
      message: 'm',
      concept: 'c',
      range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
      fix: {
        title: 't',
        edits: [{ range: { start: { line: 0, character: start }, end: { line: 0, character: end } }, newText }],
      },
    });
    // An insertion at the start and one at the end of a replaced span both wait; one elsewhere does not.
    const chosen = compatibleFixEdits([finding(2, 4, 'X'), finding(2, 2, 'a'), finding(4, 4, 'b'), finding(5, 5, 'c')]);
    assert.deepEqual(
      chosen.map((edit) => edit.newText),
      ['X', 'c'],
    );
    // Two insertions at one point collide as before; an insertion beside another insertion's point does not.
    assert.equal(compatibleFixEdits([finding(1, 1, 'a'), finding(1, 1, 'b')]).length, 1);
  });

  it('cleans up apt lists once when a separate RUN already removed them (install fixed, then the RUNs merged)', () => {
    const start =
      'FROM debian:12.8\nRUN apt-get update\nRUN apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\nUSER 10001\n';
    const { text } = fixAll(start, (t) => lint(t, 'Dockerfile').findings);
    assert.equal(text.match(/rm -rf \/var\/lib\/apt\/lists\/\*/g)?.length, 1, text);
    assert.equal(text.match(/^RUN /gm)?.length, 1, text);
  });
});
