import { BUILTIN_PHRASEBOOKS } from '@/utils/builtin/phrasebooks';
import { BUILTIN_PROFILES } from '@/utils/builtin/profiles';
import type { JobProfile, Phrasebook } from '@/utils/schema';

/** Built-in content comes from code, never from the DB; always marked `source: 'builtin'`. */
let phrasebooks: Phrasebook[] | undefined;
export function builtinPhrasebooks(): Phrasebook[] {
  phrasebooks ??= BUILTIN_PHRASEBOOKS.map((book) => ({ ...book, source: 'builtin' as const }));
  return phrasebooks;
}

export function builtinProfiles(): JobProfile[] {
  return BUILTIN_PROFILES;
}
