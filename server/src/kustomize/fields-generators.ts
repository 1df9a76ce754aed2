/**
 * The ConfigMap and Secret generators: ConfigMapArgs and SecretArgs both inline GeneratorArgs,
 * which inlines KvPairSources, so all their keys sit side by side in one entry.
 */
import type { KustomizeField } from './fields';
import { BOOL, field, oneOf, STRING, STRING_MAP, STRINGS, struct } from './fields-build';

/** GeneratorArgs with KvPairSources inlined, worded for the kind of object generated. */
function generatorFields(kind: 'ConfigMap' | 'Secret'): KustomizeField[] {
  const example = kind === 'ConfigMap' ? 'app-config' : 'db-credentials';
  return [
    field(
      'namespace',
      STRING,
      `Namespace of the generated ${kind}; when unset, the top-level \`namespace\` applies.`,
      `생성되는 ${kind}의 네임스페이스입니다. 비워 두면 최상위 \`namespace\`가 적용됩니다.`,
    ),
    // Required: makeBaseNode (api/internal/generators/utils.go) fails with "a configmap must have a name", for Secrets too.
    field(
      'name',
      STRING,
      `Base name of the generated ${kind}, e.g. \`${example}\`; kustomize adds \`namePrefix\`, \`nameSuffix\` and a content hash, and rewrites references to it.`,
      `생성되는 ${kind}의 기본 이름입니다. 예: \`${example}\`. kustomize가 \`namePrefix\`, \`nameSuffix\`, 내용 해시를 붙이고 이 이름을 가리키는 참조를 고칩니다.`,
      { required: true },
    ),
    // NewGenerationBehavior (generationbehavior.go) maps any other string to "unspecified", which acts as create.
    field(
      'behavior',
      oneOf('create', 'replace', 'merge'),
      `How it combines with a ${kind} of the same name from a base: \`create\` (the default) makes a new one, \`replace\` swaps the base's for this one, \`merge\` adds these keys to it. kustomize treats any other value as unset, that is as \`create\`.`,
      `베이스에 같은 이름의 ${kind}이 있을 때 어떻게 합칠지 정합니다. \`create\`(기본값)는 새로 만들고, \`replace\`는 베이스의 것을 이것으로 바꾸고, \`merge\`는 이 키들을 더합니다. 다른 값은 kustomize가 지정하지 않은 것, 곧 \`create\`로 다룹니다.`,
    ),
    field(
      'literals',
      STRINGS,
      'Keys and values written inline as `key=value`. Example: `LOG_LEVEL=debug`.',
      '`key=value` 형식으로 직접 쓴 키와 값입니다. 예: `LOG_LEVEL=debug`.',
    ),
    field(
      'files',
      STRINGS,
      'Files whose contents become values: `path` uses the file name as the key, `key=path` sets the key. A folder adds each file in it. Example: `nginx.conf` or `config=app.yaml`.',
      '내용이 값이 되는 파일입니다. `path`는 파일 이름을 키로 쓰고 `key=path`는 키를 직접 정합니다. 폴더를 주면 그 안의 파일마다 키가 생깁니다. 예: `nginx.conf` 또는 `config=app.yaml`.',
      { path: 'keyedFile' },
    ),
    field(
      'envs',
      STRINGS,
      'Env files with one `KEY=value` per line (like a `.env` file); each line becomes a key.',
      '한 줄에 `KEY=value` 하나씩 쓴 env 파일(`.env` 파일 같은)입니다. 각 줄이 키가 됩니다.',
      { path: 'envFile' },
    ),
    field(
      'env',
      STRING,
      'A single env file: the older, singular form of `envs`. Deprecated: list it under `envs`; `kustomize edit fix` moves it there.',
      '하나의 env 파일로, `envs`의 옛 단수 형식입니다. 더 이상 권장되지 않으며 `envs`에 나열합니다. `kustomize edit fix`가 옮겨 줍니다.',
      { deprecated: { use: 'envs' }, path: 'envFile' },
    ),
    field(
      'options',
      struct('GeneratorOptions'),
      `Options for this ${kind} only, on top of the top-level \`generatorOptions\` (whose \`true\` flags still win).`,
      `이 ${kind}에만 쓰는 옵션으로, 최상위 \`generatorOptions\`에 더해집니다(최상위에서 \`true\`로 켠 옵션은 그대로 유지됩니다).`,
    ),
  ];
}

export const GENERATOR_STRUCTS: Readonly<Record<string, readonly KustomizeField[]>> = {
  ConfigMapArgs: generatorFields('ConfigMap'),
  SecretArgs: [
    ...generatorFields('Secret'),
    field(
      'type',
      STRING,
      'The Secret type; defaults to `Opaque`. Example: `kubernetes.io/tls` (with the keys `tls.crt` and `tls.key`) or `kubernetes.io/dockerconfigjson`.',
      '시크릿의 타입으로, 기본값은 `Opaque`입니다. 예: `kubernetes.io/tls`(`tls.crt`와 `tls.key` 키와 함께) 또는 `kubernetes.io/dockerconfigjson`.',
    ),
  ],
  GeneratorOptions: [
    field(
      'labels',
      STRING_MAP,
      'Labels added to the generated ConfigMaps and Secrets.',
      '생성되는 컨피그맵과 시크릿에 추가할 레이블입니다.',
    ),
    field(
      'annotations',
      STRING_MAP,
      'Annotations added to the generated ConfigMaps and Secrets.',
      '생성되는 컨피그맵과 시크릿에 추가할 어노테이션입니다.',
    ),
    field(
      'disableNameSuffixHash',
      BOOL,
      'Keep the names as written, without the content-hash suffix. Pods then do not roll out when the data changes. Default `false`.',
      '내용 해시 접미사 없이 적은 이름 그대로 둡니다. 그러면 데이터가 바뀌어도 파드가 새로 배포되지 않습니다. 기본값은 `false`입니다.',
    ),
    field(
      'immutable',
      BOOL,
      'Mark the generated ConfigMaps and Secrets `immutable: true`, so their data cannot be edited in the cluster. Default `false`.',
      '생성되는 컨피그맵과 시크릿에 `immutable: true`를 설정해 클러스터에서 데이터를 고칠 수 없게 합니다. 기본값은 `false`입니다.',
    ),
  ],
};
