/**
 * Task h11a: a short line after a sentence that names the candidacy refers back to it ("Your application for
 * Warehouse Operative has been reviewed. We won't be taking it forward.", "… wurde geprüft. Wir machen hier nicht
 * weiter.", "… on käsitelty. Emme jatka."): "it", "hier" or nothing at all stands for the application there.
 * The concept rules look for the candidacy within one sentence; for such a line the candidacy of the sentence
 * before (or the one before that, when the sentence between has no concept word: "Thank you for applying. The
 * manager has looked at it. We won't …") is lent to it, as a part standing on its last word (so the span stays inside the line).
 *
 * Task informal6: a trial the reader is thanked for ("Tack för provpasset i lördags. Vi går inte vidare nu.",
 * "kiitos lauantain koevuorosta. Ei nyt jatketa.", "thanks for doing the trial shift. … We won't carry on with it.")
 * is the candidacy such a line refers back to, as an application is: a sentence that thanks for a work sample
 * (`workSample` beside `thanks`) lends it too. A gut-feeling or protected-ground remark between them ("Honestly it
 * just didn't feel right for us.") is no sentence of its own to the line: it is looked past as one with no concept
 * word is.
 */
import type { CHit } from './concepts';

/** Longest line (characters) read as referring back: a portal's one-liner, not a paragraph. */
const SHORT_LINE = 60;

/**
 * Whether the sentence before `sent` (or the one before that, when the one between has no concept word or is only a
 * remark) names the candidacy (a `cand` hit) or thanks the reader for a work sample (`samples`).
 */
export function candidacyBefore(
  sent: number,
  bySent: ReadonlyMap<number, readonly CHit[]>,
  cand: number,
  samples: ReadonlySet<number>,
  remarks: ReadonlySet<number>,
): boolean {
  for (let k = sent - 1; k >= 0 && k >= sent - 2; k--) {
    const hits = bySent.get(k);
    if (samples.has(k) || hits?.some((h) => h.c === cand)) return true;
    if (hits && !remarks.has(k)) return false;
  }
  return false;
}

/**
 * The line's hits with the candidacy lent from the sentence before, or null when the line is long, names the
 * candidacy or the reader itself, or the sentence before names no candidacy (`before`: candidacyBefore).
 */
export function withCandidacyBefore(
  hits: readonly CHit[],
  before: boolean,
  lineLength: number,
  cand: number,
  you: number,
): CHit[] | null {
  if (lineLength > SHORT_LINE || hits.length === 0 || !before) return null;
  if (hits.some((h) => h.c === cand || h.c === you)) return null;
  const last = hits[hits.length - 1] as CHit;
  return [...hits, { ...last, c: cand }];
}
