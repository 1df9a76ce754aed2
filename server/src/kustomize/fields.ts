/**
 * Every field of a kustomization file (kind `Kustomization`, and kind `Component`, which kustomize
 * decodes into the same Go struct), as kustomize decodes it: sigs.k8s.io/yaml turns the YAML into
 * JSON and encoding/json decodes that with DisallowUnknownFields, so an unknown key at any depth is
 * an error, and so is a value of the wrong JSON type (`newTag: 3.6` is a number, not a string).
 * Structs inlined with `json:",inline"` appear flattened into their parent, as the decoder sees them.
 *
 * Follows kubernetes-sigs/kustomize api/types as released in kustomize/v5.8.1
 * (sigs.k8s.io/kustomize/api v0.21.1, vendored by kubernetes/kubernetes at commit
 * 008b3652959ca58af8be3fb5b6ecfe9ae7638282). The files read, by repository and commit:
 * - kubernetes-sigs/kustomize@04e51ad97bafe253f8860190c0e6f6e209a95620 api/types/kustomization.go,
 *   with the later upstream text that drops `inventory` (PR #4973, kustomize v5.0.0) and deprecates
 *   `commonLabels` (PR #5464) as copied (only copyright lines and links rewritten) in
 *   nholuongut/kustomize@29f957ae884476f1b9ddd4aa619abb0b50afcc93, which also supplied typemeta.go,
 *   objectmeta.go, replica.go, replacementfield.go, generatorargs.go, kvpairsources.go,
 *   configmapargs.go, secretargs.go, generatoroptions.go, generationbehavior.go, sortoptions.go,
 *   fieldspec.go, var.go, selector.go, patchstrategicmerge.go, kyaml/resid/{gvk,resid}.go and the
 *   builtin plugins cited below;
 * - kubernetes-sigs/kustomize@7c547b1ea29f739cba68edb5705efcc86a0e6095 api/types/image.go (`tagSuffix`);
 * - kubernetes-sigs/kustomize api/types/replacement.go with `sourceValue` (PR #5630, kustomize v5.7.0);
 * - kubernetes/kubernetes@008b3652959ca58af8be3fb5b6ecfe9ae7638282 vendor/…/api/types/helmchartargs.go (`devel`);
 * - kubernetes/kubernetes@0f8c6e87e80a8fe62b84f77607a0dfa14f69f11a vendor/…/api/types/labels.go
 *   (`includeVolumeClaimTemplates`) and vendor/…/api/internal/target/kusttarget_configplugin.go
 *   (`patches[].options` decoded as `*types.PatchArgs`, PR #5930);
 * - kubernetes/kubernetes@bcf111e4c3f85b42ac3535e49eeb3a394b0ded82 vendor/…/api/types/patchargs.go.
 */
import type { LocalizedText } from '../engine/rule';
import { field, list, struct, STRING, STRING_MAP, STRINGS } from './fields-build';
import { GENERATOR_STRUCTS } from './fields-generators';
import { HELM_STRUCTS } from './fields-helm';
import { REPLACEMENT_STRUCTS } from './fields-replacements';
import { TRANSFORMER_STRUCTS } from './fields-transformers';

/** How kustomize's Go types decode a value (sigs.k8s.io/yaml → encoding/json). */
export type KustomizeType =
  | { kind: 'string' }
  | { kind: 'bool' }
  | { kind: 'int' }
  /** A Go string checked against a fixed set; each field's description says whether other values are rejected or ignored. */
  | { kind: 'enum'; values: readonly string[] }
  /** []string */
  | { kind: 'strings' }
  /** map[string]string */
  | { kind: 'stringMap' }
  /** map[string]interface{} (helm `valuesInline`) or any other free-form object */
  | { kind: 'anyMap' }
  /** interface{} / free YAML */
  | { kind: 'any' }
  /** A struct named in KUSTOMIZE_STRUCTS. */
  | { kind: 'struct'; name: string }
  /** []Struct, the struct named in KUSTOMIZE_STRUCTS. */
  | { kind: 'list'; of: string }
  /**
   * A field that decodes from a string or a struct through a custom UnmarshalJSON. No field of
   * kustomize v5.8.1's kustomization uses one: `patchesStrategicMerge` entries and plugin entries
   * that hold inline YAML are plain Go strings.
   */
  | { kind: 'stringOrStruct'; name: string };

