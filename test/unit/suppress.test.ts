import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';

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

  it('honours a cntutor ignore comment above a manifest line', () => {
    const text = pod('').replace(
      '      image: nginx:latest',
      '      # cntutor ignore=no-latest-container-image\n      image: nginx:latest',
    );
    assert.ok(!ids(text, MANIFEST).includes('no-latest-container-image'));
  });
});
