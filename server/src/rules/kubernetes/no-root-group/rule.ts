import { isSeq } from 'yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { ALL_ROLES, containersWith, isWindowsPod } from '../support';
import { integerAt } from '../security-context';

export default defineKubernetesRule({
  id: 'no-root-group',
  title: {
    en: 'Do not run containers in the root group',
    ko: '컨테이너를 root 그룹으로 실행하지 않기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'Group 0 is root’s group. A process in it, even as a non-root user, may read and write every file the image or a mounted volume leaves open to group root, and the files it creates belong to root’s group. `runAsGroup: 0`, an `fsGroup` of 0 or 0 among `supplementalGroups` hand that out on purpose; running as a non-root user is only half done then.',
    ko: '그룹 0은 root의 그룹입니다. 이 그룹에 속한 프로세스는 root가 아닌 사용자여도, 이미지나 마운트한 볼륨에서 root 그룹에 열린 모든 파일을 읽고 쓸 수 있으며, 만드는 파일은 root 그룹 소유가 됩니다. `runAsGroup: 0`, 0인 `fsGroup`, `supplementalGroups` 안의 0은 이것을 일부러 내주는 설정이므로, root가 아닌 사용자로 실행하는 것이 반쪽에 그칩니다.',
  },
  remediation: {
    en: 'Use a non-zero group (`runAsGroup: 10001`, `fsGroup: 10001`) and give that group the files the program writes.',
    ko: '0이 아닌 그룹(`runAsGroup: 10001`, `fsGroup: 10001`)을 쓰고, 프로그램이 쓰는 파일을 그 그룹에 주세요.',
  },
  exceptions: {
    en: 'Images built for OpenShift’s random user ids make their files writable by group root and expect to run with group 0; OpenShift adds that group itself, so the manifest does not need to. Where a manifest must, suppress the finding with a reason: `cntutor.dev/ignore: no-root-group`.',
    ko: 'OpenShift의 임의 사용자 ID에 맞춰 만든 이미지는 파일을 root 그룹이 쓸 수 있게 해 두고 그룹 0으로 실행되기를 기대합니다. OpenShift가 그 그룹을 직접 붙이므로 매니페스트에서 지정할 필요는 없습니다. 매니페스트에서 꼭 지정해야 한다면 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-root-group`을 씁니다.',
  },
  peers: {
    kubeScore: ['container-security-context-user-group-id'],
    trivy: ['KSV029', 'KSV116'],
  },
  example: {
    bad: deployment({
      container: containerWith({ securityContext: securityContextWith({ runAsGroup: '0' }) }),
    }),
    good: deployment({
      container: containerWith({ securityContext: securityContextWith({ runAsGroup: '10001' }) }),
    }),
  },
  messages: {
    runAsGroup: {
      en: 'Container "{name}" runs with group 0, root’s group.',
      ko: '컨테이너 "{name}"{이/가} root의 그룹인 그룹 0으로 실행됩니다.',
    },
    podRunAsGroup: {
      en: 'The pod runs its containers with group 0, root’s group.',
      ko: '파드가 컨테이너를 root의 그룹인 그룹 0으로 실행합니다.',
    },
    fsGroup: {
      en: 'The pod’s volumes are given to group 0 (fsGroup), root’s group.',
      ko: '파드의 볼륨이 root의 그룹인 그룹 0(fsGroup)에 주어집니다.',
    },
    supplemental: {
      en: 'The pod adds group 0, root’s group, to its containers (supplementalGroups).',
      ko: '파드가 컨테이너에 root의 그룹인 그룹 0을 더합니다(supplementalGroups).',
    },
  },
  check(ctx) {
    const spec = ctx.podSpecPath();
    if (!spec || isWindowsPod(ctx)) return;
    const pod = [...spec, 'securityContext'];
    for (const [field, id] of [
      ['runAsGroup', 'podRunAsGroup'],
      ['fsGroup', 'fsGroup'],
    ] as const) {
      if (integerAt(ctx, [...pod, field]) === 0)
        ctx.report({ range: ctx.valueRange([...pod, field]), message: ctx.t(id) });
    }
    const groups = ctx.node([...pod, 'supplementalGroups']);
    if (isSeq(groups)) {
      groups.items.forEach((_, i) => {
        const path = [...pod, 'supplementalGroups', i];
        if (integerAt(ctx, path) === 0) ctx.report({ range: ctx.valueRange(path), message: ctx.t('supplemental') });
      });
    }
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const path = [...container.path, 'securityContext', 'runAsGroup'];
      if (integerAt(ctx, path) !== 0) continue;
      ctx.report({ range: ctx.valueRange(path), message: ctx.t('runAsGroup', { name: container.name }) });
    }
  },
});