/** What a field's string values name on disk, for the rule that checks the paths exist. */
export type PathRole =
  | 'resource' // a file of objects, a folder holding a kustomization, or a remote URL (resources, bases)
  | 'component' // a folder holding a kustomization of kind Component, or a URL (components)
  | 'file' // a plain file (crds, configurations, patches[].path, replacements[].path, helmCharts[].valuesFile …)
  | 'keyedFile' // `[key=]path` entries of configMapGenerator/secretGenerator `files`
  | 'envFile' // env files (`envs`, the deprecated `env`)
  | 'fileOrInline' // patchesStrategicMerge entries: a file path or an inline patch text
  | 'pluginConfig'; // generators/transformers/validators entries: a file, a folder with a kustomization, or inline YAML text

export interface KustomizeField {
  /** The json tag name. */
  key: string;
  type: KustomizeType;
  description: LocalizedText;
  /** Deprecated by kustomize: what replaces it (a top-level key such as 'resources', or a sibling key such as 'envs'), as kustomize's comments and `kustomize edit fix` say. */
  deprecated?: { use: string };
  /** For string and strings fields (and list-of-struct fields' string members) whose values name files. */
  path?: PathRole;
  /** Required by kustomize (it errors when missing) — only where the Go code really errors; cited where it is set. */
  required?: boolean;
  /**
   * For free-form values (a string map, a list of strings): the keys or items kustomize acts on,
   * for completion and hovers. Others decode without error and are ignored.
   */
  known?: readonly string[];
}

export const KUSTOMIZATION_ROOT = 'Kustomization';

