/** The shell parser's sentences in Korean. */
import type { KoreanWords } from '../../../engine/parser-words';
import { withParticle } from '../../../engine/parser-words';

const UNTERMINATED: Record<string, string> = {
  'single quote': "작은따옴표(')",
  'double quote': '큰따옴표(")',
  backtick: '백틱(`)',
  'ANSI-C quote': "$'…' 따옴표",
  'command substitution': '명령 치환 $(…)',
  'parameter expansion': '매개변수 확장 ${…}',
  'arithmetic expansion': '산술 확장 $((…))',
  'arithmetic command': '산술 명령 ((…))',
  'arithmetic for header': 'for ((…)) 머리',
  'array subscript': '배열 첨자 […]',
  'process substitution': '프로세스 치환 <(…)',
  'extended glob': '확장 글롭',
};

export const SHELL_KOREAN: KoreanWords = [
  [/^unexpected token '(.+)'$/, (m) => `예상하지 못한 토큰 ${withParticle(`'${m[1] ?? ''}'`, '이/가')} 있습니다`],
  [/^unterminated (.+)$/, (m) => `${withParticle(UNTERMINATED[m[1] ?? ''] ?? m[1] ?? '', '이/가')} 닫히지 않았습니다`],
  [
    /^expected '(.+)' to close '(.+)'$/,
    (m) => `${withParticle(`'${m[2] ?? ''}'`, '을/를')} 닫는 '${m[1] ?? ''}' 키워드가 없습니다`,
  ],
  [/^expected command after '(.+)'$/, (m) => `'${m[1] ?? ''}' 뒤에 명령이 와야 합니다`],
  [/^expected word after '(.+)'$/, (m) => `'${m[1] ?? ''}' 뒤에 단어가 와야 합니다`],
  [/^unexpected argument '(.+)' to conditional operator$/, (m) => `조건 연산자에 예상하지 못한 인자 '${m[1] ?? ''}'`],
  [/^unexpected '(.+)' in array assignment$/, (m) => `배열 대입에 예상하지 못한 '${m[1] ?? ''}'`],
  [/^expected three arithmetic expressions in for header$/, () => 'for ((…)) 머리에는 산술식 세 개가 와야 합니다'],
];
