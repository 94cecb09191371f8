import type { Source } from '@/utils/schema';

/**
 * PURE: the job profiles a user is offered. Built-in ones only in the languages they check drafts
 * in (chosen on the first-run page or under Detection); their own and their team's always, since
 * someone put those there on purpose.
 */
export function offeredProfiles<T extends { source?: Source; language: string }>(
  records: readonly T[],
  languages: readonly string[],
): T[] {
  const wanted = new Set(languages);
  return records.filter((r) => (r.source ?? 'builtin') !== 'builtin' || wanted.has(r.language));
}
