/**
 * Task fitrisk: a need that only restates a protected ground is no job-related reason. "You told us about your
 * migraines and the sick days last year. We need someone we can rely on every day, so we chose another applicant":
 * the need sentence next to the remark frames the ground as a requirement, but nothing about the candidate is
 * assessed against it (the corpus guideline: a requirement said only as a backdrop to a protected ground does not
 * make a rejection specific). verdict.ts masks such a sentence like the remark's own.
 */
import type { Hot } from './flags';
import type { Matches } from './match';

/**
 * Sentences right before or after (or two after) a protected-ground remark (a risky flag, not a gut feeling) whose only cue is a
 * stated need: a requirement frame with no named qualification and no observation of the candidate in it.
 */
export function restatedNeedSents(m: Matches, hot: Hot): number[] {
  if (hot.risky.length === 0 || m.requirement.length === 0) return [];
  const named = new Set<number>();
  for (const x of m.qualification) named.add(x.sent);
  for (const x of m.evidence) named.add(x.sent);
  const out: number[] = [];
  for (const x of m.requirement) {
    const s = x.sent;
    if (named.has(s) || hot.bySent.has(s)) continue;
    // the remark just before or after, or two sentences before with a setting between ("You mentioned the school
    // run. Our shifts start at 7. We need someone who is available from 7 every day.")
    const near = (d: number) => hot.bySent.get(s + d)?.kind === 'risky';
    if (near(-1) || near(1) || (near(-2) && !named.has(s - 1))) out.push(s);
  }
  return out;
}
