import { defineChartRule } from '../../../engine/rule';
import { chartFile } from '../example-files';
import { textField } from '../chart-version-semver/read';

/** `helm lint`'s chart names, and the best practices': lowercase words joined by dashes. */
const CHART_NAME = /^[a-z0-9-]+$/;
/** Characters listed in a message: enough to see what to change without repeating a long name. */
const CHARACTERS_SHOWN = 5;

export default defineChartRule({
  id: 'chart-name',
  title: {
    en: 'Name the chart in lowercase letters, digits and dashes',
    ko: '차트 이름은 소문자, 숫자, 대시로 짓기',
  },
  severity: 'error',
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'Helm builds other names from the chart’s name: its templates are `shop/templates/…`, `helm package` writes `shop-0.1.0.tgz`, a repository serves it under `…/shop`, and `helm create`’s helpers put it in every object’s name (`<release>-shop`) and in the `app.kubernetes.io/name` label. Kubernetes object names take only lowercase letters, digits, dashes and dots, and a Service’s name not even dots, so with capitals or underscores in the chart’s name the API server rejects the objects the helpers name, and with dots their Services; OCI registries take only lowercase names too. `helm lint` reports any character but lowercase letters, digits and dashes. A name with a folder in it (`charts/shop`) is worse: Helm cannot load the chart at all (`chart.metadata.name "charts/shop" is invalid`), so `helm template`, `helm install` and `helm package` stop.',
    ko: 'Helm은 차트 이름으로 다른 이름들을 만듭니다. 템플릿은 `shop/templates/…`, `helm package`가 만드는 파일은 `shop-0.1.0.tgz`, 저장소에서의 주소는 `…/shop`이 되고, `helm create`의 헬퍼는 이 이름을 모든 오브젝트의 이름(`<릴리스>-shop`)과 `app.kubernetes.io/name` 레이블에 넣습니다. 쿠버네티스 오브젝트 이름에는 소문자, 숫자, 대시, 점만 쓸 수 있고 서비스 이름에는 점도 쓸 수 없으므로, 차트 이름에 대문자나 밑줄이 있으면 헬퍼가 이름 지은 오브젝트를, 점이 있으면 그 서비스를 API 서버가 거부합니다. OCI 레지스트리도 소문자 이름만 받습니다. `helm lint`는 소문자, 숫자, 대시가 아닌 문자를 모두 오류로 보고합니다. 폴더가 든 이름(`charts/shop`)은 더 나쁩니다. Helm이 차트를 아예 불러오지 못하므로(`chart.metadata.name "charts/shop" is invalid`) `helm template`, `helm install`, `helm package`가 모두 멈춥니다.',
  },
  remediation: {
    en: 'Name the chart in lowercase words joined by dashes (`web-shop`), as Helm’s best practices ask: no capitals, underscores or dots, and no folder (where the chart lives is not part of its name). Rename early: the name is in every object name the helpers derive and is what other charts list as their dependency, so a later rename replaces the release’s objects with newly named ones and breaks those charts.',
    ko: '차트 이름은 Helm 모범 사례대로 소문자 낱말을 대시로 이어 지으세요(`web-shop`). 대문자, 밑줄, 점은 쓰지 말고 폴더도 넣지 마세요(차트가 놓인 위치는 이름의 일부가 아닙니다). 이름은 되도록 일찍 바꾸세요. 헬퍼가 짓는 모든 오브젝트 이름에 들어가고 다른 차트가 의존성으로 적는 이름이기도 해서, 나중에 바꾸면 릴리스의 오브젝트가 새 이름의 오브젝트로 교체되고 그 차트들이 깨집니다.',
  },
  peers: { helmLint: ['validateChartName'] },
  example: {
    bad: chartFile({ replace: { name: 'name: Web_Shop' } }),
    good: chartFile({ replace: { name: 'name: web-shop' } }),
  },
  messages: {
    path: {
      en: 'The chart name "{name}" has a path in it, and Helm takes a chart’s name as a single name: it cannot load the chart (`chart.metadata.name "{name}" is invalid`), so `helm template`, `helm install` and `helm package` stop. Write the chart’s own name, without folders.',
      ko: '차트 이름 "{name}"에 경로가 들어 있습니다. Helm은 차트 이름을 경로 없는 하나의 이름으로 받으므로 차트를 불러오지 못하고(`chart.metadata.name "{name}" is invalid`), `helm template`, `helm install`, `helm package`가 모두 멈춥니다. 폴더 없이 차트 자신의 이름만 쓰세요.',
    },
    characters: {
      en: 'The chart name "{name}" has characters a chart name does not take: {characters}. `helm lint` rejects it, and Helm puts the name into template names, the package file, repository URLs and, through `helm create`’s helpers, every object’s name, where Kubernetes refuses capitals and underscores. Use lowercase letters, digits and dashes (`web-shop`).',
      ko: '차트 이름 "{name}"에 차트 이름으로 쓸 수 없는 문자가 있습니다: {characters}. `helm lint`가 오류로 보고하며, Helm은 이 이름을 템플릿 이름, 패키지 파일, 저장소 URL에, `helm create`의 헬퍼를 거쳐 모든 오브젝트 이름에 넣는데 쿠버네티스는 오브젝트 이름에 대문자와 밑줄을 받지 않습니다. 소문자, 숫자, 대시만 쓰세요(`web-shop`).',
    },
  },
  // No fix: a new name renames every object the helpers derive from it, and what dependants call the chart.
  check(ctx) {
    // A missing, empty or mistyped name is chart-schema's or chart-quote-strings' to report.
    const name = ctx.value && textField(ctx.value, 'name');
    if (!name || CHART_NAME.test(name.text)) return;
    const range = ctx.valueRange([name.key]);
    if (hasPath(name.text)) {
      ctx.report({ range, message: ctx.t('path', { name: name.text }) });
      return;
    }
    const characters = [...new Set([...name.text].filter((c) => !CHART_NAME.test(c)))];
    const shown = characters.slice(0, CHARACTERS_SHOWN).map((c) => JSON.stringify(c));
    ctx.report({
      range,
      message: ctx.t('characters', {
        name: name.text,
        characters: shown.join(', ') + (characters.length > CHARACTERS_SHOWN ? ', …' : ''),
      }),
    });
  },
});

/**
 * Whether Helm's loader refuses the name as a path: it must equal its own `filepath.Base`, and Helm
 * on Windows splits at backslashes too. `.` and `..` name folders, not charts.
 */
function hasPath(name: string): boolean {
  return /[\\/]/.test(name) || name === '.' || name === '..';
}
