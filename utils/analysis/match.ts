/**
 * Stage 4: match. Runs the built-in program (compile.ts) over the draft's words for the active
 * languages and sorts the matches by category, each with its sentence and clause.
 */
import type { Language } from '@/utils/schema';
import { type BuiltinProgram, CATS, type Cat, LANGS } from './compile';
import type { WordId } from './program';
import type { Segments } from './segment';
import type { Tokens } from './tokenise';

export interface Match {
  cat: Cat;
  lang: Language;
  /** Family (rule name), e.g. `other-candidates`. */
  id: string;
  /** UTF-16 offsets into the text. */
  s: number;
  e: number;
  sent: number;
  clause: number;
}

export type Matches = Record<Cat, Match[]>;

export function emptyMatches(): Matches {
  const out = {} as Matches;
  for (const c of CATS) out[c] = [];
  return out;
}

export function languageMask(langs: Iterable<Language>): number {
  let m = 0;
  for (const l of langs) {
    const i = LANGS.indexOf(l);
    if (i >= 0) m |= 1 << i;
  }
  return m;
}

export function matchBuiltin(
  bp: BuiltinProgram,
  t: Tokens,
  ids: ArrayLike<WordId>,
  seg: Segments,
  active: Iterable<Language>,
): Matches {
  const out = emptyMatches();
  for (const h of bp.program.run(t, ids, languageMask(active))) {
    const fam = bp.families[h.accept.id];
    if (!fam) continue;
    out[fam.cat].push({
      cat: fam.cat,
      lang: fam.lang,
      id: fam.id,
      s: h.start,
      e: h.end,
      sent: seg.wordSent[h.startWord] as number,
      clause: seg.wordClause[h.startWord] as number,
    });
  }
  // mostly in order already (the program selects per slot, left to right): sort only what is not
  for (const c of CATS) if (!ascending(out[c])) out[c].sort((x, y) => x.s - y.s);
  return out;
}

function ascending(ms: Match[]): boolean {
  for (let i = 1; i < ms.length; i++) if ((ms[i] as Match).s < (ms[i - 1] as Match).s) return false;
  return true;
}