const KUSTOMIZATION: readonly KustomizeField[] = [
  // TypeMeta, inlined. EnforceFields (kustomization.go) checks the values.
  field(
    'kind',
    STRING,
    'What this file is: `Kustomization` (the default when omitted), or `Component` for a reusable piece that other kustomizations list under `components`.',
    '이 파일의 종류입니다. 생략하면 `Kustomization`이고, 다른 kustomization이 `components`에 나열해 재사용하는 조각이면 `Component`입니다.',
  ),
  field(
    'apiVersion',
    STRING,
    'Version of the kustomization schema: `kustomize.config.k8s.io/v1beta1` for a Kustomization, `kustomize.config.k8s.io/v1alpha1` for a Component. When omitted, kustomize fills it in from `kind`.',
    'kustomization 스키마의 버전입니다. Kustomization은 `kustomize.config.k8s.io/v1beta1`, Component는 `kustomize.config.k8s.io/v1alpha1`입니다. 생략하면 kustomize가 `kind`에 맞춰 채웁니다.',
  ),
  field(
    'metadata',
    struct('ObjectMeta'),
    'Optional metadata about the kustomization file itself (`name`, `namespace`, `labels`, `annotations`). It is not applied to the objects kustomize builds.',
    'kustomization 파일 자체에 대한 선택적 메타데이터(`name`, `namespace`, `labels`, `annotations`)입니다. kustomize가 만드는 오브젝트에는 적용되지 않습니다.',
  ),
  field(
    'openapi',
    STRING_MAP,
    'The OpenAPI schema kustomize uses to merge patches: `path` names a schema file of your own (JSON or YAML), `version` picks a built-in Kubernetes schema such as `v1.21.2`. Set one of them, not both.',
    'kustomize가 패치를 병합할 때 쓰는 OpenAPI 스키마입니다. `path`는 직접 준비한 스키마 파일(JSON 또는 YAML)을, `version`은 `v1.21.2` 같은 내장 쿠버네티스 스키마를 가리킵니다. 둘 중 하나만 씁니다.',
    { known: ['path', 'version'] },
  ),
  field(
    'namePrefix',
    STRING,
    'Prefix added to the name of every object, generated ConfigMaps and Secrets included; references to the renamed objects are updated too. Example: `dev-`.',
    '모든 오브젝트의 이름 앞에 붙는 접두사입니다. 생성된 컨피그맵과 시크릿도 포함되며, 이름이 바뀐 오브젝트를 가리키는 참조도 함께 고쳐집니다. 예: `dev-`.',
  ),
  field(
    'nameSuffix',
    STRING,
    'Suffix added to the name of every object, generated ConfigMaps and Secrets included; references to the renamed objects are updated too. Example: `-v2`.',
    '모든 오브젝트의 이름 뒤에 붙는 접미사입니다. 생성된 컨피그맵과 시크릿도 포함되며, 이름이 바뀐 오브젝트를 가리키는 참조도 함께 고쳐집니다. 예: `-v2`.',
  ),
  field(
    'namespace',
    STRING,
    'Namespace set on every namespaced object, replacing the one it had. Example: `staging`.',
    '네임스페이스에 속하는 모든 오브젝트에 설정되는 네임스페이스로, 원래 있던 값을 바꿉니다. 예: `staging`.',
  ),
  field(
    'commonLabels',
    STRING_MAP,
    'Labels added to every object and also to its selectors and pod templates; a changed selector cannot be applied to an existing Deployment. Deprecated: use `labels` (with `includeSelectors: true` for the same effect).',
    '모든 오브젝트에 붙는 레이블로, 셀렉터와 파드 템플릿에도 추가됩니다. 이미 있는 디플로이먼트의 셀렉터는 바꿔 적용할 수 없습니다. 더 이상 권장되지 않으며 `labels`를 씁니다(`includeSelectors: true`로 같은 효과를 냅니다).',
    { deprecated: { use: 'labels' } },
  ),
  field(
    'labels',
    list('Label'),
    'Label sets to add. Each entry gives `pairs` and says whether they also go into selectors (`includeSelectors`) or pod templates (`includeTemplates`); by default only `metadata.labels` changes.',
    '추가할 레이블 묶음의 목록입니다. 각 항목은 `pairs`를 주고 셀렉터(`includeSelectors`)나 파드 템플릿(`includeTemplates`)에도 넣을지 정합니다. 기본으로는 `metadata.labels`만 바뀝니다.',
  ),
  field(
    'commonAnnotations',
    STRING_MAP,
    'Annotations added to every object and to its pod templates. Example: `team: payments`.',
    '모든 오브젝트와 그 파드 템플릿에 추가되는 어노테이션입니다. 예: `team: payments`.',
  ),
  field(
    'patchesStrategicMerge',
    STRINGS,
    'Strategic merge patches, each a file path or an inline YAML patch; the object to patch is the one with the patch’s own kind and name. Deprecated: list them under `patches`.',
    '전략적 병합 패치 목록으로, 각 항목은 파일 경로이거나 인라인 YAML 패치입니다. 패치의 kind와 이름이 같은 오브젝트에 적용됩니다. 더 이상 권장되지 않으며 `patches`에 나열합니다.',
    { deprecated: { use: 'patches' }, path: 'fileOrInline' },
  ),
  field(
    'patchesJson6902',
    list('Patch'),
    'JSON patches (RFC 6902), each with a `target` and a `path` or an inline `patch`. Deprecated: the same entries work under `patches`.',
    'JSON 패치(RFC 6902) 목록으로, 각 항목에 `target`과 `path` 또는 인라인 `patch`를 씁니다. 더 이상 권장되지 않으며 같은 항목을 `patches`에 쓰면 됩니다.',
    { deprecated: { use: 'patches' } },
  ),
  field(
    'patches',
    list('Patch'),
    'Patches to apply: strategic merge or JSON 6902 patches, from a file (`path`) or inline (`patch`), aimed at one or many objects with `target`.',
    '적용할 패치 목록입니다. 전략적 병합 패치나 JSON 6902 패치를 파일(`path`)이나 인라인(`patch`)으로 주고, `target`으로 하나 또는 여러 오브젝트를 고릅니다.',
  ),
  field(
    'images',
    list('Image'),
    'Image rewrites: each entry finds containers whose image has the given `name` and sets a new name, tag or digest, without writing a patch.',
    '이미지를 바꾸는 목록입니다. 각 항목은 이미지 이름이 `name`인 컨테이너를 찾아 새 이름, 태그, 다이제스트를 설정하며, 패치를 쓰지 않아도 됩니다.',
  ),
  field(
    'imageTags',
    list('Image'),
    'Older name of `images`, with the same entries. Deprecated: use `images`.',
    '`images`의 옛 이름으로, 항목 형식이 같습니다. 더 이상 권장되지 않으며 `images`를 씁니다.',
    { deprecated: { use: 'images' } },
  ),
  field(
    'replacements',
    list('ReplacementField'),
    'Copies a value from a field of one object (or a literal `sourceValue`) into fields of other objects, written inline or in a file named by `path`. Replaces `vars`.',
    '한 오브젝트의 필드 값(또는 리터럴 `sourceValue`)을 다른 오브젝트의 필드로 복사합니다. 인라인으로 쓰거나 `path`로 파일을 가리킵니다. `vars`를 대신합니다.',
  ),
  field(
    'replicas',
    list('Replica'),
    'Replica counts by object name: a shortcut for patching `spec.replicas` of Deployments, ReplicaSets, StatefulSets and ReplicationControllers.',
    '오브젝트 이름별 레플리카 수입니다. 디플로이먼트, 레플리카셋, 스테이트풀셋, ReplicationController의 `spec.replicas`를 패치하는 지름길입니다.',
  ),
  field(
    'vars',
    list('Var'),
    'Named values read from a field of an object and substituted where `$(NAME)` appears in some fields, such as container `args`, `command` and `env`. Deprecated: use `replacements`.',
    '오브젝트의 필드에서 읽어, 컨테이너 `args`, `command`, `env` 같은 필드에 나오는 `$(NAME)` 자리에 넣는 이름 붙은 값입니다. 더 이상 권장되지 않으며 `replacements`를 씁니다.',
    { deprecated: { use: 'replacements' } },
  ),
  field(
    'sortOptions',
    struct('SortOptions'),
    'Order of the output objects: `legacy` (a fixed order of kinds, Namespaces first; also what kustomize does without this field) or `fifo` (the order they were read). Only the kustomization being built is consulted, not its bases.',
    '출력 오브젝트의 순서입니다. `legacy`(네임스페이스가 먼저 오는 정해진 kind 순서로, 이 필드가 없을 때의 동작이기도 합니다) 또는 `fifo`(읽은 순서)입니다. 빌드하는 kustomization의 값만 쓰이고 베이스의 값은 쓰이지 않습니다.',
  ),
  field(
    'resources',
    STRINGS,
    'What to build on: files of Kubernetes objects, folders holding a kustomization, or remote URLs such as a Git repository folder. Paths are relative to this file.',
    '빌드의 재료입니다. 쿠버네티스 오브젝트 파일, kustomization이 있는 폴더, Git 저장소 폴더 같은 원격 URL을 씁니다. 경로는 이 파일을 기준으로 합니다.',
    { path: 'resource' },
  ),
  field(
    'components',
    STRINGS,
    'Folders (or URLs) holding a kustomization of kind `Component`; their generators, patches and other transformations apply to this kustomization’s objects.',
    'kind가 `Component`인 kustomization이 있는 폴더(또는 URL)입니다. 그 생성기, 패치, 변환이 이 kustomization의 오브젝트에 적용됩니다.',
    { path: 'component' },
  ),
  field(
    'crds',
    STRINGS,
    'Files of CustomResourceDefinitions that tell kustomize how to treat custom resources (for example which of their fields refer to other objects by name). The CRDs are only read, not added to the output.',
    'kustomize가 커스텀 리소스를 다루는 법(예: 어떤 필드가 다른 오브젝트를 이름으로 가리키는지)을 알려 주는 CustomResourceDefinition 파일입니다. 읽기만 하고 출력에 넣지는 않습니다.',
    { path: 'file' },
  ),
  field(
    'bases',
    STRINGS,
    'Older way to name kustomization folders to build on. Deprecated: list them under `resources`.',
    '빌드의 바탕이 되는 kustomization 폴더를 적던 옛 방식입니다. 더 이상 권장되지 않으며 `resources`에 나열합니다.',
    { deprecated: { use: 'resources' }, path: 'resource' },
  ),
  field(
    'configMapGenerator',
    list('ConfigMapArgs'),
    'ConfigMaps to generate from literals, files or env files. A hash of the content is appended to each name and references to it are updated, so the Pods that use it roll out when the data changes.',
    '리터럴, 파일, env 파일로 만들 컨피그맵 목록입니다. 이름마다 내용의 해시가 붙고 그 이름을 가리키는 참조도 고쳐지므로, 데이터가 바뀌면 이를 쓰는 파드가 새로 배포됩니다.',
  ),
  field(
    'secretGenerator',
    list('SecretArgs'),
    'Secrets to generate from literals, files or env files. A hash of the content is appended to each name and references to it are updated, so the Pods that use it roll out when the data changes.',
    '리터럴, 파일, env 파일로 만들 시크릿 목록입니다. 이름마다 내용의 해시가 붙고 그 이름을 가리키는 참조도 고쳐지므로, 데이터가 바뀌면 이를 쓰는 파드가 새로 배포됩니다.',
  ),
  field(
    'helmGlobals',
    struct('HelmGlobals'),
    'Settings shared by all `helmCharts`: the folder charts are kept in (`chartHome`) and helm’s configuration folder (`configHome`).',
    '모든 `helmCharts`가 함께 쓰는 설정입니다. 차트를 두는 폴더(`chartHome`)와 helm 설정 폴더(`configHome`)를 정합니다.',
  ),
  field(
    'helmCharts',
    list('HelmChart'),
    'Helm charts rendered with `helm template` and added as resources. Building them needs `kustomize build --enable-helm`.',
    '`helm template`으로 렌더링해 리소스로 추가할 Helm 차트 목록입니다. 빌드하려면 `kustomize build --enable-helm`이 필요합니다.',
  ),
  field(
    'helmChartInflationGenerator',
    list('HelmChartArgs'),
    'Older form of `helmCharts`. Deprecated: kustomize converts each entry to `helmCharts` and `helmGlobals`, and `kustomize edit fix` rewrites it.',
    '`helmCharts`의 옛 형식입니다. 더 이상 권장되지 않으며, kustomize가 각 항목을 `helmCharts`와 `helmGlobals`로 바꿔 읽고 `kustomize edit fix`가 고쳐 씁니다.',
    { deprecated: { use: 'helmCharts' } },
  ),
  field(
    'generatorOptions',
    struct('GeneratorOptions'),
    'Options for every ConfigMap and Secret generated here: extra labels and annotations, no name hash, or immutable objects.',
    '여기서 생성하는 모든 컨피그맵과 시크릿에 대한 옵션입니다. 레이블과 어노테이션 추가, 이름 해시 끄기, 변경 불가 설정을 정합니다.',
  ),
  field(
    'configurations',
    STRINGS,
    'Transformer configuration files that teach kustomize’s built-in transformers more fields, such as where a custom resource keeps names, images or labels.',
    'kustomize 내장 변환기에 더 많은 필드를 알려 주는 설정 파일입니다. 예를 들어 커스텀 리소스가 이름, 이미지, 레이블을 어디에 두는지 알려 줍니다.',
    { path: 'file' },
  ),
  field(
    'generators',
    STRINGS,
    'Generator plugins to run: each entry is a file or a kustomization folder of plugin configuration objects, or such a configuration written inline as YAML text.',
    '실행할 생성기 플러그인입니다. 각 항목은 플러그인 설정 오브젝트가 담긴 파일이나 kustomization 폴더, 또는 YAML 텍스트로 직접 쓴 설정입니다.',
    { path: 'pluginConfig' },
  ),
  field(
    'transformers',
    STRINGS,
    'Transformer plugins to run on the objects: each entry is a file or a kustomization folder of plugin configuration objects, or such a configuration written inline as YAML text.',
    '오브젝트에 실행할 변환기 플러그인입니다. 각 항목은 플러그인 설정 오브젝트가 담긴 파일이나 kustomization 폴더, 또는 YAML 텍스트로 직접 쓴 설정입니다.',
    { path: 'pluginConfig' },
  ),
  field(
    'validators',
    STRINGS,
    'Validator plugins: given like `transformers`, but they may only check the objects; kustomize fails the build if one changes them.',
    '검증기 플러그인입니다. `transformers`처럼 지정하지만 오브젝트를 검사만 할 수 있으며, 오브젝트를 바꾸면 kustomize가 빌드를 실패시킵니다.',
    { path: 'pluginConfig' },
  ),
  field(
    'buildMetadata',
    STRINGS,
    'Build options: `originAnnotations` records in an annotation where each object came from, `transformerAnnotations` records which transformers changed it, and `managedByLabel` adds the label `app.kubernetes.io/managed-by`.',
    '빌드 옵션입니다. `originAnnotations`는 각 오브젝트의 출처를, `transformerAnnotations`는 오브젝트를 바꾼 변환기를 어노테이션에 기록하고, `managedByLabel`은 `app.kubernetes.io/managed-by` 레이블을 붙입니다.',
    { known: ['originAnnotations', 'transformerAnnotations', 'managedByLabel'] },
  ),
];

