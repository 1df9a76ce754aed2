import { isMap, isNode } from 'yaml';
import type { ChartContext, ChartPath } from '../../../engine/chart/context';
import { defineChartRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import { jsonType, fieldKey } from '../../../helm/chart-metadata';
import { chartFile } from '../example-files';
import { isEmail, isRequestUrl, isUrl } from './validators';

const LINKS = (source: string): string[] => [
  'home: https://example.com/shop',
  'sources:',
  `  - ${source}`,
  'maintainers:',
  '  - name: Shop team',
  '    email: shop-team@example.com',
];

export default defineChartRule({
  id: 'chart-links',
  title: {
    en: 'Write Chart.yaml’s maintainers and links so Helm can read them',
    ko: 'Chart.yaml의 유지보수자와 링크를 Helm이 읽을 수 있게 쓰기',
  },
  severity: 'error',
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'Chart repositories such as Artifact Hub show Chart.yaml’s links: the maintainers with their email and page, the `sources`, the `icon` and the `home` page. `helm lint` checks them and fails on any it cannot read: a maintainer without a `name`, an `email` that is not an address alone, a `url` that is not a URL, a `sources` entry or an `icon` written without its scheme (`github.com/org/repo`, `icon.png`). An empty maintainer entry is worse: Helm stops loading the chart, so nothing installs. Helm does not check `home`, but a link without its scheme leads nowhere.',
    ko: 'Artifact Hub 같은 차트 저장소는 Chart.yaml의 링크를 보여 줍니다. 유지보수자와 그 이메일·페이지, `sources`, `icon`, `home` 페이지입니다. `helm lint`는 이 값들을 확인하고, 읽을 수 없는 것이 있으면 실패합니다. `name`이 없는 유지보수자, 주소만 적지 않은 `email`, URL이 아닌 `url`, `https://` 같은 스킴 없이 적은 `sources` 항목이나 `icon`(`github.com/org/repo`, `icon.png`)이 그렇습니다. 빈 유지보수자 항목은 더 심각해서, Helm이 차트 불러오기를 멈추므로 아무것도 설치되지 않습니다. `home`은 Helm이 확인하지 않지만, 스킴 없는 링크는 어디로도 연결되지 않습니다.',
  },
  remediation: {
    en: 'Give every maintainer a `name`; write `email` as the address alone (`team@example.com`) and `url` as a web address. Write `sources`, `icon` and `home` as full URLs, from `https://` on. Delete empty entries.',
    ko: '유지보수자마다 `name`을 적고, `email`은 주소만(`team@example.com`), `url`은 웹 주소로 적으세요. `sources`, `icon`, `home`은 `https://`부터 완전한 URL로 적고, 빈 항목은 지우세요.',
  },
  peers: { helmLint: ['validateChartMaintainer', 'validateChartSources', 'validateChartIconURL'] },
  example: {
    bad: chartFile({ add: LINKS('github.com/example/shop') }),
    good: chartFile({ add: LINKS('https://github.com/example/shop') }),
  },
  messages: {
    emptyMaintainer: {
      en: 'An empty entry in `maintainers`: Helm stops loading the chart ("maintainers must not contain empty or null nodes"). Delete it, or write the maintainer.',
      ko: '`maintainers`에 빈 항목이 있습니다. Helm이 차트 불러오기를 멈춥니다(`maintainers must not contain empty or null nodes`). 지우거나 유지보수자를 적으세요.',
    },
    noName: {
      en: 'This maintainer has no `name`: `helm lint` fails on the chart ("each maintainer requires a name"). Write the person’s or the team’s name.',
      ko: '이 유지보수자에게는 `name`이 없습니다. `helm lint`가 실패합니다("each maintainer requires a name"). 사람이나 팀의 이름을 적으세요.',
    },
    email: {
      en: "`{email}` is not an email address to `helm lint`, which fails on the chart (`invalid email '{email}' for maintainer …`). Write the address alone, such as `team@example.com`.",
      ko: "`helm lint`는 `{email}`{을/를} 이메일 주소로 보지 않아 실패합니다(`invalid email '{email}' for maintainer …`). `team@example.com`처럼 주소만 적으세요.",
    },
    url: {
      en: "`{url}` is not a URL to `helm lint`, which fails on the chart (`invalid url '{url}' for maintainer …`). Write a web address, such as `https://github.com/jane`.",
      ko: "`helm lint`는 `{url}`{을/를} URL로 보지 않아 실패합니다(`invalid url '{url}' for maintainer …`). `https://github.com/jane`처럼 웹 주소를 적으세요.",
    },
    source: {
      en: "`{url}` is not a full URL: `helm lint` fails on the chart (`invalid source URL '{url}'`). Write it with its scheme, such as `https://github.com/org/repo`.",
      ko: "`{url}`{은/는} 완전한 URL이 아닙니다. `helm lint`가 실패합니다(`invalid source URL '{url}'`). `https://github.com/org/repo`처럼 `https://`부터 적으세요.",
    },
    emptySource: {
      en: "An empty entry in `sources`: `helm lint` fails on the chart (`invalid source URL ''`). Delete it, or write the URL.",
      ko: "`sources`에 빈 항목이 있습니다. `helm lint`가 실패합니다(`invalid source URL ''`). 지우거나 URL을 적으세요.",
    },
    icon: {
      en: "`{url}` is not a full URL: `helm lint` fails on the chart (`invalid icon URL '{url}'`). Chart repositories load the icon from this address, not from the chart’s files: write it with its scheme, such as `https://example.com/icon.svg`.",
      ko: "`{url}`{은/는} 완전한 URL이 아닙니다. `helm lint`가 실패합니다(`invalid icon URL '{url}'`). 차트 저장소는 아이콘을 차트 파일이 아니라 이 주소에서 가져오므로 `https://example.com/icon.svg`처럼 `https://`부터 적으세요.",
    },
    home: {
      en: '`{url}` is not a full URL, so chart repositories such as Artifact Hub cannot link to the project’s home page. Write it with its scheme, such as `https://example.com`.',
      ko: '`{url}`{은/는} 완전한 URL이 아니라서 Artifact Hub 같은 차트 저장소가 프로젝트 홈페이지로 연결하지 못합니다. `https://example.com`처럼 `https://`부터 적으세요.',
    },
  },
  check(ctx) {
    const chart = ctx.value;
    if (!chart) return;
    checkMaintainers(ctx, chart);
    checkSources(ctx, chart);
    const iconKey = fieldKey(chart, 'icon');
    const icon = iconKey === undefined ? undefined : chart[iconKey];
    // An empty icon is only `helm lint`'s advice to add one, at information level.
    if (iconKey !== undefined && typeof icon === 'string' && icon !== '' && !isRequestUrl(icon))
      ctx.report({ range: ctx.valueRange([iconKey]), message: ctx.t('icon', { url: icon }) });
    const homeKey = fieldKey(chart, 'home');
    const home = homeKey === undefined ? undefined : chart[homeKey];
    // Helm never reads `home`, so a broken one fails nothing: it only breaks the repository's link,
    // which is worth a warning but not the error `helm lint` gives the links it does check.
    if (homeKey !== undefined && typeof home === 'string' && home !== '' && !isRequestUrl(home))
      ctx.report({ range: ctx.valueRange([homeKey]), message: ctx.t('home', { url: home }), severity: 'warning' });
  },
});

