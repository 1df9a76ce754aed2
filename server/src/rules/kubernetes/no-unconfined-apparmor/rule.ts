import { isMap, isScalar } from 'yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import { podMetadataPath, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import type { Path } from '../../../engine/kubernetes/parse';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { deployment } from '../example-files';
import { ALL_ROLES, containersWith, isWindowsPod } from '../support';
import { stringAt } from '../security-context';

/** The per-container annotation AppArmor was set with before the field (Kubernetes 1.30); still honoured. */
const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

export default defineKubernetesRule({
  id: 'no-unconfined-apparmor',
  title: {
    en: 'Keep the runtime’s AppArmor profile on',
    ko: '런타임의 AppArmor 프로파일 켜 두기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'On nodes with AppArmor (Ubuntu, Debian, most managed node images) the container runtime confines every container with a default profile that forbids writing to `/proc` and `/sys`, mounting file systems and other ways out. `Unconfined` switches that layer off, so a compromised process meets one wall fewer on its way to the node. The baseline Pod Security Standard forbids it.',
    ko: 'AppArmor가 있는 노드(Ubuntu, Debian, 대부분의 관리형 노드 이미지)에서 컨테이너 런타임은 모든 컨테이너를 기본 프로파일로 가두어 `/proc`와 `/sys`에 쓰기, 파일 시스템 마운트 같은 탈출 경로를 막습니다. `Unconfined`는 이 층을 끄므로, 침해된 프로세스가 노드로 가는 길에 벽 하나를 덜 만납니다. 파드 시큐리티 스탠다드의 기본(baseline) 프로필은 이를 금지합니다.',
  },
  remediation: {
    en: 'Remove the setting (the runtime’s default then applies) or set `appArmorProfile.type: RuntimeDefault`; a program that needs more gets a `Localhost` profile written for it.',
    ko: '설정을 지우거나(그러면 런타임 기본값이 적용됩니다) `appArmorProfile.type: RuntimeDefault`로 설정하세요. 더 많은 것이 필요한 프로그램에는 그에 맞게 쓴 `Localhost` 프로파일을 주세요.',
  },
  peers: {
    pss: ['apparmor'],
    trivy: ['KSV002'],
  },
  example: {
    bad: deployment({ pod: ['securityContext:', '  appArmorProfile: { type: Unconfined }'] }),
    good: deployment({ pod: ['securityContext:', '  appArmorProfile: { type: RuntimeDefault }'] }),
  },
  messages: {
    pod: {
      en: 'The pod switches AppArmor off (Unconfined) for its containers.',
      ko: '파드가 컨테이너의 AppArmor를 끕니다(Unconfined).',
    },
    container: {
      en: 'Container "{name}" switches AppArmor off (Unconfined).',
      ko: '컨테이너 "{name}"{이/가} AppArmor를 끕니다(Unconfined).',
    },
    annotation: {
      en: 'The annotation switches AppArmor off (unconfined) for container "{name}".',
      ko: '어노테이션이 컨테이너 "{name}"의 AppArmor를 끕니다(unconfined).',
    },
    fix: {
      en: 'Use the runtime’s default AppArmor profile',
      ko: '런타임 기본 AppArmor 프로파일 사용',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    const spec = ctx.podSpecPath();
    if (!spec || isWindowsPod(ctx)) return;
    const report = (path: Path, id: string, replacement: string, name = ''): void => {
      const node = ctx.node(path);
      const edit = node ? replaceNode(ctx.index, node, replacement) : undefined;
      ctx.report({
        range: ctx.valueRange(path),
        message: ctx.t(id, { name }),
        ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
      });
    };
    const podPath = [...spec, 'securityContext', 'appArmorProfile', 'type'];
    if (stringAt(ctx, podPath) === 'Unconfined') report(podPath, 'pod', 'RuntimeDefault');
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const path = [...container.path, 'securityContext', 'appArmorProfile', 'type'];
      if (stringAt(ctx, path) === 'Unconfined') report(path, 'container', 'RuntimeDefault', container.name);
    }
    const meta = podMetadataPath(ctx.object);
    const annotations = meta ? ctx.node([...meta, 'annotations']) : undefined;
    if (!meta || !isMap(annotations)) return;
    for (const pair of annotations.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!key.startsWith(ANNOTATION_PREFIX) || !isScalar(pair.value) || pair.value.value !== 'unconfined') continue;
      report([...meta, 'annotations', key], 'annotation', 'runtime/default', key.slice(ANNOTATION_PREFIX.length));
    }
  },
});
