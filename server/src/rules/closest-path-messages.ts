import type { LocalizedText } from '../engine/rule';

/** "Did you mean" and its rename, for the rules that look up the paths a file names. */
export const CLOSEST_PATH_MESSAGES: Record<'closest' | 'fixClosest', LocalizedText> = {
  closest: {
    en: 'Did you mean `{closest}`?',
    ko: '`{closest}`{을/를} 뜻했나요?',
  },
  fixClosest: {
    en: 'Name {closest}',
    ko: '{closest}{으로/로} 고치기',
  },
};