function checkMaintainers(ctx: ChartContext, chart: Record<string, unknown>): void {
  const key = fieldKey(chart, 'maintainers');
  const maintainers = key === undefined ? undefined : chart[key];
  // Another type is chart-schema's: Go cannot decode it, so nothing here is read.
  if (key === undefined || !Array.isArray(maintainers)) return;
  maintainers.forEach((maintainer, i) => {
    const path = [key, i];
    if (jsonType(maintainer) === 'null') {
      ctx.report({ range: ctx.itemRange(path), message: ctx.t('emptyMaintainer') });
      return;
    }
    if (jsonType(maintainer) !== 'map') return;
    const fields = maintainer as Record<string, unknown>;
    const nameKey = fieldKey(fields, 'name');
    const name = nameKey === undefined ? undefined : fields[nameKey];
    if (nameKey === undefined) ctx.report({ range: entryRange(ctx, path), message: ctx.t('noName') });
    // A null name is left empty by Go, like a missing one; a number or a list is chart-schema's.
    else if (name === null || name === '')
      ctx.report({ range: writtenRange(ctx, [...path, nameKey]), message: ctx.t('noName') });
    const emailKey = fieldKey(fields, 'email');
    const email = emailKey === undefined ? undefined : fields[emailKey];
    if (emailKey !== undefined && typeof email === 'string' && email !== '' && !isEmail(email))
      ctx.report({ range: ctx.valueRange([...path, emailKey]), message: ctx.t('email', { email }) });
    const urlKey = fieldKey(fields, 'url');
    const url = urlKey === undefined ? undefined : fields[urlKey];
    if (urlKey !== undefined && typeof url === 'string' && url !== '' && !isUrl(url))
      ctx.report({ range: ctx.valueRange([...path, urlKey]), message: ctx.t('url', { url }) });
  });
}

function checkSources(ctx: ChartContext, chart: Record<string, unknown>): void {
  const key = fieldKey(chart, 'sources');
  const sources = key === undefined ? undefined : chart[key];
  if (key === undefined || !Array.isArray(sources)) return;
  sources.forEach((source, i) => {
    const path = [key, i];
    // Go decodes a null entry of a list of text as empty text, which `helm lint` refuses like "".
    if (source === null || source === '') ctx.report({ range: ctx.itemRange(path), message: ctx.t('emptySource') });
    else if (typeof source === 'string' && !isRequestUrl(source))
      ctx.report({ range: ctx.valueRange(path), message: ctx.t('source', { url: source }) });
  });
}

/** A value as written, else its key: an empty value (`name:`) has no text of its own. */
function writtenRange(ctx: ChartContext, path: ChartPath): Range {
  const range = ctx.node(path)?.range;
  return range && range[1] > range[0] ? ctx.valueRange(path) : ctx.keyRange(path);
}

/**
 * Where a finding about a whole maintainer goes: the entry's first line, up to its first value (a
 * block map's own range runs on over the lines, comments and line breaks after it).
 */
function entryRange(ctx: ChartContext, path: ChartPath): Range {
  const node = ctx.node(path);
  let range = ctx.itemRange(path);
  if (isMap(node) && !node.flow && node.range) {
    const first = node.items[0];
    const end = [first?.value, first?.key].find(isNode)?.range?.[1];
    if (end !== undefined && end > node.range[0]) range = ctx.file.index.rangeOf(node.range[0], end);
  }
  if (range.end.line === range.start.line) return range;
  return { start: range.start, end: ctx.file.index.positionAt(ctx.file.index.lineEnd(range.start.line)) };
}
