import { isSeq } from 'yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment } from '../example-files';
import { ALL_ROLES, containersWith } from '../support';
import { integerAt, stringAt } from '../security-context';

export default defineKubernetesRule({
  id: 'no-ssh-port',
  title: {
    en: 'Do not run an SSH server in a container',
    ko: '컨테이너에서 SSH 서버 실행하지 않기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'kubernetes-operations'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'A container that exposes port 22 runs an SSH server beside its application: one more process to patch, one more set of keys or passwords to leak, and a way in that neither RBAC nor the audit log sees. Kubernetes already gives authorised people a shell, `kubectl exec` and `kubectl debug`, checked by RBAC and recorded by the API server; changes made by hand over SSH are lost on the next restart anyway.',
    ko: '포트 22를 여는 컨테이너는 애플리케이션 옆에서 SSH 서버를 실행합니다. 패치할 프로세스가 하나 늘고, 새어 나갈 키나 비밀번호가 하나 늘며, RBAC도 감사 로그도 보지 못하는 출입구가 생깁니다. 쿠버네티스는 이미 권한 있는 사람에게 `kubectl exec`와 `kubectl debug`로 셸을 주며, RBAC가 이를 검사하고 API 서버가 기록합니다. SSH로 손수 바꾼 것은 어차피 다음 재시작 때 사라집니다.',
  },
  remediation: {
    en: 'Remove the SSH server and port 22; use `kubectl exec` or `kubectl debug` to get a shell, and change the image or the manifest rather than the running container.',
    ko: 'SSH 서버와 포트 22를 지우세요. 셸이 필요하면 `kubectl exec`나 `kubectl debug`를 쓰고, 실행 중인 컨테이너 대신 이미지나 매니페스트를 바꾸세요.',
  },
  exceptions: {
    en: 'A Git server or an SFTP service whose product is SSH is not this case: suppress the finding with a reason (`cntutor.dev/ignore: no-ssh-port`).',
    ko: 'Git 서버나 SFTP 서비스처럼 SSH 자체가 제품인 경우는 해당하지 않습니다. 이유와 함께 결과를 숨기세요(`cntutor.dev/ignore: no-ssh-port`).',
  },
  peers: {
    kubeLinter: ['ssh-port'],
  },
  example: {
    bad: deployment({
      container: containerWith({
        ports: ['ports:', '  - containerPort: 8080', '  - { name: ssh, containerPort: 22 }'],
      }),
    }),
    good: deployment(),
  },
  messages: {
    ssh: {
      en: 'Container "{name}" exposes port 22 (SSH): use kubectl exec or kubectl debug for a shell instead.',
      ko: '컨테이너 "{name}"{이/가} 포트 22(SSH)를 엽니다. 셸이 필요하면 대신 kubectl exec나 kubectl debug를 쓰세요.',
    },
  },
  check(ctx) {
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const ports = ctx.node([...container.path, 'ports']);
      if (!isSeq(ports)) continue;
      ports.items.forEach((_, i) => {
        const path = [...container.path, 'ports', i, 'containerPort'];
        if (integerAt(ctx, path) !== 22) return;
        if ((stringAt(ctx, [...container.path, 'ports', i, 'protocol']) ?? 'TCP') !== 'TCP') return;
        ctx.report({ range: ctx.valueRange(path), message: ctx.t('ssh', { name: container.name }) });
      });
    }
  },
});
