/**
 * The structs behind kustomize's built-in transformers: metadata, labels, patches and their
 * selectors, images, replicas and the output order.
 */
import type { KustomizeField } from './fields';
import {
  BOOL,
  field,
  gvkFields,
  INT,
  list,
  oneOf,
  resIdFields,
  STRING,
  STRING_MAP,
  STRINGS,
  struct,
} from './fields-build';

export const TRANSFORMER_STRUCTS: Readonly<Record<string, readonly KustomizeField[]>> = {
  // api/types/objectmeta.go: only these four of apimachinery's ObjectMeta.
  ObjectMeta: [
    field(
      'name',
      STRING,
      'A name for this kustomization. It names no object; kustomize does not use it when building.',
      '이 kustomization의 이름입니다. 어떤 오브젝트의 이름도 아니며 kustomize는 빌드할 때 쓰지 않습니다.',
    ),
    field(
      'namespace',
      STRING,
      'A namespace recorded for this kustomization only. To put the objects in a namespace, use the top-level `namespace`.',
      '이 kustomization에만 기록되는 네임스페이스입니다. 오브젝트를 네임스페이스에 넣으려면 최상위 `namespace`를 씁니다.',
    ),
    field(
      'labels',
      STRING_MAP,
      'Labels describing this kustomization only. To label the objects, use the top-level `labels`.',
      '이 kustomization만 설명하는 레이블입니다. 오브젝트에 레이블을 붙이려면 최상위 `labels`를 씁니다.',
    ),
    field(
      'annotations',
      STRING_MAP,
      'Annotations describing this kustomization only. To annotate the objects, use the top-level `commonAnnotations`.',
      '이 kustomization만 설명하는 어노테이션입니다. 오브젝트에 어노테이션을 붙이려면 최상위 `commonAnnotations`를 씁니다.',
    ),
  ],

  Label: [
    field(
      'pairs',
      STRING_MAP,
      'The labels to add, as keys and values. Example: `app.kubernetes.io/part-of: shop`.',
      '추가할 레이블의 키와 값입니다. 예: `app.kubernetes.io/part-of: shop`.',
    ),
    field(
      'includeSelectors',
      BOOL,
      'Also add the labels to selectors and pod templates, as `commonLabels` did. A Deployment’s selector cannot change once created, so turn this on only for new workloads. Default `false`.',
      '셀렉터와 파드 템플릿에도 레이블을 추가합니다(`commonLabels`와 같습니다). 디플로이먼트의 셀렉터는 만든 뒤 바꿀 수 없으므로 새 워크로드에만 켜는 것이 좋습니다. 기본값은 `false`입니다.',
    ),
    field(
      'includeTemplates',
      BOOL,
      'Also add the labels to pod templates (`spec.template.metadata.labels`), leaving selectors alone. Not needed when `includeSelectors` is true. Default `false`.',
      '셀렉터는 그대로 두고 파드 템플릿(`spec.template.metadata.labels`)에도 레이블을 추가합니다. `includeSelectors`가 true이면 필요 없습니다. 기본값은 `false`입니다.',
    ),
    field(
      'includeVolumeClaimTemplates',
      BOOL,
      'Also add the labels to a StatefulSet’s `volumeClaimTemplates`, which cannot change after the StatefulSet is created. Not needed when `includeSelectors` is true. Default `false`; recent kustomize only.',
      '스테이트풀셋의 `volumeClaimTemplates`에도 레이블을 추가합니다. 이 부분은 스테이트풀셋을 만든 뒤 바꿀 수 없습니다. `includeSelectors`가 true이면 필요 없습니다. 기본값은 `false`이며 최신 kustomize에만 있습니다.',
    ),
    field(
      'fields',
      list('FieldSpec'),
      'More places to write the labels: each a `path` in objects of a given `kind`, with `create: true` to add the field when it is missing.',
      '레이블을 더 써 넣을 자리입니다. 각 항목은 주어진 `kind` 오브젝트 안의 `path`이며, 필드가 없을 때 만들려면 `create: true`를 씁니다.',
    ),
  ],

  // api/types/fieldspec.go: resid.Gvk inlined, compared with Gvk.IsSelected (equal strings).
  FieldSpec: [
    ...gvkFields('exact'),
    field(
      'path',
      STRING,
      'Slash-separated path of the field in the object, e.g. `spec/template/metadata/labels`.',
      '오브젝트 안 필드의 경로로, 슬래시로 구분합니다. 예: `spec/template/metadata/labels`.',
    ),
    field(
      'create',
      BOOL,
      'Create the field when the object does not have it. Default `false`.',
      '오브젝트에 필드가 없으면 만듭니다. 기본값은 `false`입니다.',
    ),
  ],

  Patch: [
    // PatchTransformer.Config errors when both or neither of path and patch are set: neither is required alone.
    field(
      'path',
      STRING,
      'File holding the patch, relative to this kustomization. Set either `path` or `patch`, not both.',
      '패치가 담긴 파일로, 이 kustomization을 기준으로 한 경로입니다. `path`와 `patch` 중 하나만 씁니다.',
      { path: 'file' },
    ),
    field(
      'patch',
      STRING,
      'The patch written inline as text: a strategic merge patch (a partial object), or a JSON 6902 list of operations such as `- op: replace`. Set either `patch` or `path`, not both.',
      '텍스트로 직접 쓴 패치입니다. 전략적 병합 패치(오브젝트의 일부)이거나 `- op: replace` 같은 JSON 6902 연산 목록입니다. `patch`와 `path` 중 하나만 씁니다.',
    ),
    field(
      'target',
      struct('Selector'),
      'Which objects to patch. Required for a JSON 6902 patch; a strategic merge patch without it patches the object its own kind and name identify.',
      '패치할 오브젝트를 고릅니다. JSON 6902 패치에는 꼭 필요하고, 전략적 병합 패치에 없으면 패치 자신의 kind와 이름이 가리키는 오브젝트를 패치합니다.',
    ),
    field(
      'options',
      struct('PatchArgs'),
      'Options for strategic merge patches: let the patch change the object’s name (`allowNameChange`) or kind (`allowKindChange`).',
      '전략적 병합 패치의 옵션입니다. 패치가 오브젝트의 이름(`allowNameChange`)이나 kind(`allowKindChange`)를 바꾸도록 허용합니다.',
    ),
  ],

  // api/types/patchargs.go; before PR #5930 this was a map[string]bool that took any key.
  PatchArgs: [
    field(
      'allowNameChange',
      BOOL,
      'Let a patch with a `target` set a new `metadata.name` on the object instead of keeping its name. Default `false`.',
      '`target`이 있는 패치가 오브젝트의 이름을 유지하지 않고 새 `metadata.name`을 설정하도록 허용합니다. 기본값은 `false`입니다.',
    ),
    field(
      'allowKindChange',
      BOOL,
      'Let a patch with a `target` change the object’s `kind`. Default `false`.',
      '`target`이 있는 패치가 오브젝트의 `kind`를 바꾸도록 허용합니다. 기본값은 `false`입니다.',
    ),
  ],

  // api/types/selector.go: resid.ResId inlined. Patch targets go through SelectorRegex, replacements through ResId.IsSelectedBy.
  Selector: [
    ...resIdFields('regex'),
    field(
      'annotationSelector',
      STRING,
      'Annotation selector in label-selector syntax; only objects whose annotations match are chosen. Example: `tier=web,!canary`.',
      '레이블 셀렉터 문법으로 쓴 어노테이션 셀렉터입니다. 어노테이션이 맞는 오브젝트만 고릅니다. 예: `tier=web,!canary`.',
    ),
    field(
      'labelSelector',
      STRING,
      'Label selector; only objects whose labels match are chosen. Example: `app=web` or `env in (dev,staging)`.',
      '레이블 셀렉터입니다. 레이블이 맞는 오브젝트만 고릅니다. 예: `app=web` 또는 `env in (dev,staging)`.',
    ),
  ],

  Image: [
    field(
      'name',
      STRING,
      'The image to match, as written in containers without its tag or digest. Example: `nginx` or `ghcr.io/acme/api`.',
      '찾을 이미지로, 컨테이너에 쓰인 이름에서 태그와 다이제스트를 뺀 것입니다. 예: `nginx` 또는 `ghcr.io/acme/api`.',
    ),
    field(
      'newName',
      STRING,
      'New image name (registry and repository) to put in its place. Example: `registry.example.com/nginx`.',
      '대신 넣을 새 이미지 이름(레지스트리와 저장소)입니다. 예: `registry.example.com/nginx`.',
    ),
    field(
      'tagSuffix',
      STRING,
      'Text appended to the image’s current tag, e.g. `-debug`; ignored when `newTag` or `digest` is set.',
      '이미지의 현재 태그 뒤에 붙일 텍스트입니다. 예: `-debug`. `newTag`나 `digest`가 있으면 무시됩니다.',
    ),
    field(
      'newTag',
      STRING,
      'New tag, replacing the tag and any digest. Quote tags that look like numbers (`newTag: "3.6"`): kustomize rejects a YAML number here.',
      '태그와 다이제스트를 대신할 새 태그입니다. 숫자처럼 보이는 태그는 따옴표로 감싸야 합니다(`newTag: "3.6"`). 여기에 YAML 숫자를 쓰면 kustomize가 거부합니다.',
    ),
    field(
      'digest',
      STRING,
      'New digest, e.g. `sha256:…`; it replaces the tag too, unless `newTag` is also given, in which case both are written.',
      '새 다이제스트입니다. 예: `sha256:…`. 태그도 함께 대신하며, `newTag`도 주면 둘 다 씁니다.',
    ),
  ],

  Replica: [
    field(
      'name',
      STRING,
      'Name of the Deployment, ReplicaSet, StatefulSet or ReplicationController whose replica count to set. Example: `web`.',
      '레플리카 수를 정할 디플로이먼트, 레플리카셋, 스테이트풀셋, ReplicationController의 이름입니다. 예: `web`.',
    ),
    field('count', INT, 'The number of replicas. Example: `3`.', '레플리카 수입니다. 예: `3`.'),
  ],

  SortOptions: [
    // Required: SortOrderTransformer.validate (api/internal/builtins) rejects an empty order once sortOptions is set.
    field(
      'order',
      oneOf('legacy', 'fifo'),
      '`legacy` sorts by kind in a fixed order (Namespaces first, webhook configurations last); `fifo` keeps the order objects were read in. kustomize rejects any other value, and a missing one.',
      '`legacy`는 정해진 kind 순서(네임스페이스가 맨 앞, 웹훅 설정이 맨 뒤)로 정렬하고, `fifo`는 읽은 순서를 지킵니다. 다른 값이나 빈 값은 kustomize가 거부합니다.',
      { required: true },
    ),
    field(
      'legacySortOptions',
      struct('LegacySortOptions'),
      'Your own kind order for `legacy` sorting; kustomize rejects it with `order: fifo`.',
      '`legacy` 정렬에 쓸 kind 순서를 직접 정합니다. `order: fifo`와 함께 쓰면 kustomize가 거부합니다.',
    ),
  ],

  LegacySortOptions: [
    field(
      'orderFirst',
      STRINGS,
      'Kinds to put first, in this order; it replaces kustomize’s default list. Example: `[Namespace, ConfigMap]`.',
      '맨 앞에 둘 kind를 이 순서대로 나열합니다. kustomize의 기본 목록을 대신합니다. 예: `[Namespace, ConfigMap]`.',
    ),
    field(
      'orderLast',
      STRINGS,
      'Kinds to put last, in this order; it replaces kustomize’s default list. Example: `[ValidatingWebhookConfiguration]`.',
      '맨 뒤에 둘 kind를 이 순서대로 나열합니다. kustomize의 기본 목록을 대신합니다. 예: `[ValidatingWebhookConfiguration]`.',
    ),
  ],
};
