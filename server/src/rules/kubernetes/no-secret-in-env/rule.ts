import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment } from '../example-files';
import { ALL_ROLES, containersWith } from '../support';
import { isSecretLikeValue, isSecretName } from '../secret-names';

export default defineKubernetesRule({
  id: 'no-secret-in-env',
  title: {
    en: 'Keep secrets out of literal environment values',
    ko: '비밀 값을 환경 변수에 직접 쓰지 않기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations', 'cloud-native'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'A password or token written as `value:` is part of the manifest: it lands in Git history, in every copy of the repository, in CI logs, and in the Deployment that anyone allowed to read Deployments can see. Secrets exist so that the credential lives in one object, with its own access rules, that the manifest only refers to; rotating it then needs no change to the code.',
    ko: '`value:`로 쓴 비밀번호나 토큰은 매니페스트의 일부가 됩니다. Git 기록과 모든 저장소 사본, CI 로그에 남고, 디플로이먼트를 읽을 수 있는 사람이면 누구나 디플로이먼트에서 볼 수 있습니다. 시크릿은 자격 증명을 자체 접근 규칙을 가진 한 객체에 두고 매니페스트는 그것을 가리키기만 하도록 하려고 있습니다. 그러면 자격 증명을 바꿀 때 코드를 고칠 필요도 없습니다.',
  },
  remediation: {
    en: 'Put the value in a Secret (created outside the repository, or kept encrypted with Sealed Secrets, SOPS or an external secret store) and refer to it with `valueFrom.secretKeyRef`, or mount the Secret as a file.',
    ko: '값을 시크릿에 넣고(저장소 밖에서 만들거나 Sealed Secrets, SOPS, 외부 시크릿 저장소로 암호화해 두고), `valueFrom.secretKeyRef`로 가리키거나 시크릿을 파일로 마운트하세요.',
  },
  exceptions: {
    en: 'A value that only looks like a secret (a placeholder for local development, a public key) can stay; say so with `# cntutor ignore=no-secret-in-env` above it.',
    ko: '비밀처럼 보일 뿐인 값(로컬 개발용 자리 표시자, 공개 키)은 그대로 두어도 됩니다. 그 위에 `# cntutor ignore=no-secret-in-env`로 밝혀 두세요.',
  },
  peers: {
    kubeLinter: ['env-var-secret'],
    polaris: ['sensitiveContainerEnvVar'],
  },
  example: {
    bad: deployment({ container: containerWith({ env: ['env:', '  - name: DB_PASSWORD', '    value: hunter2'] }) }),
    good: deployment({
      container: containerWith({
        env: ['env:', '  - name: DB_PASSWORD', '    valueFrom:', '      secretKeyRef: { name: db, key: password }'],
      }),
    }),
  },
  messages: {
    literal: {
      en: 'Container "{name}" writes the secret {variable} into the manifest: refer to a Secret with valueFrom.secretKeyRef instead.',
      ko: '컨테이너 "{name}"{이/가} 비밀 값 {variable|을/를} 매니페스트에 직접 씁니다. 대신 valueFrom.secretKeyRef로 시크릿을 가리키세요.',
    },
  },
  check(ctx) {
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const env = container.value.env;
      if (!Array.isArray(env)) continue;
      env.forEach((entry: unknown, i) => {
        if (!entry || typeof entry !== 'object') return;
        const { name, value } = entry as { name?: unknown; value?: unknown };
        if (typeof name !== 'string' || typeof value !== 'string') return;
        if (!isSecretName(name) || !isSecretLikeValue(value, name)) return;
        ctx.report({
          range: ctx.valueRange([...container.path, 'env', i, 'value']),
          message: ctx.t('literal', { name: container.name, variable: name }),
        });
      });
    }
  },
});
