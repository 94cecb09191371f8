/**
 * A rejection said only by the requirement the reader lacks: "Vi måste ha någon med B-körkort …, och det har du ju
 * inte ännu." / "Für die Stelle brauchen wir zwingend den Staplerschein, den haben Sie leider nicht." / "Kassatyöhön
 * tarvitaan hygieniapassi, eikä sinulla sitä vielä ole." No decision phrase is needed: a need of the job (a
 * `requirement` cue) and the reader's lack of it (`youlack`: "det har du ikke", "den haben Sie nicht", "eikä sinulla
 * … ole") in the same sentence, or the lack in the sentence right after the need, tell the reader no, with its reason.
 *
 * Not a no (the other side): the lack asked as a question or put as a condition ("Har du inte B-körkort? …", "if you
 * don't have one yet, we can train you") — a question mark ends the lack's sentence, or an "if" word stands before
 * the lack in it (`cond`); a draft that invites, offers or is colleague talk is cleared by the verdict's own vetoes.
 * The cue filter (`live`) keeps quotes, the history and boilerplate out.
 * One pass over the (short) cue lists: linear in the draft.
 */
import type { Match, Matches } from './match';

export function impliedByLack(m: Matches, text: string, live: (x: Match) => boolean): boolean {
  const c = m as unknown as Record<string, Match[] | undefined>;
  const lacks = c.youlack ?? [];
  if (m.requirement.length === 0) return false;
  const conds = c.cond ?? [];
  if (reportedLack(m, c, conds, text, live)) return true;
  if (lacks.length === 0) return false;
  for (const x of lacks) {
    if (!live(x)) continue;
    if (!m.requirement.some((r) => live(r) && (r.sent === x.sent || r.sent === x.sent - 1) && r.s < x.s))
      continue;
    if (conds.some((k) => k.sent === x.sent && k.s < x.s)) continue;
    if (askedAt(text, x.e)) continue;
    return true;
  }
  return false;
}

/**
 * task specific5: the reader's own account of what they have, narrowed by "only" or negated, after the need in
 * its sentence or the one before ("The role needs Sage 200 from day one, and you told us you've only used QuickBooks",
 * "du fortalte at du bare har brukt Excel", "berättade du att du aldrig har använt det"): an `evidence` cue followed in
 * its sentence by an `only` or `neg` word. Not asked, not under a condition, not as the cause of what follows
 * ("eftersom du inte har det ännu bokar vi in dig på utbildningen": onboarding).
 */
function reportedLack(
  m: Matches,
  c: Record<string, Match[] | undefined>,
  conds: readonly Match[],
  text: string,
  live: (x: Match) => boolean,
): boolean {
  // "only" narrows what they have; a bare negation ("since you don't have it yet, we'll train you") may be onboarding
  const narrow = [...(c.only ?? []), ...(c.neg ?? [])];
  const regrets = c.regret ?? [];
  if ((narrow.length === 0 && regrets.length === 0) || m.evidence.length === 0) return false;
  const yous = [...(c.you ?? []), ...m.addressee];
  for (const x of m.evidence) {
    if (!live(x)) continue;
    const need = m.requirement.find(
      (r) => live(r) && (r.sent === x.sent || r.sent === x.sent - 1) && r.e <= x.s,
    );
    if (!need) continue;
    // task informal7: or a regretted need and the reader's own record after it, no "only" needed ("Unfortunately we need
    // someone with a CSCS card, and according to your CV yours expired last year", "Tyvärr behöver vi någon med
    // C-körkort …, och enligt ditt CV har du B"): the regret says it is a no; the reader is named in the record's clause
    const regretted =
      regrets.some((g) => (g.sent === x.sent || g.sent === need.sent) && g.s <= need.s + 2 && g.e <= x.s) &&
      yous.some((y) => y.clause === x.clause && y.s < x.e);
    const o = narrow.find((n) => n.sent === x.sent && n.s >= x.s) ?? (regretted ? x : undefined);
    if (!o) continue;
    if (conds.some((k) => k.sent === x.sent && k.s < o.s)) continue;
    // a lack given as the cause of what follows ("since you don't have it yet, we'll book you on the course") is onboarding;
    // task informal7: not a causal word inside the need's own clause before it ("we need someone with a C licence since
    // you'd be driving the lorry, and according to your CV you only have a B": the need's cause, not the lack's)
    if (m.causal.some((k) => k.sent === x.sent && k.s < o.s && (k.clause === x.clause || k.s >= x.s)))
      continue;
    if (askedAt(text, o.e)) continue;
    return true;
  }
  return false;
}

/** Whether the sentence running on from offset `at` ends in a question mark (up to its . ! ? or line end). */
function askedAt(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (ch === '?') return true;
    if (ch === '.' || ch === '!' || ch === '\n') return false;
  }
  return false;
}
