import type { Language, Phrasebook } from '@/utils/schema';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { fi } from './fi';
import { nb } from './nb';
import { sv } from './sv';

export { da, de, en, fi, nb, sv };

/** Built-in phrasebooks by language. */
export const BUILTIN_PHRASEBOOK_BY_LANGUAGE: Readonly<Record<Language, Phrasebook>> = {
  sv,
  da,
  nb,
  en,
  de,
  fi,
};

/** Every built-in phrasebook, one per language. */
export const BUILTIN_PHRASEBOOKS: readonly Phrasebook[] = [sv, da, nb, en, de, fi];

/** The built-in phrasebook for a language. */
export function builtinPhrasebook(language: Language): Phrasebook {
  return BUILTIN_PHRASEBOOK_BY_LANGUAGE[language];
}
