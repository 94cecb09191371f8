/**
 * Task h11a: the hire's first day in the third person ("she starts Monday", "hon börjar på måndag") is news
 * for colleagues, so it counts as colleague talk (`internal`). Told to the reader right after a decision
 * ("we have offered the job to another candidate, and he starts next week"), it is part of the rejection:
 * the mail thanks the reader for applying, an interview or a trial before the decision, names their
 * application, regrets the decision ("unfortunately") or (task reader11) wishes the reader well after it. A colleague's note ("we took on another plumber,
 * he starts Monday, can you set up his account?") does none of these and keeps its other colleague cues.
 * In the decision's own sentence the start is underlined with it: the decision reaches to its end.
 */
import type { Match, Matches } from './match';

/** Whether start news `h` follows a decision in its own sentence or the one before. */
function afterDecision(h: Match, decisions: readonly Match[]): Match | undefined {
  // in its own sentence the decision starts before it, or holds it ("en annan person som börjar hos oss på måndag")
  return decisions.find((d) => (d.sent === h.sent && d.s <= h.s) || d.sent === h.sent - 1);
}

export function withHireStart(m: Matches): Matches {
  if (m.hireStart.length === 0) return m;
  const news: Match[] = [];
  let decision = m.decision;
  for (const h of m.hireStart) {
    const d = afterDecision(h, decision);
    const toReader =
      d !== undefined &&
      (m.thanks.some((x) => x.sent < d.sent) ||
        m.cand.some((x) => x.s < h.s) ||
        m.regret.some((x) => x.sent === d.sent) ||
        // task reader11: a formal wish for the reader's search after it ("Für Ihre weitere Suche wünschen wir Ihnen viel
        // Erfolg"): no colleague is wished luck with a job search
        m.closer.some((x) => x.sent >= d.sent));
    if (!toReader) news.push({ ...h, cat: 'internal' });
    else if (d.sent === h.sent && d.e < h.e) decision = decision.map((x) => (x === d ? { ...d, e: h.e } : x));
  }
  // the lists replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.decision = decision;
  m.hireStart = [];
  if (news.length > 0) m.internal = [...m.internal, ...news].sort((a, b) => a.s - b.s);
  return m;
}
