import type { Language, Phrasebook } from '@/utils/schema';
import { fillPhrase, partsToPlain } from './compose';
import { resolveAlternatives } from './phrases';

/**
 * The sentence a criterion phrasing will appear in, for the profile editor's live preview: the first
 * phrase of the active phrasebooks (personal > team > built-in) that a missing must-have with this
 * phrasing gets, filled with `value` — or with "…" while the field is empty.
 */
export function phrasingPreview(
  phrasebooks: readonly Phrasebook[],
  language: Language,
  kind: 'sought' | 'lacking',
  value: string,
): string {
  const [phrase] = resolveAlternatives(phrasebooks, {
    slot: 'criterion-missing',
    stage: 'interview',
    language,
    requirement: 'must',
    available: new Set([kind]),
    prefer: [kind],
  });
  if (!phrase?.text.includes(`{${kind}}`)) return '';
  return partsToPlain(fillPhrase(phrase.text, { [kind]: value.trim() || '…' }, language));
}
