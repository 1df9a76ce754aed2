import { defineKubernetesRule } from '../../../engine/rule';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import type { K8sObject, ParsedYaml } from '../../../engine/kubernetes/parse';
import { get, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { deployment } from '../example-files';
import { flagAt } from '../support';
import { podSpecFix, stringAt } from '../security-context';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'default-service-account-token',
  title: {
    en: 'Do not mount the default service account’s token',
    ko: '기본 서비스 어카운트의 토큰 마운트하지 않기',
  },
  severity: 'info',
  concept: 'least-privilege',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: [...WORKLOAD_KINDS, 'ServiceAccount'],
  description: {
    en: 'Unless told otherwise, every pod gets a token for its service account, mounted where any process in it can read it, and a pod that names none runs as its namespace’s `default` service account. Most applications never call the Kubernetes API, so the token only serves whoever breaks into the pod; and whatever is ever granted to `default` is granted to every such pod at once.',
    ko: '따로 지정하지 않으면 모든 파드는 서비스 어카운트의 토큰을 받으며, 그 안의 어떤 프로세스든 읽을 수 있는 곳에 마운트됩니다. 서비스 어카운트를 지정하지 않은 파드는 네임스페이스의 `default` 서비스 어카운트로 실행됩니다. 대부분의 애플리케이션은 쿠버네티스 API를 부르지 않으므로 토큰은 파드에 침입한 사람에게만 쓸모가 있고, `default`에 부여한 권한은 그런 파드 모두에게 한꺼번에 부여됩니다.',
  },
  remediation: {
    en: 'Set `automountServiceAccountToken: false` in the pod spec (or on the `default` ServiceAccount). A pod that does call the API gets a ServiceAccount of its own (`serviceAccountName`) with a Role granting just what it needs.',
    ko: '파드 스펙에(또는 `default` 서비스 어카운트에) `automountServiceAccountToken: false`를 설정하세요. API를 부르는 파드에는 자체 서비스 어카운트(`serviceAccountName`)와 꼭 필요한 것만 허용하는 롤을 주세요.',
  },
  peers: {
    kubeLinter: ['default-service-account'],
    polaris: ['automountServiceAccountToken'],
    trivy: ['KSV036'],
    checkov: ['CKV_K8S_38', 'CKV_K8S_41'],
  },
  example: {
    bad: deployment(),
    good: deployment({ pod: ['automountServiceAccountToken: false'] }),
  },
  messages: {
    mounted: {
      en: 'The pod runs as the default service account with its token mounted: set automountServiceAccountToken to false, or give the pod a ServiceAccount of its own if it calls the Kubernetes API.',
      ko: '파드가 토큰이 마운트된 채 기본 서비스 어카운트로 실행됩니다. automountServiceAccountToken을 false로 설정하거나, 쿠버네티스 API를 부른다면 파드에 자체 서비스 어카운트를 주세요.',
    },
    asked: {
      en: 'The pod asks for the default service account’s token: give it a ServiceAccount of its own, with only the permissions it needs.',
      ko: '파드가 기본 서비스 어카운트의 토큰을 요청합니다. 꼭 필요한 권한만 가진 자체 서비스 어카운트를 주세요.',
    },
    defaultAccount: {
      en: 'The default ServiceAccount mounts its token into every pod of the namespace that names no other: set automountServiceAccountToken to false here.',
      ko: '기본 서비스 어카운트가 다른 것을 지정하지 않은 네임스페이스의 모든 파드에 토큰을 마운트합니다. 여기에 automountServiceAccountToken: false를 설정하세요.',
    },
    fix: {
      en: 'Do not mount the service account token',
      ko: '서비스 어카운트 토큰을 마운트하지 않음',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    if (ctx.object.kind === 'ServiceAccount') {
      if (ctx.object.name !== 'default' || flagAt(ctx, ['automountServiceAccountToken'])?.value === false) return;
      ctx.report({ range: ctx.valueRange(['metadata', 'name']), message: ctx.t('defaultAccount') });
      return;
    }
    // A kustomize patch leaves out what its base sets; an absent setting says nothing there.
    if (isPartialObject(ctx)) return;
    const spec = ctx.podSpecPath();
    if (!spec || !ctx.object.value) return;
    const account = stringAt(ctx, [...spec, 'serviceAccountName']) ?? stringAt(ctx, [...spec, 'serviceAccount']);
    if (account && account !== 'default') return;
    const automount = flagAt(ctx, [...spec, 'automountServiceAccountToken']);
    if (automount?.value === false) return;
    if (automount?.value === true) {
      ctx.report({ range: ctx.valueRange([...spec, 'automountServiceAccountToken']), message: ctx.t('asked') });
      return;
    }
    if (defaultAccountKeepsTokens(ctx) === false) return;
    const fix = podSpecFix(ctx, [], ['automountServiceAccountToken: false'], ctx.t('fix'));
    ctx.report({ range: ctx.keyRange(spec), message: ctx.t('mounted'), ...(fix ? { fix } : {}) });
  },
});

/** The `default` ServiceAccounts each parsed file defines, found once per file rather than once per pod. */
const defaultAccounts = new WeakMap<ParsedYaml, K8sObject[]>();

/** What the `default` ServiceAccount of the pod's namespace says, when the same file defines it. */
function defaultAccountKeepsTokens(ctx: KubernetesContext): boolean | undefined {
  let accounts = defaultAccounts.get(ctx.file);
  if (!accounts) {
    accounts = ctx.objects.filter((object) => object.kind === 'ServiceAccount' && object.name === 'default');
    defaultAccounts.set(ctx.file, accounts);
  }
  const namespace = ctx.object.namespace;
  const account = accounts.find((object) => (object.namespace ?? namespace) === namespace);
  const automount = get(account?.value, 'automountServiceAccountToken');
  return typeof automount === 'boolean' ? automount : undefined;
}
