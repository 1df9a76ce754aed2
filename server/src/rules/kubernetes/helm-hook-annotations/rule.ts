import { isMap, isScalar, type Scalar } from 'yaml';
import { closestName } from '../../../engine/closest-name';
import { defineKubernetesRule } from '../../../engine/rule';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import type { TextEdit } from '../../../engine/types';

/** The events Helm 3 runs hooks at (pkg/releaseutil/manifest_sorter.go); `test-success` is Helm 2's `test`. */
const EVENTS = [
  'pre-install',
  'post-install',
  'pre-delete',
  'post-delete',
  'pre-upgrade',
  'post-upgrade',
  'pre-rollback',
  'post-rollback',
  'test',
];
const DELETE_POLICIES = ['before-hook-creation', 'hook-succeeded', 'hook-failed'];

const JOB = [
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata:',
  '  name: shop-migrate',
  '  annotations:',
  '    helm.sh/hook: {hook}',
  '    helm.sh/hook-weight: "-5"',
  '    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded',
  'spec:',
  '  backoffLimit: 2',
  '  ttlSecondsAfterFinished: 600',
  '  template:',
  '    spec:',
  '      restartPolicy: Never',
  '      automountServiceAccountToken: false',
  '      securityContext:',
  '        seccompProfile: { type: RuntimeDefault }',
  '      containers:',
  '        - name: migrate',
  '          image: registry.example.com/shop/migrate:1.4.2',
  '          resources:',
  '            requests: { cpu: 100m, memory: 128Mi }',
  '            limits: { memory: 128Mi }',
  '          securityContext:',
  '            runAsNonRoot: true',
  '            runAsUser: 10001',
  '            allowPrivilegeEscalation: false',
  '            readOnlyRootFilesystem: true',
  '            capabilities: { drop: [ALL] }',
].join('\n');

