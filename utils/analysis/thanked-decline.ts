/**
 * Task nonjob7: the writer declines the offer she thanked for, in a bare word. A candidate's answer often names the
 * offer only in its thanks and says no without an object, after a thinking-it-over clause or "unfortunately" ("Tack så
 * mycket för erbjudandet. Jag har funderat mycket under helgen men har tyvärr bestämt mig för att tacka nej.", "Tusind
 * tak for tilbuddet. Jeg har tænkt det grundigt igennem og har desværre besluttet at takke nej", "Thank you for the
 * offer … I have unfortunately decided to decline", "Nach reiflicher Überlegung habe ich mich leider entschieden,
 * abzusagen", "olen valitettavasti päättänyt kieltäytyä"). own-decline.ts reads the answer with its object ("tacka nej
 * till erbjudandet"); a bare "tacka nej" is a recruiter's no too ("Jag har tyvärr bestämt mig för att tacka nej till
 * dig"), so this stage asks for three things:
 *   - a `bareDecline` cue with the writer as its subject (`iSubject` before it in its clause or the clause before, as
 *     own-decline.ts reads it);
 *   - no reader in its clause, before or after it ("tacka nej till dig", "decline your application", "Ihnen abzusagen");
 *   - the offer thanked for before it (`offerNamed` after a `thanks` cue in its sentence: "Tack för erbjudandet",
 *     "Tak for jeres tilbud", "vielen Dank für das Angebot", "Kiitos tarjouksesta").
 * Such a decline is the candidate's withdrawal (a `withdrew` match, id `own-decline`, read as own-decline.ts's). "We
 * have thought it over and decided to decline" (we, no I) and "I've decided to decline your application" (the reader
 * after it) stay rejections. One pass over the few bare declines against their sentence's cues: linear in the draft.
 */
import { type Match, type Matches, newMatch } from './match';
import { OWN_DECLINE } from './own-decline';

function writerSays(m: Matches, a: Match): boolean {
  for (const i of m.iSubject)
    if (i.sent === a.sent && i.s < a.s && (i.clause === a.clause || i.clause === a.clause - 1)) return true;
  return false;
}

function readerInClause(m: Matches, a: Match): boolean {
  for (const y of m.you) if (y.sent === a.sent && y.clause === a.clause) return true;
  return false;
}

function offerThanked(m: Matches, a: Match): boolean {
  for (const o of m.offerNamed) {
    if (o.s >= a.s) continue;
    for (const t of m.thanks) if (t.sent === o.sent && t.s <= o.s) return true;
  }
  return false;
}

/** The matches with each bare decline of an offer the writer thanked for added as her withdrawal (see the file comment). */
export function withThankedDecline(m: Matches): Matches {
  if (m.bareDecline.length === 0 || m.offerNamed.length === 0 || m.iSubject.length === 0) return m;
  const added: Match[] = [];
  for (const a of m.bareDecline)
    if (writerSays(m, a) && !readerInClause(m, a) && offerThanked(m, a))
      added.push(newMatch('withdrew', a.lang, OWN_DECLINE, a.s, a.e, a.sent, a.clause, a.w, a.we));
  if (added.length === 0) return m;
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.withdrew = [...m.withdrew, ...added].sort((x, y) => x.s - y.s);
  return m;
}
