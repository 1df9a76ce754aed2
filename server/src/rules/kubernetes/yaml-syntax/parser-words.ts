/** The YAML parser's sentences in Korean. */
import type { KoreanWords } from '../../../engine/parser-words';
import { withParticle } from '../../../engine/parser-words';

export const YAML_KOREAN: KoreanWords = [
  [
    /^Plain value cannot start with (.+)$/,
    (m) =>
      `따옴표 없는 값은 ${withParticle(reserved(m[1] ?? ''), '으로/로')} 시작할 수 없습니다. 값을 따옴표로 감싸세요`,
  ],
  [/^Implicit map keys need to be followed by map values$/, () => '키 뒤에 콜론(:)과 값이 와야 합니다'],
  [/^Implicit keys need to be on a single line$/, () => '키는 한 줄에 써야 합니다'],
  [
    /^Implicit keys of flow sequence pairs need to be on a single line$/,
    () => '흐름 시퀀스 안의 키는 한 줄에 써야 합니다',
  ],
  [/^Map keys must be unique$/, () => '맵의 키는 한 번씩만 써야 합니다'],
  [/^All mapping items must start at the same column$/, () => '맵의 항목은 모두 같은 열에서 시작해야 합니다'],
  [
    /^Block collections are not allowed within flow collections$/,
    () => '흐름 컬렉션({} 또는 []) 안에는 블록 컬렉션을 쓸 수 없습니다',
  ],
  [/^Block scalar values in collections must be indented$/, () => '컬렉션 안의 블록 스칼라 값은 들여써야 합니다'],
  [
    /^Block scalar lines must not be less indented than their (.+)$/,
    () => '블록 스칼라의 줄은 시작한 곳보다 덜 들여쓸 수 없습니다',
  ],
  [
    /^Block scalars with more-indented leading empty lines must use an explicit indentation indicator$/,
    () => '더 들여쓴 빈 줄로 시작하는 블록 스칼라에는 들여쓰기 표시(|2 등)를 붙여야 합니다',
  ],
  [
    /^Flow end indicator should be more indented than parent$/,
    () => '흐름 컬렉션을 닫는 } 또는 ]는 부모보다 더 들여써야 합니다',
  ],
  [/^Unexpected block-seq-ind on same line with key$/, () => '키와 같은 줄에 시퀀스 항목(-)이 올 수 없습니다'],
  [/^Unexpected doc-end without preceding document$/, () => '문서 없이 문서 끝 표시(...)가 나옵니다'],
  [/^Missing newline after block sequence props$/, () => '시퀀스의 앵커나 태그 뒤에 줄바꿈이 없습니다'],
  [/^Not a YAML token: (.*)$/, (m) => `YAML 토큰이 아닙니다: ${m[1] ?? ''}`],
  [
    /^Unexpected (\S+) token in YAML (document|stream)$/,
    (m) => `YAML ${m[2] === 'stream' ? '스트림' : '문서'}에 예상하지 못한 ${m[1] ?? ''} 토큰이 있습니다`,
  ],
  [
    /^Unexpected token in block scalar header: (.+)$/,
    (m) => `블록 스칼라 헤더에 예상하지 못한 토큰이 있습니다: ${m[1] ?? ''}`,
  ],
  [/^All sequence items must start at the same column$/, () => '시퀀스의 항목(-)은 모두 같은 열에서 시작해야 합니다'],
  [/^Sequence item without - indicator$/, () => '시퀀스 항목 앞에 - 표시가 없습니다'],
  [/^Missing closing (["'])quote$/, (m) => `닫는 ${m[1] ?? ''} 따옴표가 없습니다`],
  [/^Missing , between (.+) items$/, (m) => `${flow(m[1])} 항목 사이에 쉼표(,)가 없습니다`],
  [/^Missing , or : between (.+) items$/, (m) => `${flow(m[1])} 항목 사이에 쉼표(,)나 콜론(:)이 없습니다`],
  [/^Missing space after : in (.+)$/, (m) => `${flow(m[1])}에서 콜론(:) 뒤에 공백이 없습니다`],
  [/^Unexpected , in (.+)$/, (m) => `${flow(m[1])}에 예상하지 못한 쉼표(,)가 있습니다`],
  [/^Unexpected empty item in (.+)$/, (m) => `${flow(m[1])}에 빈 항목이 있습니다`],
  [/^Unexpected (\S+) in (.+)$/, (m) => `${flow(m[2])}에 예상하지 못한 ${withParticle(m[1] ?? '', '이/가')} 있습니다`],
  [/^Unexpected (.+) at node end$/, (m) => `노드 끝에 예상하지 못한 ${withParticle(m[1] ?? '', '이/가')} 있습니다`],
  [/^Unexpected (.+) token$/, (m) => `예상하지 못한 ${m[1] ?? ''} 토큰이 있습니다`],
  [
    /^Block scalar header includes extra characters: (.*)$/,
    (m) => `블록 스칼라 헤더(| 또는 >) 뒤에 다른 문자가 있습니다: ${m[1] ?? ''}`,
  ],
  [/^Block scalar header not found$/, () => '블록 스칼라 헤더(| 또는 >)를 찾을 수 없습니다'],
  [/^Map comment with trailing content$/, () => '맵 주석 뒤에 다른 내용이 이어집니다'],
  [
    /^Comments must be separated from other tokens by white space characters$/,
    () => '주석(#) 앞에는 공백이 있어야 합니다',
  ],
  [/^Tabs are not allowed as indentation$/, () => '탭으로 들여쓸 수 없습니다. 공백으로 들여쓰세요'],
  [/^Nested mappings are not allowed in compact mappings$/, () => '한 줄로 쓴 맵 안에 맵을 중첩할 수 없습니다'],
  [/^A block sequence may not be used as an implicit map key$/, () => '블록 시퀀스는 맵의 키로 쓸 수 없습니다'],
  [/^A node can have at most one anchor$/, () => '한 노드에는 앵커(&)를 하나만 붙일 수 있습니다'],
  [/^A node can have at most one tag$/, () => '한 노드에는 태그(!)를 하나만 붙일 수 있습니다'],
  [/^An alias node must not specify any properties$/, () => '별칭(*) 노드에는 앵커나 태그를 붙일 수 없습니다'],
  [
    /^(Alias|Anchor) cannot be an empty string$/,
    (m) => `${m[1] === 'Alias' ? '별칭(*)' : '앵커(&)'} 이름이 비어 있습니다`,
  ],
  [
    /^Invalid escape sequence (.+)$/,
    (m) => `큰따옴표 문자열 안의 이스케이프 ${withParticle(m[1] ?? '', '이/가')} 올바르지 않습니다`,
  ],
  [/^Unresolved tag: (.+)$/, (m) => `알 수 없는 태그입니다: ${m[1] ?? ''}`],
  [
    /^Tags and anchors must be separated from the next token by white space$/,
    () => '태그와 앵커 뒤에는 공백이 있어야 합니다',
  ],
];

/** What the parser says a plain value may not start with, in Korean. */
function reserved(named: string): string {
  const [, kind = '', character = ''] = /^(.*?)\s*(\S)$/.exec(named) ?? [];
  if (named === 'a tab character') return '탭 문자';
  if (kind === 'reserved character') return `예약 문자 ${character}`;
  if (kind === 'flow indicator character') return `흐름 표시 문자 ${character}`;
  if (kind === 'directive indicator character') return `지시자 표시 문자 ${character}`;
  if (kind === 'block scalar indicator') return `블록 스칼라 표시 ${character}`;
  return named;
}

function flow(kind: string | undefined): string {
  if (kind === 'flow map') return '흐름 맵({})';
  if (kind === 'flow sequence') return '흐름 시퀀스([])';
  return kind ?? '';
}