export default defineKubernetesRule({
  id: 'helm-hook-annotations',
  title: {
    en: 'Name Helm hooks as Helm knows them',
    ko: 'Helm 훅은 Helm이 아는 이름으로 쓰기',
  },
  severity: 'warning',
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'A chart marks an object as a hook with the `helm.sh/hook` annotation, and Helm then runs it at that point of a release instead of installing it with the rest: a database migration `pre-upgrade`, a test pod at `helm test`. Helm reads the annotations without complaint: an event it does not know (a typo, or Helm 2’s `crd-install`) makes it skip the object altogether, neither hook nor ordinary object, with only a line in its debug log; an unknown delete policy does nothing, so finished hook pods pile up; a weight that is not a whole number counts as 0.',
    ko: '차트는 `helm.sh/hook` 어노테이션으로 객체를 훅으로 표시하고, 그러면 Helm은 그 객체를 나머지와 함께 설치하는 대신 릴리스의 그 시점에 실행합니다. `pre-upgrade`의 데이터베이스 마이그레이션, `helm test` 때의 테스트 파드가 그렇습니다. Helm은 이 어노테이션을 불평 없이 읽습니다. 모르는 이벤트(오타나 Helm 2의 `crd-install`)가 있으면 그 객체를 훅으로도 일반 객체로도 다루지 않고 통째로 건너뛰며, 디버그 로그에 한 줄을 남길 뿐입니다. 모르는 삭제 정책은 아무 일도 하지 않아 끝난 훅 파드가 쌓이고, 정수가 아닌 가중치는 0으로 칩니다.',
  },
  remediation: {
    en: 'Use the events Helm 3 runs hooks at (`pre-install`, `post-install`, `pre-upgrade`, `post-upgrade`, `pre-rollback`, `post-rollback`, `pre-delete`, `post-delete`, `test`), separated by commas; the delete policies `before-hook-creation`, `hook-succeeded` and `hook-failed`; a quoted whole number as the weight. Put CustomResourceDefinitions in the chart’s `crds/` folder instead of a `crd-install` hook.',
    ko: 'Helm 3가 훅을 실행하는 이벤트(`pre-install`, `post-install`, `pre-upgrade`, `post-upgrade`, `pre-rollback`, `post-rollback`, `pre-delete`, `post-delete`, `test`)를 쉼표로 구분해 쓰세요. 삭제 정책은 `before-hook-creation`, `hook-succeeded`, `hook-failed`를, 가중치는 따옴표로 감싼 정수를 쓰세요. 커스텀 리소스 정의는 `crd-install` 훅 대신 차트의 `crds/` 폴더에 두세요.',
  },
  peers: {},
  noPeer:
    '`helm lint` reports a CustomResourceDefinition marked `crd-install` and nothing else about hooks; kube-linter, kube-score and Polaris do not read Helm’s annotations.',
  example: {
    bad: JOB.replace('{hook}', 'pre-instal,pre-upgrade') + '\n',
    good: JOB.replace('{hook}', 'pre-install,pre-upgrade') + '\n',
  },
  messages: {
    unknownEvent: {
      en: 'Helm does not know the hook event "{event}", so it skips this object altogether: it is neither run as a hook nor installed.',
      ko: 'Helm은 훅 이벤트 "{event}"{을/를} 모르므로 이 객체를 통째로 건너뜁니다. 훅으로 실행되지도, 설치되지도 않습니다.',
    },
    crdInstall: {
      en: 'Helm 3 has no "crd-install" hook, so it skips this object altogether: put CustomResourceDefinitions in the chart’s crds/ folder.',
      ko: 'Helm 3에는 "crd-install" 훅이 없으므로 이 객체를 통째로 건너뜁니다. 커스텀 리소스 정의는 차트의 crds/ 폴더에 두세요.',
    },
    testSuccess: {
      en: '"test-success" is Helm 2’s name for the "test" hook; Helm 3 still reads it, but write "test".',
      ko: '"test-success"는 Helm 2에서 "test" 훅을 부르던 이름입니다. Helm 3도 읽기는 하지만 "test"로 쓰세요.',
    },
    unknownPolicy: {
      en: 'Helm has no hook delete policy "{policy}": it does nothing, so the hook’s objects stay after it ran.',
      ko: 'Helm에는 훅 삭제 정책 "{policy}"{이/가} 없습니다. 아무 일도 하지 않으므로 훅이 실행된 뒤에도 객체가 남습니다.',
    },
    weight: {
      en: 'Helm reads the hook weight "{weight}" as 0: a weight must be a whole number, such as "-5".',
      ko: 'Helm은 훅 가중치 "{weight}"{을/를} 0으로 읽습니다. 가중치는 "-5"처럼 정수여야 합니다.',
    },
    fix: {
      en: 'Write "{name}"',
      ko: '"{name}"{으로/로} 쓰기',
    },
  },
  // A misspelt event is repaired to the one it looks like, which a person confirms.
  fix: 'unsafe',
  check(ctx) {
    const annotations = ctx.node(['metadata', 'annotations']);
    if (!isMap(annotations)) return;
    for (const pair of annotations.items) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
      const key = String(pair.key.value);
      const value = pair.value.value;
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const path = ['metadata', 'annotations', key];
      const text = String(value);
      // Helm splits the list at commas and compares each name trimmed and in lower case.
      const names = text.split(',').map((name) => name.trim().toLowerCase());
      /** The annotation's value with other names, quoted as it was (commas end a plain value in a flow map). */
      const rewrite = (fixed: readonly string[]): TextEdit | undefined => {
        const node = pair.value as Scalar;
        const quote = node.range ? ctx.index.text.charAt(node.range[0]) : '';
        const list = fixed.join(',');
        return replaceNode(ctx.index, node, quote === '"' || quote === "'" ? `${quote}${list}${quote}` : list);
      };
      const repaired = (known: readonly string[]): { fix?: { title: string; edits: TextEdit[] } } => {
        const fixed = names.map((name) => (known.includes(name) ? name : (closestName(name, known) ?? name)));
        const edit = fixed.every((name) => known.includes(name)) ? rewrite(fixed) : undefined;
        const changed = fixed.find((name, i) => name !== names[i]) ?? '';
        return edit ? { fix: { title: ctx.t('fix', { name: changed }), edits: [edit] } } : {};
      };
      if (key === 'helm.sh/hook') {
        const unknown = names.find((name) => !EVENTS.includes(name) && name !== 'test-success');
        if (unknown === 'crd-install') ctx.report({ range: ctx.valueRange(path), message: ctx.t('crdInstall') });
        else if (unknown !== undefined)
          ctx.report({
            range: ctx.valueRange(path),
            message: ctx.t('unknownEvent', { event: unknown }),
            ...repaired(EVENTS),
          });
        else if (names.includes('test-success')) {
          // Helm 3 maps the old name to the same event: the rename changes nothing but the words.
          const edit = rewrite(names.map((name) => (name === 'test-success' ? 'test' : name)));
          ctx.report({
            range: ctx.valueRange(path),
            message: ctx.t('testSuccess'),
            severity: 'info',
            ...(edit ? { fix: { title: ctx.t('fix', { name: 'test' }), edits: [edit], safety: 'safe' as const } } : {}),
          });
        }
      } else if (key === 'helm.sh/hook-delete-policy') {
        const unknown = names.find((name) => !DELETE_POLICIES.includes(name));
        if (unknown !== undefined)
          ctx.report({
            range: ctx.valueRange(path),
            message: ctx.t('unknownPolicy', { policy: unknown }),
            ...repaired(DELETE_POLICIES),
          });
      } else if (key === 'helm.sh/hook-weight' && !/^[+-]?\d+$/.test(text)) {
        ctx.report({ range: ctx.valueRange(path), message: ctx.t('weight', { weight: text }) });
      }
    }
  },
});
