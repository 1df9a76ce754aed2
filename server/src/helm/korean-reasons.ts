/**
 * The renderer's reasons for not rendering a template, in Korean, for the note a Korean editor
 * shows. Only the renderer's own sentences are translated: where Helm itself would stop, the note
 * quotes Helm's words (a Go error, the chart's `required` message), as a terminal would show them.
 */
import { FILES_UNSUPPORTED } from './template/helm-data';
import { OUTSIDE_THE_SUBSET, UNSUPPORTED_REASONS } from './template/functions-helm';

/** Each reason a function is left out for, and the generic one, by their English words. */
export const KOREAN_FUNCTION_REASONS: Record<string, string> = {
  'reads the live cluster, which a linter cannot see': '실행 중인 클러스터를 읽는데, 린터는 클러스터를 볼 수 없습니다',
  'asks DNS, which a linter does not': 'DNS에 묻는데, 린터는 DNS에 묻지 않습니다',
  'reads the clock, so each render differs': '시계를 읽으므로 렌더링할 때마다 결과가 달라집니다',
  'reads or formats time, which this renderer does not reproduce':
    '시간을 읽거나 형식을 바꾸는데, 이 렌더러는 그것을 재현하지 않습니다',
  'is random, so each render differs': '무작위 값이므로 렌더링할 때마다 결과가 달라집니다',
  'generates keys, so each render differs': '키를 만들어 내므로 렌더링할 때마다 결과가 달라집니다',
  'salts at random, so each render differs': '무작위 솔트를 쓰므로 렌더링할 때마다 결과가 달라집니다',
  "returns a map's values in Go's random order": '맵의 값을 Go의 무작위 순서로 돌려줍니다',
  [OUTSIDE_THE_SUBSET]: '이 렌더러가 정확히 재현하는 함수에 들지 않습니다',
};

const FUNCTION_REASON = /^`([^`]+)` (.+)\.$/;

/** Why a chart is not rendered at all, in Korean; the details stay the parser's or the validator's words. */
const CHART_REASONS: [RegExp, string][] = [
  [
    /^(.+?) does not meet the chart’s values\.schema\.json: (.+)$/s,
    '$1이 차트의 values.schema.json을 따르지 않습니다: $2',
  ],
  [/^(\S+) is not valid (YAML|JSON) \((.*)\)$/s, '$1 파일이 올바른 $2 형식이 아닙니다($3)'],
  [/^the values file (\S+) cannot be read$/, '값 파일($1)을 읽을 수 없습니다'],
  // Helm's own words stay in the parentheses, as a terminal shows them.
  [/^Helm cannot load the chart \((.*)\)$/s, 'Helm이 차트를 불러올 수 없습니다($1)'],
  [/^(\S+) holds no map of values$/, '$1에 값의 맵이 없습니다'],
  [
    /^the chart has more than (\d+) template files or (\d+) MB of them$/,
    '차트의 템플릿 파일이 $1개 또는 $2MB를 넘습니다',
  ],
];

/** Why a packed subchart cannot be read (packed-chart.ts), in Korean. */
const PACKED_REASONS: [RegExp, string][] = [
  [/^it is not a gzip archive$/, 'gzip 압축 파일이 아닙니다'],
  [/^its tar headers cannot be read$/, 'tar 헤더를 읽을 수 없습니다'],
  [/^it ends inside a file$/, '파일 중간에서 끝납니다'],
  [/^it holds no Chart\.yaml$/, 'Chart.yaml이 없습니다'],
  [/^it is larger than (\d+) MB$/, '$1MB보다 큽니다'],
  [/^it unpacks to more than (\d+) MB$/, '풀면 $1MB를 넘습니다'],
  [/^it holds more than (\d+) files$/, '파일이 $1개를 넘습니다'],
];

function koreanPacked(message: string): string | undefined {
  const match = /^(\S+\.tgz) cannot be read: (.+)$/.exec(message);
  const detail = match?.[2] ?? '';
  const known = PACKED_REASONS.find(([pattern]) => pattern.test(detail));
  return match && known
    ? `${match[1] ?? ''} 파일을 읽을 수 없습니다: ${detail.replace(known[0], known[1])}`
    : undefined;
}

/** The reason in Korean, when the renderer's words are known; undefined otherwise. */
export function koreanReason(message: string): string | undefined {
  const packed = koreanPacked(message);
  if (packed) return packed;
  if (message === FILES_UNSUPPORTED)
    return '`.Files`는 차트의 다른 파일을 읽는데, 이 렌더러에는 그 파일이 주어지지 않습니다';
  for (const [pattern, korean] of CHART_REASONS) if (pattern.test(message)) return message.replace(pattern, korean);
  const call = FUNCTION_REASON.exec(message);
  const korean = call && KOREAN_FUNCTION_REASONS[call[2] ?? ''];
  return call && korean ? `\`${call[1]}\`: ${korean}` : undefined;
}

/** Every reason the renderer gives for a left-out function: each needs its Korean words. */
export const FUNCTION_REASONS: readonly string[] = [
  ...new Set([...Object.values(UNSUPPORTED_REASONS), OUTSIDE_THE_SUBSET]),
];
