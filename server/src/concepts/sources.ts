import type { Locale } from '../engine/types';

import immutableImagesEn from './notes/immutable-images.en.md';
import immutableImagesKo from './notes/immutable-images.ko.md';
import declarativeSpecsEn from './notes/declarative-specs.en.md';
import declarativeSpecsKo from './notes/declarative-specs.ko.md';

/** Every concept note shipped in the bundle; nothing is read from disk at run time. */
export const NOTE_SOURCES: Record<string, Record<Locale, string>> = {
  'declarative-specs': { en: declarativeSpecsEn, ko: declarativeSpecsKo },
  'immutable-images': { en: immutableImagesEn, ko: immutableImagesKo },
};
