/**
 * Korean particles depend on the sound a word ends with: `이미지가` but `컨테이너가`, `파드를` but
 * `포트를`… A message template writes `{image|이/가}`; the particle is chosen by how the filled-in
 * value is read aloud, so `"alpine:3.23"이` (삼) and `web-server-0이` (영) read naturally.
 */

/** How a word ends when read in Korean: after a vowel, after ㄹ, or after another final consonant. */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL = 8;

/** Digits as Sino-Korean numbers: 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구. */
const DIGIT_SOUND: Record<string, FinalSound> = {
  '0': 'consonant',
  '1': 'rieul',
  '2': 'vowel',
  '3': 'consonant',
  '4': 'vowel',
  '5': 'vowel',
  '6': 'consonant',
  '7': 'rieul',
  '8': 'rieul',
  '9': 'vowel',
};

/** Latin letters read by name (엘, 엠, 엔, 알 end in a consonant; 에이, 비, 씨… in a vowel). */
const LETTER_NAME_SOUND: Record<string, FinalSound> = { l: 'rieul', r: 'rieul', m: 'consonant', n: 'consonant' };

/** Characters that do not change how a word is read: quotes, brackets, closing punctuation. */
const SILENT_TAIL = /[\s"'`»”’)\]}>.,;:!?*_~-]+$/u;

export function finalSound(word: string): FinalSound {
  const trimmed = word.replace(SILENT_TAIL, '');
  const last = trimmed[trimmed.length - 1];
  if (!last) return 'vowel';
  const code = last.charCodeAt(0);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % 28;
    return final === 0 ? 'vowel' : final === RIEUL ? 'rieul' : 'consonant';
  }
  if (last in DIGIT_SOUND) return DIGIT_SOUND[last] as FinalSound;
  if (/[a-z]/i.test(last)) return latinFinalSound(trimmed);
  return 'vowel';
}

/**
 * English words as Korean speakers say them: `-l`, `-le` end in ㄹ (`pool` 풀, `file` 파일), `-m`, `-n`, `-ng`, `-me`, `-ne` in a
 * consonant (`team` 팀, `main` 메인), a stop after a short vowel too (`app` 앱, `web` 웹, `stack` 스택);
 * a short vowel's `t` too (`apt-get` 겟, `secret` 시크릿); most other endings gain a vowel (`pod`
 * 파드, `server` 서버, `port` 포트, `root` 루트, `nginx` 엔진엑스). Upper-case
 * abbreviations are read letter by letter (`CPU` 시피유, `RAM` 램 is the rare exception).
 */
function latinFinalSound(word: string): FinalSound {
  const tail = /[A-Za-z]+$/.exec(word)?.[0] ?? '';
  if (tail.length <= 4 && tail === tail.toUpperCase()) {
    return LETTER_NAME_SOUND[tail[tail.length - 1]?.toLowerCase() ?? ''] ?? 'vowel';
  }
  const lower = tail.toLowerCase();
  // An image file's extension is read by its letters: `icon.png` 피엔지, not 펭.
  if (lower === 'png' && /\.png$/i.test(word)) return 'vowel';
  // A silent e leaves the consonant before it final: `file` 파일, `rule` 룰, `name` 네임, `engine` 엔진.
  if (/le?$/.test(lower)) return 'rieul';
  if (/(m|n|ng|me|ne)$/.test(lower)) return 'consonant';
  if (/[aeiou](ck|k|pp?|bb?|tt)$/.test(lower)) return 'consonant';
  // A single t after a short vowel is read as ㅅ: `get` 겟, `secret` 시크릿, `bucket` 버킷, `output` 아웃풋.
  if (/[^aeiou][aeiou]t$/.test(lower)) return 'consonant';
  return 'vowel';
}

/**
 * The particle of a pair (`이/가`, `을/를`, `은/는`, `과/와`, `으로/로`, `아/야`, `이에요/예요`)
 * that follows `word`: the first form after a final consonant, the second after a vowel. `으로/로`
 * also takes `로` after ㄹ.
 */
export function particle(word: string, pair: string): string {
  const [afterConsonant = '', afterVowel = afterConsonant] = pair.split('/');
  const sound = finalSound(word);
  if (sound === 'vowel') return afterVowel;
  if (sound === 'rieul' && afterConsonant.startsWith('으로')) return afterVowel;
  return afterConsonant;
}
