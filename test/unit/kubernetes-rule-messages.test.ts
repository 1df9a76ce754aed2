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
