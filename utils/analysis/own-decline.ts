/**
 * Task offers6: the writer turns the reader's offer down. A candidate's answer to an offer is worded like a rejection
 * ("Thank you for the offer … After careful consideration I have decided not to accept it", "har jag beslutat att inte
 * anta erbjudandet", "habe ich mich entschieden, Ihr Angebot nicht anzunehmen", "olen päättänyt kieltäytyä
 * tarjouksesta") and often leans on a rejection's softeners ("It was not an easy decision", "I wish you every success
 * in finding the right person"); the written `notRejection` cues know only the orders someone listed.
 *
 * This stage reads the answer by its parts: an `offerAnswer` cue — accepting, taking, declining or turning down the
 * offer, the post or the job ("accept the offer", "decline the position", "tacka nej till erbjudandet", "ta imot
 * tilbudet", "das Angebot abzulehnen", "ottaa tarjousta vastaan") — with the writer as its subject: an `iSubject` cue
 * ("I", "jag", "jeg", "ich", fi first-person verbs) in its clause or the clause before in its sentence ("Ich habe mich
 * entschieden, | das Angebot nicht anzunehmen"), before it, and no reader (`you`) before it in its clause ("since you
 * did not accept the position" tells the reader's own answer back). Such an answer is the candidate's withdrawal
 * (a `withdrew` match, id `own-decline`): no rejection, and no generic underline at all (flags.ts genericScope: the
 * writer's good wishes to the employer are no recruiter's closer).
 * The twin stays a rejection: "I have decided not to offer you the position" has no answer to an offer ("offer you" is
 * the writer's own offer), and "I must decline your application" declines no offer.
 * One pass over the few answer cues, each against its sentence's first-person and reader words: linear in the draft.
 */
import { type Match, type Matches, newMatch } from './match';

/** The family of the withdrawal this stage adds (verdict.ts reads it for the generic scope). */
export const OWN_DECLINE = 'own-decline';

function subjectBefore(m: Matches, a: Match): boolean {
  for (const i of m.iSubject)
    if (i.sent === a.sent && i.s < a.s && (i.clause === a.clause || i.clause === a.clause - 1)) return true;
  return false;
}

function readerBefore(m: Matches, a: Match): boolean {
  for (const y of m.you) if (y.clause === a.clause && y.e <= a.s) return true;
  return false;
}

/** The matches with each answer the writer gives to an offer added as the candidate's withdrawal (see the file comment). */
export function withOwnDecline(m: Matches): Matches {
  if (m.offerAnswer.length === 0 || m.iSubject.length === 0) return m;
  const added: Match[] = [];
  for (const a of m.offerAnswer)
    if (subjectBefore(m, a) && !readerBefore(m, a))
      added.push(newMatch('withdrew', a.lang, OWN_DECLINE, a.s, a.e, a.sent, a.clause, a.w, a.we));
  if (added.length === 0) return m;
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.withdrew = [...m.withdrew, ...added].sort((x, y) => x.s - y.s);
  return m;
}
