/**
 * The reader test shared by the decision families that only decide when said to a candidate (reader.ts): built
 * from hand-made matches and concept hits, so each way in (and the group greeting that shuts them) is pinned alone.
 */
import { describe, expect, it } from 'vitest';
import type { Cat } from '@/utils/analysis/compile';
import type { CHit } from '@/utils/analysis/concepts';
import { CONCEPT_INDEX } from '@/utils/analysis/langdata';
import { emptyMatches, type Matches, newMatch } from '@/utils/analysis/match';
import { readerIsCandidate } from '@/utils/analysis/reader';

const at = (cat: Cat, sent: number) => newMatch(cat, 'en', cat, 0, 1, sent, 0);
const hit = (c: number, sent: number): [number, CHit[]] => [
  sent,
  [{ c, w: 0, we: 0, s: 0, e: 1, clause: 0, lang: 'en', rw: 0, rwe: 0, rel: -1 }],
];
function matches(...cats: [Cat, number][]): Matches {
  const m = emptyMatches();
  for (const [cat, sent] of cats) m[cat].push(at(cat, sent));
  return m;
}
const none = new Map<number, CHit[]>();

describe('readerIsCandidate', () => {
  it('a formal closer ("we wish you luck with your job search") makes the reader a candidate', () => {
    expect(readerIsCandidate(matches(['closer', 2]), none)).toBe(true);
  });

  it('a thanks counts only when its sentence is about the application, the post or the process', () => {
    // "Thanks for applying for the post": a recruiting word in the thanks' sentence
    expect(readerIsCandidate(matches(['thanks', 0], ['recruiting', 0]), none)).toBe(true);
    // "Thanks for your interest in the role": a post concept in it
    expect(readerIsCandidate(matches(['thanks', 0]), new Map([hit(CONCEPT_INDEX.position, 0)]))).toBe(true);
    // "Thanks, Ole" under a note whose recruiting word is in another sentence
    expect(readerIsCandidate(matches(['thanks', 3], ['recruiting', 0]), none)).toBe(false);
  });

  it('"your application" alone is enough, unless only a thanks may count (a job ad writes it too)', () => {
    const yourApplication = new Map([hit(CONCEPT_INDEX.cand, 1)]);
    expect(readerIsCandidate(emptyMatches(), yourApplication)).toBe(true);
    expect(readerIsCandidate(emptyMatches(), yourApplication, { thankedOnly: true })).toBe(false);
  });

  it('a thanks for meeting counts only where asked for', () => {
    const met = matches(['metThanks', 0]);
    expect(readerIsCandidate(met, none)).toBe(false);
    expect(readerIsCandidate(met, none, { met: true })).toBe(true);
  });

  it('a greeting to a group ("Hi all") shuts every way in', () => {
    expect(readerIsCandidate(matches(['groupGreeting', 0], ['closer', 2]), none)).toBe(false);
    expect(readerIsCandidate(matches(['groupGreeting', 0], ['metThanks', 1]), none, { met: true })).toBe(
      false,
    );
  });
});
