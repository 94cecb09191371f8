/**
 * Task gut11: a need to come, said beside an invitation to get in touch again, is no reason.
 *
 * "Wenn Sie mögen, melden Sie sich im Frühjahr gern noch einmal, da suchen wir meistens Saisonkräfte für die
 * Gartensaison", "get back in touch in the spring, as that's when we usually take on people for the season", "Hör
 * gärna av dig igen till våren, då brukar vi söka folk": the requirement cue ("suchen wir … für die", "we take on
 * people for") frames the employer's next round, which the reader is invited to join; nothing in it is measured against
 * the reader, and the causal word that ties it ("da", "as", "då") ties it to the invitation, not to the decision. A
 * requirement cue in a sentence that holds an invitation to get in touch or apply again (`next`, `comeBack`: "melden
 * Sie sich … wieder", "get back in touch", "hör av dig igen", "søg igen", "ota yhteyttä"; not one in a thanks clause: "thanks for dropping by") counts for nothing —
 * unless that sentence also names something checkable or the reader's lack (a qualification, evidence, `youlack`):
 * "melden Sie sich wieder, wenn Sie den Staplerschein haben, den die Stelle voraussetzt" keeps its reason.
 *
 * One pass over the draft's matches per list: linear in the draft.
 */
import type { Match, Matches } from './match';

/** The keys (s * 65536 + e) of the requirement cues that only frame a need to come beside an invitation. */
export function futureNeeds(m: Matches, own: (x: Match) => boolean): number[] {
  const c = m as unknown as Record<string, Match[] | undefined>;
  const back = c.comeBack ?? [];
  if (m.requirement.length === 0 || (m.next.length === 0 && back.length === 0)) return [];
  // the invitation's own sentence; not a thanks for a visit made ("Takk for at du kom innom")
  const thanked = new Set(m.thanks.map((x) => x.clause));
  const invited = new Set<number>();
  for (const x of [...m.next, ...back]) if (own(x) && !thanked.has(x.clause)) invited.add(x.sent);
  if (invited.size === 0) return [];
  const named = new Set<number>();
  for (const list of [m.qualification, m.evidence, m.comparison, c.youlack ?? [], c.checkable ?? []])
    for (const x of list) named.add(x.sent);
  const out: number[] = [];
  for (const x of m.requirement)
    if (invited.has(x.sent) && !named.has(x.sent) && own(x)) out.push(x.s * 65536 + x.e);
  return out;
}
