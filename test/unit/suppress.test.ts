import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig } from '../../server/src/engine';

const DOCKERFILE = 'file:///s/Dockerfile';
const MANIFEST = 'file:///s/pod.yaml';
const ids = (text: string, uri: string): string[] => lint(text, uri).findings.map((f) => f.ruleId);

describe('inline suppressions', () => {
  it('honours hadolint ignore comments by peer id, on the next instruction only', () => {
    const text = 'FROM alpine:3.20\n# hadolint ignore=DL3025\nCMD app --one\nENTRYPOINT app --two\n';
    const findings = lint(text, DOCKERFILE).findings.filter((f) => f.ruleId === 'exec-form-cmd');
    assert.deepEqual(
      findings.map((f) => f.range.start.line),
      [3],
    );
  });

  it('honours our own ignore comment and a global one', () => {
    assert.ok(
      !ids('FROM alpine:3.20\n# cntutor ignore=exec-form-cmd\nCMD app\n', DOCKERFILE).includes('exec-form-cmd'),
    );
    assert.ok(
      !ids('# cntutor global ignore=exec-form-cmd\nFROM alpine:3.20\nCMD app\n', DOCKERFILE).includes('exec-form-cmd'),
    );
    assert.ok(
      !ids('# hadolint global ignore=DL3025\nFROM alpine:3.20\nCMD app\n', DOCKERFILE).includes('exec-form-cmd'),
    );
  });

  it('honours BuildKit check=skip directives', () => {
    assert.ok(
      !ids('# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nCMD app\n', DOCKERFILE).includes('exec-form-cmd'),
    );
    assert.ok(ids('# check=skip=StageNameCasing\nFROM alpine:3.20\nCMD app\n', DOCKERFILE).includes('exec-form-cmd'));
  });

  const pod = (annotations: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: p
${annotations}spec:
  containers:
    - name: app
      image: nginx:latest
`;

  it('honours kube-linter, kube-score and Polaris annotations by their check names', () => {
    assert.ok(ids(pod(''), MANIFEST).includes('no-latest-container-image'));
    for (const annotation of [
      '  annotations:\n    ignore-check.kube-linter.io/latest-tag: "pinned by CI"\n',
      '  annotations:\n    kube-score/ignore: container-image-tag\n',
      '  annotations:\n    polaris.fairwinds.com/tagNotSpecified-exempt: "true"\n',
      '  annotations:\n    cntutor.dev/ignore: no-latest-container-image\n',
    ]) {
      assert.ok(!ids(pod(annotation), MANIFEST).includes('no-latest-container-image'), annotation);
    }
  });

  it("honours Checkov's checkov.io/skip annotations by check id, with or without a reason", () => {
    for (const annotation of [
      '  annotations:\n    checkov.io/skip1: CKV_K8S_14=pinned by the release pipeline\n',
      '  annotations:\n    checkov.io/skip3: ckv_k8s_14\n',
      '  annotations:\n    checkov.io/skip1: CKV_K8S_20=not this one\n    checkov.io/skip2: CKV_K8S_14=but this one\n',
    ]) {
      assert.ok(!ids(pod(annotation), MANIFEST).includes('no-latest-container-image'), annotation);
    }
  });

  it('keeps a finding when the Checkov annotation skips another check or is not a skip', () => {
    for (const annotation of [
      '  annotations:\n    checkov.io/skip1: CKV_K8S_140=another check\n',
      '  annotations:\n    checkov.io/skip1: CKV_K8S_1=a prefix of the id is not the id\n',
      '  annotations:\n    checkov.io/skip: CKV_K8S_14\n',
      '  annotations:\n    checkov.io/note: CKV_K8S_14\n',
    ]) {
      assert.ok(ids(pod(annotation), MANIFEST).includes('no-latest-container-image'), annotation);
    }
  });

  it('honours a cntutor ignore comment above a manifest line', () => {
    const text = pod('').replace(
      '      image: nginx:latest',
      '      # cntutor ignore=no-latest-container-image\n      image: nginx:latest',
    );
    assert.ok(!ids(text, MANIFEST).includes('no-latest-container-image'));
  });
});

describe('hadolint checks narrower than a rule', () => {
  // A base image of no known distribution, so each manager's finding is its own rule's to make.
  const TWO_MANAGERS =
    'FROM example.com/tools:1.0\n# hadolint ignore=DL3018\nRUN apt-get install -y --no-install-recommends curl\nRUN apk add curl\n';
  const pins = (text: string, ignoredChecks: string[] = []): number[] =>
    lint(text, DOCKERFILE, { ...mergeConfig(), ignoredChecks })
      .findings.filter((f) => f.ruleId === 'pin-os-package-versions')
      .map((f) => f.range.start.line);

  it("an ignore comment for apk's check leaves the apt finding below it", () => {
    assert.deepEqual(pins(TWO_MANAGERS), [2, 3]);
    assert.deepEqual(pins(TWO_MANAGERS.replace('DL3018', 'DL3008')), [3]);
    assert.deepEqual(pins(TWO_MANAGERS.replace('DL3018', 'pin-os-package-versions')), [3]);
  });

  it("a project's ignored check (hadolint's `ignored`) drops only that manager's findings", () => {
    const text = TWO_MANAGERS.replace('# hadolint ignore=DL3018\n', '');
    assert.deepEqual(pins(text, ['DL3008']), [2]);
    assert.deepEqual(pins(text, ['DL3018']), [1]);
  });
});
