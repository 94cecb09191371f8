/**
 * The writer's own news ("Jeg blev desværre ikke valgt til samtale", "I didn't get picked for the bakery
 * job", "ich bin nicht bis zum Vorstellungsgespräch gekommen"): a decision whose subject is the writer
 * (`selfSubject` cues: "I was / I didn't", "jeg blev", "ich bin / bin ich", "min ansökan", "minua ei")
 * is a candidate telling a friend, not a recruiter turning someone down. A recruiter writes "I" beside
 * the addressee ("I'm sorry you were not selected", "ich habe Ihre Bewerbung …"), so a sentence with an
 * `addressee` cue keeps its decision.
 *
 * The subject must reach the decision: in its clause, at most two words before its first word or
 * inside it.
 */
import type { Match, Matches } from './match';

/** Words a subject may stand before its decision ("ich bin leider nicht …", "I was sadly not …"). */
const SUBJECT_REACH = 2;

/** Longest subject cue (words): "I haven't been", "jag har tyvärr inte gått". */
const SUBJECT_WORDS = 6;

export function withoutOwnNews(
  decisions: readonly Match[],
  m: Matches,
  firstWord: (x: Match) => number,
  lastWord: (x: Match) => number,
): readonly Match[] {
  if (m.selfSubject.length === 0 || decisions.length === 0) return decisions;
  // subject cues by their first word, and the words they cover (each cue a few words: linear)
  const byWord = new Map<number, Match[]>();
  const covered = new Set<number>();
  for (const x of m.selfSubject) {
    const a = firstWord(x);
    const l = byWord.get(a);
    if (l) l.push(x);
    else byWord.set(a, [x]);
    for (let w = a, b = lastWord(x); w <= b; w++) covered.add(w);
  }
  // (not a word of the subject itself: Swedish "er" (you) is Danish and Norwegian "is" in "jeg er")
  const addressed = new Set<number>();
  for (const x of m.addressee)
    if (!covered.has(firstWord(x)) || !covered.has(lastWord(x))) addressed.add(x.sent);
  const kept = decisions.filter((d) => !ownNews(d, addressed, byWord, firstWord, lastWord));
  return kept.length === decisions.length ? decisions : kept;
}

/**
 * Whether decision d is the writer's own news: a subject cue (`byWord`, by first word) inside its words or just before
 * them in its clause, in a sentence that addresses no one (`addressed`); `firstWord`/`lastWord` as for withoutOwnNews. A module function, not a closure per call:
 * the CLI runs under tsx, which names every named closure with a defineProperty call each time.
 */
function ownNews(
  d: Match,
  addressed: ReadonlySet<number>,
  byWord: ReadonlyMap<number, Match[]>,
  firstWord: (x: Match) => number,
  lastWord: (x: Match) => number,
): boolean {
  if (addressed.has(d.sent)) return false;
  const w = firstWord(d);
  const e = lastWord(d);
  for (let v = Math.max(0, w - SUBJECT_REACH - SUBJECT_WORDS); v <= e; v++) {
    for (const x of byWord.get(v) ?? []) {
      if (x.sent !== d.sent) continue;
      // inside the decision's own words, or just before them in its clause
      if (x.s >= d.s && x.s < d.e) return true;
      if (x.s < d.s && x.clause === d.clause && lastWord(x) >= w - SUBJECT_REACH) return true;
    }
  }
  return false;
}
