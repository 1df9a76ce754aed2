import type { LocalizedText } from '../../../engine/rule';

export const CHART_SCHEMA_MESSAGES: Record<string, LocalizedText> = {
  yaml: {
    en: 'Helm cannot read {file}: {detail}.',
    ko: 'Helm이 {file}{을/를} 읽을 수 없습니다: {detail}.',
  },
  empty: {
    en: 'Chart.yaml is empty: Helm needs at least `apiVersion`, `name` and `version` to load the chart.',
    ko: 'Chart.yaml이 비어 있습니다. Helm이 차트를 불러오려면 최소한 `apiVersion`, `name`, `version`이 있어야 합니다.',
  },
  notAMap: {
    en: 'Chart.yaml must be a mapping of keys (`apiVersion: v2`, `name: …`), not {actual}: Helm cannot load the chart.',
    ko: 'Chart.yaml은 키의 매핑(`apiVersion: v2`, `name: …`)이어야 하며 {actual}{이/가} 아니어야 합니다. Helm이 차트를 불러올 수 없습니다.',
  },
  notAMapRequirements: {
    en: 'requirements.yaml must be a mapping with a `dependencies:` list, not {actual}: Helm cannot load the chart ("cannot load requirements.yaml").',
    ko: 'requirements.yaml은 `dependencies:` 목록을 담은 매핑이어야 하며 {actual}{이/가} 아니어야 합니다. Helm이 차트를 불러올 수 없습니다("cannot load requirements.yaml").',
  },
  missing: {
    en: 'Chart.yaml has no {keys}, which Helm requires: it stops loading the chart ("chart.metadata.{first} is required").',
    ko: 'Chart.yaml에 Helm이 요구하는 {keys}{이/가} 없습니다. Helm은 차트를 불러오다 멈춥니다("chart.metadata.{first} is required").',
  },
  missingApiVersion: {
    en: 'Chart.yaml has no `apiVersion`: Helm takes the chart for Helm 2’s `v1` format, and `helm lint` fails it ("apiVersion is required"). Write `apiVersion: v2` (or `v1` for a chart that keeps a requirements.yaml).',
    ko: 'Chart.yaml에 `apiVersion`이 없습니다. Helm은 이 차트를 Helm 2의 `v1` 형식으로 여기고, `helm lint`는 실패로 처리합니다("apiVersion is required"). `apiVersion: v2`를 쓰세요(requirements.yaml을 계속 쓰는 차트라면 `v1`).',
  },
  helm2Key: {
    en: '`{key}` is a field of Helm 2’s charts: Helm 3 and later ignore it (`helm lint` warns that it cannot strictly parse the file). Delete the line.',
    ko: '`{key}`{은/는} Helm 2 차트의 필드라서 Helm 3 이후로는 무시됩니다(`helm lint`는 파일을 엄격하게 해석할 수 없다고 경고합니다). 이 줄을 지우세요.',
  },
  fixRemove: {
    en: 'Remove `{key}`',
    ko: '`{key}` 지우기',
  },
  badApiVersion: {
    en: '`apiVersion` is "{value}": Helm knows `v2` (Helm 3 and later) and `v1` (Helm 2’s format).',
    ko: '`apiVersion`{이/가} "{value}"입니다. Helm이 아는 값은 `v2`(Helm 3 이후)와 `v1`(Helm 2 형식)뿐입니다.',
  },
  badType: {
    en: '`type` is "{value}": Helm knows `application` and `library`, and stops loading the chart ("chart.metadata.type must be application or library").',
    ko: '`type`{이/가} "{value}"입니다. Helm이 아는 값은 `application`과 `library`뿐이라 차트를 불러오다 멈춥니다("chart.metadata.type must be application or library").',
  },
  wrongType: {
    en: '`{key}` must be {expected}, not {actual}: Helm cannot load the chart ("cannot unmarshal {goActual} … of type {goExpected}").',
    ko: '`{key}`{은/는} {actual}{이/가} 아니라 {expected}{이어야/여야} 합니다. Helm이 차트를 불러올 수 없습니다("cannot unmarshal {goActual} … of type {goExpected}").',
  },
  unknownKey: {
    en: 'Helm does not read `{key}` in {owner}: the value is ignored (`helm lint` warns that it cannot strictly parse the file).',
    ko: 'Helm은 {owner}의 `{key}`{을/를} 읽지 않으므로 값이 무시됩니다(`helm lint`는 파일을 엄격하게 해석할 수 없다고 경고합니다).',
  },
  unknownKeyIgnored: {
    en: 'Helm does not read `{key}` in {owner}: the value is ignored.',
    ko: 'Helm은 {owner}의 `{key}`{을/를} 읽지 않으므로 값이 무시됩니다.',
  },
  replacesChartYaml: {
    en: 'Helm decodes requirements.yaml over Chart.yaml’s fields, so this `{key}` takes the place of Chart.yaml’s when the chart loads (Helm 2 read only `dependencies` here). Keep `{key}` in Chart.yaml, and only `dependencies` here.',
    ko: 'Helm은 requirements.yaml을 Chart.yaml의 필드 위에 덮어 읽으므로, 차트를 불러올 때 여기 적은 `{key}`{이/가} Chart.yaml의 값을 대신합니다(Helm 2는 여기서 `dependencies`만 읽었습니다). `{key}`{은/는} Chart.yaml에 두고 여기에는 `dependencies`만 두세요.',
  },
  unknownKeySuggest: {
    en: 'Helm does not read `{key}` in {owner}: the value is ignored. Did you mean `{suggestion}`?',
    ko: 'Helm은 {owner}의 `{key}`{을/를} 읽지 않으므로 값이 무시됩니다. `{suggestion}`{을/를} 뜻했나요?',
  },
  fixRename: {
    en: 'Rename `{key}` to `{suggestion}`',
    ko: '`{key}`{을/를} `{suggestion}`(으)로 바꾸기',
  },
  ownerMaintainer: { en: 'a maintainer', ko: '유지보수자 항목' },
  ownerDependency: { en: 'a dependency', ko: '의존성 항목' },
  'type.string': { en: 'a string', ko: '문자열' },
  'type.number': { en: 'a number', ko: '숫자' },
  'type.boolean': { en: 'a boolean', ko: '불리언' },
  'type.list': { en: 'a list', ko: '목록' },
  'type.map': { en: 'a mapping', ko: '매핑' },
  'type.null': { en: 'empty', ko: '빈 값' },
};
