import { format, type LocalizedText } from '../engine/rule';
import type { Locale, Severity } from '../engine/types';

/**
 * Every fixed string the hover, the code actions and the CLI show, in each locale. Kept in one
 * table so a test can check that no string lacks its Korean text.
 */
export const UI_TEXT = {
  why: { en: 'Why it matters', ko: '왜 중요한가' },
  howToFix: { en: 'How to fix', ko: '고치는 법' },
  exceptions: { en: 'When this is fine', ko: '괜찮은 경우' },
  insteadOf: { en: 'Instead of', ko: '이렇게 쓰지 말고' },
  write: { en: 'write', ko: '이렇게 쓰세요' },
  concept: { en: 'Concept', ko: '개념' },
  course: { en: 'In the course', ko: '강의에서' },
  openNote: { en: 'Read the note', ko: '노트 읽기' },
  safeFix: {
    en: 'A quick fix is available (Ctrl+. / Cmd+.); it only rewrites, so fix-all on save and `cntutor lint --fix` apply it too.',
    ko: '빠른 수정을 쓸 수 있습니다(Ctrl+. / Cmd+.). 의미를 바꾸지 않는 수정이라 저장할 때의 일괄 수정과 `cntutor lint --fix`도 적용합니다.',
  },
  unsafeFix: {
    en: 'A quick fix is available (Ctrl+. / Cmd+.). It changes what the image installs or how the workload runs, so review it: it is never applied on save, and the CLI applies it only with `--fix-unsafe`.',
    ko: '빠른 수정을 쓸 수 있습니다(Ctrl+. / Cmd+.). 이미지에 설치되는 것이나 워크로드의 실행 방식이 바뀌므로 검토하세요. 저장할 때는 적용되지 않고, CLI는 `--fix-unsafe`를 줄 때만 적용합니다.',
  },
  cliSafeFix: {
    en: '`cntutor lint --fix` applies the fix (it only rewrites).',
    ko: '`cntutor lint --fix`가 수정을 적용합니다(의미는 바꾸지 않습니다).',
  },
  cliUnsafeFix: {
    en: '`cntutor lint --fix-unsafe` applies the fix; review it, since it changes what the image installs or how the workload runs.',
    ko: '`cntutor lint --fix-unsafe`가 수정을 적용합니다. 이미지에 설치되는 것이나 워크로드의 실행 방식이 바뀌므로 검토하세요.',
  },
  ignoreHere: { en: 'Ignore {rule} here', ko: '여기서 {rule} 무시하기' },
  fixAll: { en: 'Fix all safely fixable cntutor findings', ko: 'cntutor 결과 중 안전하게 고칠 수 있는 것 모두 고치기' },
  reviewFix: { en: '{title} (changes behaviour: review)', ko: '{title} (동작이 바뀝니다: 검토하세요)' },
  related: { en: 'See also', ko: '함께 보기' },
  linkImage: {
    en: 'Link image {image} to {dockerfile} (in {config})',
    ko: '이미지 {image}{을/를} {dockerfile}에 연결하기({config}에)',
  },
  renderedFrom: { en: 'rendered from {template}', ko: '{template}에서 렌더링됨' },
  error: { en: 'error', ko: '오류' },
  warning: { en: 'warning', ko: '경고' },
  info: { en: 'info', ko: '정보' },
  hint: { en: 'hint', ko: '힌트' },
} satisfies Record<string, LocalizedText>;

export type UiTextId = keyof typeof UI_TEXT;

export function ui(id: UiTextId, locale: Locale, data?: Record<string, string | number>): string {
  const text: LocalizedText = UI_TEXT[id];
  return format(text[locale] || text.en, data);
}

export function severityWord(severity: Severity, locale: Locale): string {
  return ui(severity, locale);
}
