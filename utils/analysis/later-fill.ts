/**
 * Task nobody11: a post filled, a decision made or a choice made inside a clause set LATER is news promised, not a
 * decision. A receipt tells every applicant what happens next — "We contact all applicants when the post has been
 * filled", "Når stillingen er besat, giver vi alle ansøgere besked", "Kaikille hakijoille ilmoitetaan valinnasta, kun
 * tehtävä on täytetty", "Sobald die Entscheidung gefallen ist, …" — and the decision stages read the filled post in the
 * subordinate clause as the decision it would be on its own ("the post has been filled"). pending-news.ts (task
 * lookalike5) knew a few such promises word by word; this stage reads the construction: a temporal or conditional
 * conjunction (`laterWhen`: when, once, as soon as, när, så snart, når, straks, sobald, wenn, kun, kunhan) and a
 * decision in its clause after it. The decision is dropped when
 *   - the conjunction stands in the decision's clause before its first word, at most REACH words before it, with no
 *     thanks right before it ("kiitos kun kävit": "kun" is "that") and no "but" between them; a conjunction inside a
 *     decision's own words is that decision's ("Hae uudelleen, kun olet …", task h11b's apply-again-when), unless the
 *     decision's choice or filling word stands after it and none before ("Vi ringer de andra sökande när tjänsten har
 *     tillsatts": the others are rung, the post is filled later);
 *   - nothing makes that clause a past or a fact (`pastMark` from the sentence's start to the decision's end: "was",
 *     "had", "already", "now that", "tillsattes", "wurde", "oli", a past "we informed"): "We contacted everyone when the
 *     post had been filled" and "Nu när tjänsten är tillsatt …" stay decisions;
 *   - no reader, candidacy, other person or negation stands in the later clause (`you`, `cand`, `others`, `neg`):
 *     "when we reviewed your application we decided not to proceed" and "När vi gått igenom ansökningarna valde vi en
 *     annan" put a decision about the reader in the main clause; only the bare event (the post filled, a decision or
 *     choice made, the recruitment closed) is the later clause's own.
 * A decision elsewhere in the sentence or draft stays ("Unfortunately you do not hold the licence, so we will not take
 * your application further. We will let the others know when the post has been filled." stays a specific rejection).
 * One pass over the decisions, each checking the few cues of its sentence: linear in the draft.
 */
import type { Match, Matches } from './match';
import type { Tokens } from './tokenise';

/** How many words may stand between the conjunction and the decision's first word ("when the Chef de Partie post has"). */
const REACH = 6;

/** The index of the word that starts at or after offset s (binary search over the word starts). */
function wordAt(t: Tokens, s: number): number {
  let lo = 0;
  let hi = t.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((t.start[mid] as number) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a selection, filling or decision word stands within [s, e). */
const choiceIn = (m: Matches, s: number, e: number) => {
  const within = (h: Match) => h.s >= s && h.e <= e;
  return m.select.some(within) || m.filled.some(within) || m.decide.some(within);
};

/** Whether decision d lies in a clause set later (see the file comment). */
function later(d: Match, m: Matches, t: Tokens): boolean {
  const dw = wordAt(t, d.s);
  let when: Match | null = null;
  for (const x of m.laterWhen) {
    if (x.sent !== d.sent) continue;
    // inside a concept decision whose choice or filling lies after it and not before ("Vi ringer de andra sökande när
    // tjänsten har tillsatts": the others are the ones rung, the filling is later); not a written pattern's own "kun"
    // ("Hae uudelleen, kun olet …", task h11b's apply-again-when, has no choice after it)
    if (x.s > d.s && x.e <= d.e) {
      if (choiceIn(m, x.e, d.e) && !choiceIn(m, d.s, x.s)) {
        when = x;
        break;
      }
      continue;
    }
    if (x.e > d.s || x.clause !== d.clause) continue;
    const xw = wordAt(t, x.e);
    if (dw - xw > REACH) continue;
    // a thanks right before it ("kiitos kun kävit", "thanks for coming when …"): "kun" is "that", no time; a "but" between
    // them ("…, mut paikka meni …") starts another clause of thought
    if (m.thanks.some((h) => h.sent === x.sent && h.e <= x.s && wordAt(t, x.s) - wordAt(t, h.e) <= 1))
      continue;
    if (m.contrast.some((c) => c.sent === x.sent && c.s >= x.e && c.e <= d.s)) continue;
    when = x;
    break;
  }
  if (!when) return false;
  // the bare event only: no reader, candidacy, other person or negation in the later clause ("Kun valinta on tehty,
  // ilmoitamme muille hakijoille": the others are told, in the main clause)
  const w = when;
  const part = (x: Match) => x.sent === d.sent && x.clause === w.clause && x.s < d.e && x.e > w.e;
  if (m.you.some(part) || m.cand.some(part) || m.others.some(part) || m.neg.some(part)) return false;
  // a past or a fact: in the sentence up to the decision's end
  return !m.pastMark.some((x) => x.sent === d.sent && x.s < d.e);
}

/** Stock phrases that state an event a later clause may hold ("Når vi har afsluttet rekrutteringen, …"). */
const EVENT_STOCK: ReadonlySet<string> = new Set(['process-closed']);

/**
 * The decisions of a draft, without those inside a clause set later (see the file comment); a stock "the recruitment is
 * closed" in such a clause goes too (it would underline the promise).
 */
export function withoutLaterFills(m: Matches, t: Tokens): Matches {
  if (m.laterWhen.length === 0) return m;
  if (m.decision.length > 0) {
    const kept = m.decision.filter((d) => !later(d, m, t));
    // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
    if (kept.length < m.decision.length) m.decision = kept;
  }
  if (m.stock.length > 0) {
    const kept = m.stock.filter((d) => !(EVENT_STOCK.has(d.id) && later(d, m, t)));
    if (kept.length < m.stock.length) m.stock = kept;
  }
  return m;
}
