import { isMap, isScalar } from 'yaml';
import { keyNodeAt } from '../../../engine/kubernetes/parse';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { removeMapEntry, replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { podSpecOf } from '../support';

export default defineKubernetesRule({
  id: 'no-deprecated-service-account-field',
  title: {
    en: 'Name the service account with serviceAccountName',
    ko: '서비스 어카운트는 serviceAccountName으로 지정하기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['kubernetes-architecture'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: "`serviceAccount` is a deprecated alias of `serviceAccountName`, kept only for old clients. When both are set, Kubernetes uses `serviceAccountName` and ignores the other, so a spec that names two accounts runs with one of them silently. The pod's identity (and with it its permissions) should be stated once, in the field the API documents.",
    ko: '`serviceAccount`는 옛 클라이언트를 위해 남겨 둔, 더 이상 권장되지 않는 `serviceAccountName`의 별칭입니다. 둘 다 있으면 쿠버네티스는 `serviceAccountName`을 쓰고 다른 하나는 무시하므로, 두 어카운트를 적은 명세는 조용히 그중 하나로 실행됩니다. 파드의 신원(그리고 그 권한)은 API가 문서화한 필드에 한 번만 적어야 합니다.',
  },
  remediation: {
    en: 'Rename `serviceAccount` to `serviceAccountName`; when both are present, keep only `serviceAccountName` with the account you mean.',
    ko: '`serviceAccount`를 `serviceAccountName`으로 바꾸세요. 둘 다 있으면 뜻한 어카운트를 적은 `serviceAccountName`만 남기세요.',
  },
  peers: { kubeLinter: ['deprecated-service-account-field'] },
  example: {
    bad: deployment({ pod: ['serviceAccount: web'] }),
    good: deployment({ pod: ['serviceAccountName: web'] }),
  },
  messages: {
    deprecated: {
      en: 'serviceAccount is a deprecated alias; use serviceAccountName.',
      ko: 'serviceAccount는 더 이상 쓰지 않는 별칭입니다. serviceAccountName을 쓰세요.',
    },
    redundant: {
      en: 'serviceAccount repeats serviceAccountName; remove the deprecated field.',
      ko: 'serviceAccount가 serviceAccountName을 반복합니다. 더 이상 쓰지 않는 필드를 지우세요.',
    },
    conflict: {
      en: 'serviceAccount "{deprecated}" is ignored: the pod runs as serviceAccountName "{account}".',
      ko: 'serviceAccount "{deprecated}"{은/는} 무시됩니다. 파드는 serviceAccountName "{account}"{으로/로} 실행됩니다.',
    },
    fixRemove: {
      en: 'Remove the repeated serviceAccount',
      ko: '반복된 serviceAccount 지우기',
    },
    fix: {
      en: 'Rename serviceAccount to serviceAccountName',
      ko: 'serviceAccount를 serviceAccountName으로 바꾸기',
    },
  },
  fix: 'safe',
  check(ctx) {
    const path = ctx.podSpecPath();
    const spec = podSpecOf(ctx);
    if (!path || !spec || spec.serviceAccount === undefined) return;
    const key = keyNodeAt(ctx.object.root, [...path, 'serviceAccount']);
    const range = ctx.keyRange([...path, 'serviceAccount']);
    const account = spec.serviceAccountName;
    // A map or list for either name is a type error kubernetes-schema reports.
    if (isCollectionValue(account) || isCollectionValue(spec.serviceAccount)) return;
    if (account === undefined) {
      const edit =
        isScalar(key) && key.type === 'PLAIN' ? replaceNode(ctx.index, key, 'serviceAccountName') : undefined;
      ctx.report({
        range,
        message: ctx.t('deprecated'),
        ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
      });
    } else if (String(account) === String(spec.serviceAccount)) {
      // The API server fills serviceAccount from serviceAccountName anyway: removing the copy changes nothing.
      const map = ctx.node(path);
      const edit = isMap(map) ? removeMapEntry(ctx.index, map, 'serviceAccount') : undefined;
      ctx.report({
        range,
        message: ctx.t('redundant'),
        ...(edit ? { fix: { title: ctx.t('fixRemove'), edits: [edit] } } : {}),
      });
    } else {
      ctx.report({
        range,
        message: ctx.t('conflict', { deprecated: String(spec.serviceAccount), account: String(account) }),
      });
    }
  },
});

function isCollectionValue(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}
