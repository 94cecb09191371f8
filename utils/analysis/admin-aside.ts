/**
 * Task reason9: the practical asides of a formal rejection are no reason. A hospital's letter says no, thanks the reader
 * for the care taken over the presentation, explains how to claim travel expenses ("claim form", "28 pence per mile",
 * "use of your own car") and offers feedback ("If you would like feedback, the lead interviewer …"); the analyzer read
 * "own car" as a qualification, the mail address "nhs.net" as the skill ".NET" and "you would" as an observation, and
 * judged the letter specific. Three constructions, in any wording:
 *   - a sentence with an expense word (concept `expense`: reimburse, mileage, fares, receipts, Reisekosten, matkakulut …)
 *     and no decision is administration;
 *   - a sentence whose condition ("if", "om", "hvis", "falls", "jos": concept `cond`) comes before a word for feedback
 *     (`feedback`) within FEEDBACK_NEAR words, with no decision, offers feedback: nothing in it is a reason;
 *   - a cue that starts glued to the word before it by a dot ("nhs.net", "firma.de") is part of an address.
 * The sentences are masked for reasons (verdict.ts); their flags are untouched.
 */
import { listOf, type Match, type Matches } from './match';

const list = listOf;

/** Most words from a condition to the feedback it offers ("if you would like some feedback"). */
const FEEDBACK_NEAR = 6;

/** Sentences of practical asides: expenses, an offer of feedback. */
export function adminSents(m: Matches): Set<number> {
  const out = new Set<number>();
  const decided = new Set(m.decision.map((d) => d.sent));
  for (const x of list(m, 'expense')) if (!decided.has(x.sent)) out.add(x.sent);
  const conds = list(m, 'cond');
  if (conds.length > 0)
    for (const f of list(m, 'feedback')) {
      if (decided.has(f.sent)) continue;
      const fw = f.w ?? -1;
      if (
        conds.some((c) => c.sent === f.sent && (c.w ?? -1) <= fw && fw - (c.we ?? c.w ?? -1) <= FEEDBACK_NEAR)
      )
        out.add(f.sent);
    }
  return out;
}

/** Whether a cue starts inside an address: a dot right before it glued to a letter or digit ("nhs.net"). */
export function inAddress(text: string, x: Match): boolean {
  if (text.charCodeAt(x.s) !== 46 || x.s === 0) return false;
  const c = text.charCodeAt(x.s - 1);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
