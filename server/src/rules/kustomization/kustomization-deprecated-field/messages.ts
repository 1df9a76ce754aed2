import type { LocalizedText } from '../../../engine/rule';

export const KUSTOMIZATION_DEPRECATED_FIELD_MESSAGES: Record<string, LocalizedText> = {
  deprecated: {
    en: "`{key}` is deprecated: kustomize warns on every build (\"'{key}' is deprecated. Please use '{use}' instead\") and a later release drops it. Write `{use}`.",
    ko: "`{key}`{은/는} 더 이상 권장되지 않습니다. kustomize는 빌드할 때마다 경고하며(\"'{key}' is deprecated. Please use '{use}' instead\") 이후 릴리스에서 없앱니다. `{use}`{을/를} 쓰세요.",
  },
  deprecatedMerge: {
    en: "`{key}` is deprecated: kustomize warns on every build (\"'{key}' is deprecated. Please use '{use}' instead\") and a later release drops it. Move its entries under the `{use}` written here.",
    ko: "`{key}`{은/는} 더 이상 권장되지 않습니다. kustomize는 빌드할 때마다 경고하며(\"'{key}' is deprecated. Please use '{use}' instead\") 이후 릴리스에서 없앱니다. 항목을 이미 있는 `{use}` 아래로 옮기세요.",
  },
  patchesStrategicMerge: {
    en: "`patchesStrategicMerge` is deprecated: kustomize warns on every build (\"'patchesStrategicMerge' is deprecated. Please use 'patches' instead\") and a later release drops it. Write each file as a `patches` entry, `- path: file.yaml`; an inline patch goes under `patch: |`.",
    ko: "`patchesStrategicMerge`는 더 이상 권장되지 않습니다. kustomize는 빌드할 때마다 경고하며(\"'patchesStrategicMerge' is deprecated. Please use 'patches' instead\") 이후 릴리스에서 없앱니다. 각 파일을 `patches` 항목 `- path: file.yaml`로 쓰고, 인라인 패치는 `patch: |` 아래에 두세요.",
  },
  vars: {
    en: '`vars` is deprecated: kustomize warns on every build and a later release drops it. Rewrite each var as a `replacements` entry (a source field and the targets it is copied into); `$(NAME)` in the objects becomes the value the replacement writes.',
    ko: '`vars`는 더 이상 권장되지 않습니다. kustomize는 빌드할 때마다 경고하며 이후 릴리스에서 없앱니다. 각 var를 `replacements` 항목(원본 필드와 그 값을 복사할 대상)으로 다시 쓰세요. 오브젝트 안의 `$(NAME)` 자리에는 replacement가 쓰는 값이 들어갑니다.',
  },
  commonLabels: {
    en: '`commonLabels` is deprecated: kustomize warns on every build and a later release drops it. Write a `labels` entry with these `pairs` and `includeSelectors: true`, which also labels selectors and pod templates as `commonLabels` does (without it the selectors are left alone, so adding a label later cannot break a Deployment’s immutable selector).',
    ko: '`commonLabels`는 더 이상 권장되지 않습니다. kustomize는 빌드할 때마다 경고하며 이후 릴리스에서 없앱니다. 같은 `pairs`와 `includeSelectors: true`를 쓴 `labels` 항목으로 바꾸세요. 그래야 `commonLabels`처럼 셀렉터와 파드 템플릿에도 레이블이 붙습니다(이 설정이 없으면 셀렉터는 그대로 두므로, 나중에 레이블을 더해도 디플로이먼트의 바꿀 수 없는 셀렉터가 깨지지 않습니다).',
  },
  fixLabels: {
    en: 'Write as a `labels` entry with `includeSelectors: true`',
    ko: '`includeSelectors: true`를 쓴 `labels` 항목으로 쓰기',
  },
  fixRename: {
    en: 'Rename `{key}` to `{use}`',
    ko: '`{key}`{을/를} `{use}`{으로/로} 바꾸기',
  },
  fixPatches: {
    en: 'Rewrite as `patches` entries with `path`',
    ko: '`path`를 쓴 `patches` 항목으로 다시 쓰기',
  },
  fixEnvs: {
    en: 'Write `envs: [{value}]`',
    ko: '`envs: [{value}]`{으로/로} 쓰기',
  },
};
