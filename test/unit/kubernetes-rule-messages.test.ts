import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, mergeConfig } from '../../server/src/engine';
import { KUBERNETES_RULES } from '../../server/src/rules/kubernetes';

/** What one rule says of a manifest, in English or Korean. */
const messages = (ruleId: string, text: string, locale: 'en' | 'ko' = 'en'): string[] =>
  lint(text, 'file:///project/manifest.yaml', locale === 'en' ? DEFAULT_CONFIG : mergeConfig({ locale }), {
    rules: KUBERNETES_RULES,
  })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.message);

const mysql = (serviceName: string): string => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mysql
spec:
  serviceName: ${serviceName}
  replicas: 1
  selector:
    matchLabels: {app: mysql}
  template:
    metadata:
      labels: {app: mysql}
    spec:
      containers:
        - name: mysql
          image: mysql:8.0
`;
const service = (name: string, app: string, headless: boolean): string => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:${headless ? '\n  clusterIP: None' : ''}
  selector: {app: ${app}}
  ports:
    - port: 3306
`;

describe('statefulset-service-name suggests only a Service that could govern the pods', () => {
  it('names no ClusterIP Service, nor a headless one for other pods', () => {
    for (const other of [service('mysqldb', 'mysql', false), service('mysqldb', 'mysqldb', true)]) {
      assert.deepEqual(messages('statefulset-service-name', `${mysql('mysql-h')}---\n${other}`), [
        'StatefulSet "mysql" names Service "mysql-h" as its governing Service, but the workspace has no such Service in its namespace: its pods get no stable DNS names.',
      ]);
    }
  });

  it('names the headless Service that selects the pods', () => {
    const text = `${mysql('mysql-h')}---\n${service('mysqldb', 'mysql', false)}---\n${service('mysql-hs', 'mysql', true)}`;
    assert.deepEqual(messages('statefulset-service-name', text), [
      'StatefulSet "mysql" names Service "mysql-h", which is not in the workspace; headless Service "mysql-hs" selects its pods. A typo?',
    ]);
    assert.deepEqual(messages('statefulset-service-name', text, 'ko'), [
      '스테이트풀셋 "mysql"은 서비스 "mysql-h"를 적었지만 그런 서비스는 없고 파드를 선택하는 헤드리스 서비스 "mysql-hs"가 있습니다. 오타인가요?',
    ]);
  });
});

const pod = (capabilities: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        capabilities: ${capabilities}
`;

describe('capability names are compared as Pod Security admission compares them: as written', () => {
  it('drop: [all] is not the ALL that restricted namespaces ask for', () => {
    const text = pod('{ drop: [all] }');
    assert.deepEqual(messages('drop-all-capabilities', text), [
      'Container "web" drops "all": the runtime reads it as ALL, but Pod Security admission compares the name as written, so restricted namespaces refuse the pod. Write ALL.',
    ]);
    assert.deepEqual(messages('drop-all-capabilities', text, 'ko'), [
      '컨테이너 "web"이 "all"을 버립니다. 런타임은 이를 ALL로 읽지만 파드 시큐리티 어드미션은 이름을 적힌 그대로 비교하므로, 제한(restricted) 프로필을 강제하는 네임스페이스는 파드를 거부합니다. ALL로 적으세요.',
    ]);
  });

  it('add: [chown] is not in the default set that baseline namespaces accept', () => {
    const text = pod('{ drop: [ALL], add: [chown] }');
    assert.deepEqual(messages('no-extra-capabilities', text), [
      'Container "web" adds "chown": the runtime reads it as CHOWN, one of its default set, but Pod Security admission compares the name as written, so baseline namespaces refuse the pod. Write CHOWN.',
    ]);
    assert.deepEqual(messages('no-extra-capabilities', text, 'ko'), [
      '컨테이너 "web"이 "chown"을 추가합니다. 런타임은 이를 기본 묶음의 CHOWN으로 읽지만 파드 시큐리티 어드미션은 이름을 적힌 그대로 비교하므로, 기본(baseline) 프로필을 강제하는 네임스페이스는 파드를 거부합니다. CHOWN으로 적으세요.',
    ]);
  });
});

const clusterRole = (rules: string): string => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: controller
rules:
${rules}`;

describe('no-wildcard-rbac names only the verbs that apply to the resources', () => {
  it('escalate, bind and impersonate only where roles or subjects are among the resources', () => {
    const text = clusterRole(`  - apiGroups: [""]
    resources: [configmaps, secrets]
    verbs: ["*"]
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [roles, rolebindings]
    verbs: ["*"]
  - apiGroups: [""]
    resources: ["*"]
    verbs: ["*"]
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`);
    const verbs = (locale: 'en' | 'ko') =>
      messages('no-wildcard-rbac', text, locale).filter((m) => !m.includes('resource') && !m.includes('리소스'));
    assert.deepEqual(verbs('en'), [
      'This rule grants every verb (*), including delete.',
      'This rule grants every verb (*), including escalate, bind and delete.',
      'This rule grants every verb (*), including impersonate and delete.',
      'This rule grants every verb (*), including escalate, bind, impersonate and delete.',
    ]);
    assert.deepEqual(verbs('ko'), [
      '이 규칙은 delete를 포함한 모든 동사(*)를 허용합니다.',
      '이 규칙은 escalate, bind, delete를 포함한 모든 동사(*)를 허용합니다.',
      '이 규칙은 impersonate, delete를 포함한 모든 동사(*)를 허용합니다.',
      '이 규칙은 escalate, bind, impersonate, delete를 포함한 모든 동사(*)를 허용합니다.',
    ]);
  });
});

describe('an image the kubelet cannot parse is no "latest"', () => {
  it('is reported by kubernetes-validation as no image reference', () => {
    const text = pod('{}').replace('image: example.com/web:1.0.0', 'image: IMAGE_TAG');
    assert.deepEqual(messages('no-latest-container-image', text), []);
    assert.deepEqual(messages('kubernetes-validation', text), [
      'Container "web" names image "IMAGE_TAG", which is no image reference: repository names are lower case, so the kubelet never starts the container (InvalidImageName). A placeholder for a pipeline to fill in? Lint the manifest it writes.',
    ]);
    assert.deepEqual(messages('kubernetes-validation', text, 'ko'), [
      '컨테이너 "web"의 이미지 "IMAGE_TAG"는 이미지 참조가 아닙니다. 저장소 이름은 소문자여야 하므로 kubelet이 컨테이너를 시작하지 않습니다(InvalidImageName). 파이프라인이 채울 자리 표시자라면 파이프라인이 쓴 매니페스트를 검사하세요.',
    ]);
  });
});
