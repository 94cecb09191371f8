import type { Language, Phrasebook } from '@/utils/schema';
import { en } from './en';
import { sv } from './sv';

export { en, sv };

/** Every built-in phrasebook, one per language. */
export const BUILTIN_PHRASEBOOKS: readonly Phrasebook[] = [sv, en];

/** The built-in phrasebook for a language. */
export function builtinPhrasebook(language: Language): Phrasebook | undefined {
  return BUILTIN_PHRASEBOOKS.find((b) => b.language === language);
}