/** Every struct reachable from Kustomization, by the Go type name; 'Kustomization' is the root. */
export const KUSTOMIZE_STRUCTS: Readonly<Record<string, readonly KustomizeField[]>> = {
  [KUSTOMIZATION_ROOT]: KUSTOMIZATION,
  ...TRANSFORMER_STRUCTS,
  ...REPLACEMENT_STRUCTS,
  ...GENERATOR_STRUCTS,
  ...HELM_STRUCTS,
};

/**
 * Keys kustomize once decoded and now rejects as unknown, by struct, so a finding can say more
 * than "unknown field".
 */
export const KUSTOMIZE_REMOVED_FIELDS: Readonly<
  Record<string, readonly { key: string; removedIn: string; description: LocalizedText }[]>
> = {
  [KUSTOMIZATION_ROOT]: [
    {
      key: 'inventory',
      removedIn: 'v5.0.0',
      description: {
        en: 'An inventory ConfigMap for pruning; it had done nothing since kustomize v3.5.5 and was removed in v5.0.0, so kustomize now rejects the key. Delete it.',
        ko: '정리(prune)용 인벤토리 컨피그맵 설정입니다. kustomize v3.5.5부터 아무 일도 하지 않았고 v5.0.0에서 없어져, 이제 kustomize가 이 키를 거부합니다. 지우면 됩니다.',
      },
    },
  ],
};

let byStruct: Map<string, Map<string, KustomizeField>> | undefined;

/** The fields of a struct, looked up by key. */
export function kustomizeField(structName: string, key: string): KustomizeField | undefined {
  byStruct ??= new Map(
    Object.entries(KUSTOMIZE_STRUCTS).map(([name, fields]) => [name, new Map(fields.map((f) => [f.key, f]))]),
  );
  return byStruct.get(structName)?.get(key);
}
