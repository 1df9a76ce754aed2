import { defineKubernetesRule } from '../../../engine/rule';
import { analyzeFile } from '../../../schema/analyze';
import { KUBERNETES_RELEASE } from '../../../schema/release';
import { deployment } from '../example-files';

const BACKUP = [
  'apiVersion: example.com/v1',
  'kind: Backup',
  'metadata:',
  '  name: web-nightly',
  'spec:',
  '  schedule: "0 3 * * *"',
  '  target: web',
].join('\n');

/** The CustomResourceDefinition that gives `Backup` its schema. */
const BACKUP_CRD = [
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata:',
  '  name: backups.example.com',
  'spec:',
  '  group: example.com',
  '  names: { kind: Backup, plural: backups, singular: backup }',
  '  scope: Namespaced',
  '  versions:',
  '    - name: v1',
  '      served: true',
  '      storage: true',
  '      schema:',
  '        openAPIV3Schema:',
  '          type: object',
  '          properties:',
  '            spec:',
  '              type: object',
  '              required: [schedule, target]',
  '              properties:',
  '                schedule: { type: string }',
  '                target: { type: string }',
].join('\n');

const MESSAGE = {
  'no-schema': 'noSchema',
  'no-builtin-schema': 'noBuiltinSchema',
  'crd-unusable': 'crdUnusable',
} as const;

export default defineKubernetesRule({
  id: 'unknown-custom-resource',
  title: {
    en: 'Give custom resources a schema to be checked against',
    ko: '사용자 정의 리소스에 검사할 스키마 주기',
  },
  severity: 'info',
  concept: 'declarative-specs',
  topics: ['kubernetes-architecture', 'hybrid-multi-cloud'],
  description: {
    en: 'Custom resources extend the Kubernetes API, and their CustomResourceDefinition says which fields they accept. Without it nothing here can tell a misspelt field from a real one, so such an object is reported once per kind — as information, since the CRD may simply live elsewhere.',
    ko: '사용자 정의 리소스는 쿠버네티스 API를 확장하고, 그 CustomResourceDefinition이 어떤 필드를 받는지 말해 줍니다. CRD가 없으면 철자가 틀린 필드와 진짜 필드를 구별할 수 없으므로, 그런 오브젝트는 종류마다 한 번씩 보고됩니다. CRD가 다른 곳에 있을 수도 있으므로 정보 수준입니다.',
  },
  remediation: {
    en: 'Put the CustomResourceDefinition in the workspace (or name its file in the `customResourceDefinitions` setting); its openAPIV3Schema then checks every object of that kind.',
    ko: 'CustomResourceDefinition을 작업 공간에 두거나 그 파일을 `customResourceDefinitions` 설정에 적으세요. 그러면 그 openAPIV3Schema가 그 종류의 모든 오브젝트를 검사합니다.',
  },
  peers: {},
  noPeer: 'kubeconform skips or fails kinds without a schema; the linters in this catalogue ignore them.',
  example: {
    bad: deployment({ more: [BACKUP] }),
    good: deployment({ more: [BACKUP_CRD, BACKUP] }),
  },
  messages: {
    noSchema: {
      en: 'No schema for {kind} ({apiVersion}); add its CustomResourceDefinition to the workspace so its fields are checked.',
      ko: '{kind}({apiVersion})의 스키마가 없습니다. 필드를 검사하려면 해당 CustomResourceDefinition을 워크스페이스에 추가하세요.',
    },
    noBuiltinSchema: {
      en: 'No schema for {kind} in {apiVersion}: the built-in schemas of Kubernetes {release} do not include this version, so its fields are not checked.',
      ko: '{apiVersion}의 {kind} 스키마가 없습니다. 쿠버네티스 {release} 내장 스키마에 이 버전이 없어 필드를 검사하지 않습니다.',
    },
    crdUnusable: {
      en: 'The CustomResourceDefinition of {kind} ({source}) has a schema that cannot be compiled, so its objects are not checked.',
      ko: '{kind}의 CustomResourceDefinition({source}) 스키마를 컴파일할 수 없어 해당 객체를 검사하지 않습니다.',
    },
  },
  checkFile(ctx) {
    // While the workspace is still being indexed its CRDs are not all known yet.
    if (ctx.workspace?.isComplete?.() === false) return;
    const reported = new Set<string>();
    for (const analysis of analyzeFile(ctx.file, ctx.uri, ctx.workspace).objects) {
      const missing = analysis.missing;
      if (!missing) continue;
      // Once per kind: fifty objects of one custom kind need one hint, not fifty.
      const key = `${analysis.object.apiVersion}|${analysis.object.kind}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const node = analysis.object.root.get('kind', true);
      if (!node?.range) continue;
      ctx.report({
        range: ctx.index.rangeOf(node.range[0], node.range[1]),
        message: ctx.t(MESSAGE[missing.code], { ...missing.data, release: KUBERNETES_RELEASE }),
      });
    }
  },
});
