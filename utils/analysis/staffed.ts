/**
 * A decision said only by a staffing fact (family `staffed`): "our summer staff is sorted", "someone else
 * starts on Monday", "vi har redan hittat folk", "die Stellen sind schon vergeben", "paikat on jo täytetty".
 * To an applicant that is the answer; to a colleague ("summer staff is sorted, take the ad down") or a friend
 * ("our crew for the festival is complete") it is news. So besides the job context every context-only family
 * needs, the reader must be a candidate: thanked for applying, the post, the interview or the process, wished
 * luck with the job search (a formal closer), or told about "your application". Not a note to a group.
 * One pass over the thanks and the concept hits: linear in the draft.
 */

import type { CHit } from './concepts';
import { measuredAgainstPost } from './context';
import type { Match, Matches } from './match';
import { readerIsCandidate } from './reader';
import type { Segments } from './segment';

export const STAFFED = 'staffed';
/**
 * Task wish: a preference for another kind of person ("we'd rather have someone younger", "we lean towards a profile
 * with more years in the field", "the scales tipped towards the other applicant") is the decision only when it is
 * about the reader's own recruitment; the same words in a job ad, a colleague note or a brief to an agency are a
 * wish for the hire to come. Like a staffing fact, it needs a candidate as the reader.
 */
export const PREFERRED = 'preferred';
/**
 * Task riskyonly: a soft or indirect no ("we don't think you're the right person for us", "vi ser dig inte i rollen",
 * "I don't think it would work out", "wir gehen da nicht weiter", "emme näe sinua tässä tiimissä") is the decision only
 * to a candidate thanked for the application, the post or the interview, with no promise to come back and no question
 * beside it, as a preference is: the same words end a date, turn down a flat, a club treasurer, a supplier's quote or a
 * colleague's candidate in a note ("I don't see her in the team, what do you think?"), and ask ("do you see yourself in
 * the role?").
 */
export const SOFT_NO = 'soft-no';
const READER_FAMILIES: ReadonlySet<string> = new Set([STAFFED, PREFERRED, SOFT_NO]);

/** Sentences after a preference in which a question stops it deciding ("… — would that work for you?"). */
const QUESTION_AFTER = 2;

/**
 * Whether a preference decides: the reader thanked as a candidate, no promise to come back with news (a receipt's
 * "we'll be in touch within two weeks"), and no question in its sentence or the two after it (it asks about a
 * condition: "we'd prefer someone who can start in June. When could you start?").
 */
function preferenceDecides(
  m: Matches,
  bySent: ReadonlyMap<number, readonly CHit[]>,
  d: Match,
  text: string,
  seg: Segments,
): boolean {
  if (m.promise.length > 0) return false;
  if (d.id === SOFT_NO) {
    // a soft no: the reader thanked as a candidate, or a recruiting word in the draft ("nice to meet you on Friday …
    // we won't take it further"); never beside a topic that is no job (a club's annual meeting, a complaint)
    if (m.topicVeto.length > 0) return false;
    // task informal7: or a need of the post measured against the reader ("we need someone whos done proper roofing, and
    // from what you said you've mostly fitted kitchens, so it won't be you for the job")
    if (
      m.recruiting.length === 0 &&
      !readerIsCandidate(m, bySent, { thankedOnly: true }) &&
      !measuredAgainstPost(m)
    )
      return false;
  } else if (!readerIsCandidate(m, bySent, { thankedOnly: true })) return false;
  const last = Math.min(d.sent + QUESTION_AFTER, seg.sentE.length - 1);
  for (let k = d.sent; k <= last; k++) if (text.charCodeAt(seg.sentE[k] as number) === 63) return false;
  return true;
}

/** The matches less the staffing facts when the reader is no candidate, and the preferences and soft noes that do not decide. */
export function withoutStaffingToOthers(
  m: Matches,
  bySent: ReadonlyMap<number, readonly CHit[]>,
  text: string,
  seg: Segments,
): Matches {
  if (!m.decision.some((d) => READER_FAMILIES.has(d.id))) return m;
  const toCandidate = readerIsCandidate(m, bySent);
  const kept = m.decision.filter(
    (d) =>
      !READER_FAMILIES.has(d.id) ||
      (d.id === STAFFED
        ? toCandidate
        : (toCandidate || d.id === SOFT_NO) && preferenceDecides(m, bySent, d, text, seg)),
  );
  return kept.length === m.decision.length ? m : { ...m, decision: kept };
}
