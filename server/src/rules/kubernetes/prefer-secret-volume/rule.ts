import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { get } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment } from '../example-files';
import { ALL_ROLES, containersWith } from '../support';

export default defineKubernetesRule({
  id: 'prefer-secret-volume',
  title: {
    en: 'Prefer mounting Secrets as files over environment variables',
    ko: '시크릿은 환경 변수보다 파일로 마운트하기',
  },
  severity: 'info',
  concept: 'least-privilege',
  topics: ['kubernetes-operations', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'An environment variable is copied into every child process the program starts, shows up in crash reports and debug dumps that print the environment, and can be read from `/proc` by anything running as the same user. It also never changes while the container runs, so a rotated Secret needs a restart. A Secret mounted as a file is read only by code that opens it, lives in memory (`tmpfs`), and is updated in place when the Secret changes.',
    ko: '환경 변수는 프로그램이 시작하는 모든 자식 프로세스에 복사되고, 환경을 출력하는 크래시 보고서와 디버그 덤프에 나타나며, 같은 사용자로 실행되는 무엇이든 `/proc`에서 읽을 수 있습니다. 또 컨테이너가 실행되는 동안 바뀌지 않으므로 시크릿을 교체하면 재시작이 필요합니다. 파일로 마운트한 시크릿은 그것을 여는 코드만 읽고, 메모리(`tmpfs`)에 있으며, 시크릿이 바뀌면 그 자리에서 갱신됩니다.',
  },
  remediation: {
    en: 'Mount the Secret as a volume (`secret: { secretName: … }` with a `volumeMount`) and have the program read the file; many images accept a `*_FILE` variable naming that file.',
    ko: '시크릿을 볼륨으로 마운트하고(`secret: { secretName: … }`와 `volumeMount`) 프로그램이 파일을 읽게 하세요. 많은 이미지가 그 파일을 가리키는 `*_FILE` 변수를 받습니다.',
  },
  peers: {
    kubeLinter: ['read-secret-from-env-var'],
    checkov: ['CKV_K8S_35'],
  },
  example: {
    bad: deployment({
      container: containerWith({
        env: ['env:', '  - name: DB_PASSWORD', '    valueFrom:', '      secretKeyRef: { name: db, key: password }'],
      }),
    }),
    good: deployment({
      container: containerWith({
        env: ['env:', '  - { name: DB_PASSWORD_FILE, value: /run/secrets/db/password }'],
        volumeMounts: ['volumeMounts:', '  - { name: db, mountPath: /run/secrets/db, readOnly: true }'],
      }),
      pod: ['volumes:', '  - { name: db, secret: { secretName: db } }'],
    }),
  },
  messages: {
    keyRef: {
      en: 'Container "{name}" reads Secret "{secret}" into the environment variable {variable}; a mounted file would stay out of child processes and dumps.',
      ko: '컨테이너 "{name}"{이/가} 시크릿 "{secret}"{을/를} 환경 변수 {variable|으로/로} 읽습니다. 파일로 마운트하면 자식 프로세스와 덤프에 섞이지 않습니다.',
    },
    envFrom: {
      en: 'Container "{name}" loads every key of Secret "{secret}" into its environment; a mounted file would stay out of child processes and dumps.',
      ko: '컨테이너 "{name}"{이/가} 시크릿 "{secret}"의 모든 키를 환경 변수로 읽습니다. 파일로 마운트하면 자식 프로세스와 덤프에 섞이지 않습니다.',
    },
  },
  check(ctx) {
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const env = container.value.env;
      if (Array.isArray(env)) {
        env.forEach((entry: unknown, i) => {
          const secret = get(entry, 'valueFrom', 'secretKeyRef', 'name');
          const variable = get(entry, 'name');
          if (typeof secret !== 'string' || typeof variable !== 'string') return;
          ctx.report({
            range: ctx.keyRange([...container.path, 'env', i, 'valueFrom', 'secretKeyRef']),
            message: ctx.t('keyRef', { name: container.name, secret, variable }),
          });
        });
      }
      const envFrom = container.value.envFrom;
      if (Array.isArray(envFrom)) {
        envFrom.forEach((entry: unknown, i) => {
          const secret = get(entry, 'secretRef', 'name');
          if (typeof secret !== 'string') return;
          ctx.report({
            range: ctx.keyRange([...container.path, 'envFrom', i, 'secretRef']),
            message: ctx.t('envFrom', { name: container.name, secret }),
          });
        });
      }
    }
  },
});
