/**
 * Task gut11: a gut-feeling line conceded before a "but" that names what decided.
 *
 * A gut-feeling remark masks its sentence (verdict.ts): a requirement said beside it is only a backdrop ("the chemistry
 * wasn't there, and in a small kitchen like ours that is decisive for me"). A writer who concedes the gut line and then,
 * after a contrast word, names something checkable ("Kemin mellan oss var kanske inte på topp, men det som avgjorde var
 * att du inte har något livsmedelshygienintyg", "Kjemien var kanskje ikke helt der, men stillingen krever førerkort
 * klasse C") assesses the reader apart from the feeling: the sentence is not masked, the remark's own clauses stay
 * masked (verdict.ts hotClause) and keep their underline.
 *
 * A sentence qualifies when a contrast word (`contrast`: but, men, aber, mutta …) stands after a `vague` hit of the
 * sentence and a named qualification, a checkable thing or the reader's lack (`youlack`) stands after that contrast, in
 * a clause the remark does not hold (`apart`). An importance claim ("that is decisive for me") names nothing and so
 * leaves the sentence masked.
 *
 * One pass over the draft's matches per list: linear in the draft.
 */
import type { Hot } from './flags';
import type { Match, Matches } from './match';

export function gutThenBut(m: Matches, hot: Hot, apart: (x: Match) => boolean): number[] {
  if (m.vague.length === 0 || m.contrast.length === 0) return [];
  const c = m as unknown as Record<string, Match[] | undefined>;
  // per sentence, the first contrast word after a gut-feeling hit
  const firstVague = new Map<number, number>();
  for (const v of m.vague) {
    if (hot.bySent.get(v.sent)?.kind !== 'vague') continue;
    const at = firstVague.get(v.sent);
    if (at === undefined || v.e < at) firstVague.set(v.sent, v.e);
  }
  const butAt = new Map<number, number>();
  for (const x of m.contrast) {
    const v = firstVague.get(x.sent);
    if (v === undefined || x.s < v) continue;
    const at = butAt.get(x.sent);
    if (at === undefined || x.e < at) butAt.set(x.sent, x.e);
  }
  if (butAt.size === 0) return [];
  const out = new Set<number>();
  for (const list of [m.qualification, c.checkable ?? [], c.youlack ?? []])
    for (const q of list) {
      const at = butAt.get(q.sent);
      if (at !== undefined && q.s >= at && apart(q)) out.add(q.sent);
    }
  return [...out];
}
