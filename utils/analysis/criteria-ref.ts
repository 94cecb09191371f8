/**
 * Task case8: a reference to the criteria as a whole is no reason. A formal letter says that the application "has been
 * assessed against the essential and desirable criteria in the person specification", that "andre ansøgere samlet set
 * bedre opfylder de kvalifikationer, der er efterspurgt i stillingsopslaget", or that "andere Bewerber die in der
 * Ausschreibung geforderten Qualifikationen insgesamt besser erfüllen": the requirement cues there ("essential",
 * "efterspurgt i stillingsopslaget", "geforderten") frame only the criteria (`criteriaWord`: "the criteria", "the
 * person specification", "kvalifikationerne", "kravprofilen", "Qualifikationen", "pätevyydet"), which fit any post and
 * any reader. Such a sentence names nothing the reader lacked, so its requirement cues, and the qualification cues that
 * are only a criteria word, count for nothing.
 *
 * A sentence names its thing when it also holds a live cue beyond the criteria words: a qualification that is not a
 * criteria word ("Current HCPC registration is an essential criterion"), an observation (`evidence`), a lack of the
 * reader's (`youlack`), a deficit (`shortfall`) or something checkable (`checkable`), or a word marked as a name or a
 * measure — a digit, or a capital after the sentence's first word ("Budget ownership of £2m+ was one of the essential
 * criteria", "løftetesten på 40 kg, som er et krav", "candidates must be CIMA or ACCA qualified"; German capitalises
 * every noun, so there only a digit). Then it counts as before.
 *
 * Also no reason: a cue inside words that name no requirement (`notReason`: "travel expenses", "Reisekosten"), in the
 * letter's practical part ("If you wish to claim travel expenses …").
 *
 * One pass over the (short) cue lists: linear in the draft.
 */
import type { Match, Matches } from './match';
import type { Segments } from './segment';

const list = (m: Matches, c: string): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>)[c] ?? [];

const overlaps = (a: Match, b: Match) => a.s < b.e && b.s < a.e;

/**
 * The keys (start * 65536 + end) of requirement and qualification cues that name nothing; `live` is the cue filter,
 * `own` whether a match is in the writer's own text (a criteria word inside a stock clause still refers: "har vurderet
 * alle ansøgninger ud fra de kvalifikationer, der er efterspurgt …").
 */
export function criteriaReferences(
  m: Matches,
  text: string,
  seg: Segments,
  live: (x: Match) => boolean,
  own: (x: Match) => boolean,
): number[] {
  const out: number[] = [];
  const words = list(m, 'criteriaWord');
  const notReason = list(m, 'notReason');
  if (words.length === 0 && notReason.length === 0) return out;
  for (const x of [...m.requirement, ...m.qualification])
    if (notReason.some((n) => overlaps(n, x))) out.push(x.s * 65536 + x.e);
  if (words.length === 0) return out;
  const referring = new Set<number>();
  for (const w of words)
    if (own(w) && !marked(text, seg.sentS[w.sent] as number, seg.sentE[w.sent] as number, w.lang === 'de'))
      referring.add(w.sent);
  if (referring.size === 0) return out;
  const isWord = (x: Match) => words.some((w) => overlaps(w, x));
  // a sentence that names its thing beyond the criteria words
  for (const x of m.qualification) if (live(x) && !isWord(x)) referring.delete(x.sent);
  for (const c of ['evidence', 'youlack', 'shortfall', 'checkable'])
    for (const x of list(m, c)) if (live(x)) referring.delete(x.sent);
  for (const x of m.requirement) if (referring.has(x.sent)) out.push(x.s * 65536 + x.e);
  for (const x of m.qualification) if (referring.has(x.sent) && isWord(x)) out.push(x.s * 65536 + x.e);
  return out;
}

/** Whether a word of text[a, b) after the first holds a digit, or (not `digitsOnly`) opens with a capital ("I" aside). */
function marked(text: string, a: number, b: number, digitsOnly: boolean): boolean {
  let first = true;
  let start = true;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
    const digit = c >= 48 && c <= 57;
    if (digit) return true;
    if (!letter) {
      if (!start) first = false;
      start = true;
      continue;
    }
    if (start && !first && !digitsOnly && text[i] !== text[i]?.toLowerCase()) {
      const next = text.charCodeAt(i + 1);
      // the pronoun "I" alone is no name
      const alone = !((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next >= 0xc0);
      if (!(c === 73 && alone)) return true;
    }
    start = false;
  }
  return false;
}
