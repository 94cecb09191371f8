/**
 * Task h11a: a short line after a sentence that names the candidacy refers back to it ("Your application for
 * Warehouse Operative has been reviewed. We won't be taking it forward.", "… wurde geprüft. Wir machen hier nicht
 * weiter.", "… on käsitelty. Emme jatka."): "it", "hier" or nothing at all stands for the application there.
 * The concept rules look for the candidacy within one sentence; for such a line the candidacy of the sentence
 * before (or the one before that, when the sentence between has no concept word: "Thank you for applying. The
 * manager has looked at it. We won't …") is lent to it, as a part standing on its last word (so the span stays inside the line).
 */
import type { CHit } from './concepts';

/** Longest line (characters) read as referring back: a portal's one-liner, not a paragraph. */
const SHORT_LINE = 60;

/**
 * The line's hits with the candidacy lent from the sentence before, or null when the line is long, names the
 * candidacy or the reader itself, or the sentence before names no candidacy.
 */
export function withCandidacyBefore(
  hits: readonly CHit[],
  before: readonly CHit[] | undefined,
  lineLength: number,
  cand: number,
  you: number,
): CHit[] | null {
  if (lineLength > SHORT_LINE || hits.length === 0 || !before) return null;
  if (hits.some((h) => h.c === cand || h.c === you)) return null;
  if (!before.some((h) => h.c === cand)) return null;
  const last = hits[hits.length - 1] as CHit;
  return [...hits, { ...last, c: cand }];
}
