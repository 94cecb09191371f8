/**
 * A decision said only by a staffing fact (family `staffed`): "our summer staff is sorted", "someone else
 * starts on Monday", "vi har redan hittat folk", "die Stellen sind schon vergeben", "paikat on jo täytetty".
 * To an applicant that is the answer; to a colleague ("summer staff is sorted, take the ad down") or a friend
 * ("our crew for the festival is complete") it is news. So besides the job context every context-only family
 * needs, the reader must be a candidate: thanked for applying, the post, the interview or the process, wished
 * luck with the job search (a formal closer), or told about "your application". Not a note to a group.
 * One pass over the thanks and the concept hits: linear in the draft.
 */

import { CLASS, foldString, LETTER } from './chars';
import type { CHit } from './concepts';
import { measuredAgainstPost } from './context';
import type { Match, Matches } from './match';
import { readerIsCandidate } from './reader';
import { isMonthWord, type Segments } from './segment';

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
/** 'no room for more this summer' (a context-only family: also said of bookings and guests) */
const NO_ROOM = 'no-room';
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

/**
 * Task decide7: a staffing fact for now with work offered later ("we don't need anyone right now but we'll need two in
 * May - can you start on the 2nd?", "vi behöver ingen just nu men i maj behöver vi två till – kan du börja 2 maj?"): a
 * contrast after the fact in its sentence and that sentence or the next a question to the reader. Not a question
 * about keeping the CV on file (boilerplate beside a no: "… but can we keep your details on file?").
 */
function workLater(m: Matches, d: Match, text: string, seg: Segments): boolean {
  const later = m.contrast.find((c) => c.sent === d.sent && c.s >= d.e);
  if (later === undefined) return false;
  const last = Math.min(d.sent + 1, seg.sentE.length - 1);
  for (let k = d.sent; k <= last; k++) {
    if (!asks(text, seg.sentE[k] as number)) continue;
    const asked = (x: Match) => x.sent === k;
    // task edges8: keeping the CV is no boilerplate when the contrast names the month of the hire to come ("vi är
    // fullbemannade nu men ska anställa i mars – får jag spara ditt CV och ringa dig då?"): the CV is kept for it
    return (
      (m.you.some(asked) || m.addressee.some(asked)) &&
      (!m.stock.some(asked) || namesMonth(text, later.e, seg.sentE[d.sent] as number))
    );
  }
  return false;
}

/** Whether text[a, b) (one sentence's rest) holds a month's name as a word of its own ("i mars", "im März"). */
function namesMonth(text: string, a: number, b: number): boolean {
  let s = -1;
  for (let i = a; i <= b; i++) {
    const word = i < b && CLASS[text.charCodeAt(i)] === LETTER;
    if (word && s < 0) s = i;
    else if (!word && s >= 0) {
      if (isMonthWord(foldString(text.slice(s, i)))) return true;
      s = -1;
    }
  }
  return false;
}

/** Whether the sentence ending at `end` is a question (also "… am 2.5.?", where the date's period ended it). */
function asks(text: string, end: number): boolean {
  for (let i = end; i < text.length && i < end + 3; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (c !== 46) return false;
  }
  return false;
}

/** The matches less the staffing facts when the reader is no candidate, and the preferences and soft noes that do not decide. */
export function withoutStaffingToOthers(
  m: Matches,
  bySent: ReadonlyMap<number, readonly CHit[]>,
  text: string,
  seg: Segments,
): Matches {
  if (!m.decision.some((d) => READER_FAMILIES.has(d.id))) return m;
  const toCandidate = readerIsCandidate(m, bySent) || thankedAboutJob(m);
  const kept = m.decision.filter(
    (d) =>
      !READER_FAMILIES.has(d.id) ||
      (d.id === STAFFED
        ? toCandidate && !workLater(m, d, text, seg)
        : (toCandidate || d.id === SOFT_NO) && preferenceDecides(m, bySent, d, text, seg)),
  );
  return kept.length === m.decision.length ? m : { ...m, decision: kept };
}

/**
 * Task decide7: a staffing fact told to someone thanked for a message about a job names that job itself ("thanks for
 * your message about the bar job. We're fully staffed at the moment", "tak for din besked om weekendjobbet … vi har
 * fået folk nok", "danke für deine Nachricht wegen dem Aushilfsjob"): the thanks' sentence holds a recruiting word,
 * the candidacy, the post or a word for the job. A thanks for an invitation or for help names none, and a note to a
 * group is no answer to an applicant. Only the staffing facts the reader check kept (withoutStaffingToOthers) count.
 */
export function staffedToApplicant(m: Matches): boolean {
  return m.decision.some((d) => d.id === STAFFED || d.id === NO_ROOM) && thankedAboutJob(m);
}

/** The reader thanked in a sentence that names the job, the application or the post; never a group. */
function thankedAboutJob(m: Matches): boolean {
  if (m.groupGreeting.length > 0 || m.thanks.length === 0) return false;
  const job = new Set<number>();
  // not a word an off-topic reading covers ("Takk for bestillingen": an order, no post)
  const offtopic = (x: Match) => m.offtopic.some((o) => o.s <= x.s && o.e >= x.e);
  for (const list of [m.recruiting, m.cand, m.position, m.jobContext])
    for (const x of list) if (!offtopic(x)) job.add(x.sent);
  return m.thanks.some((x) => job.has(x.sent));
}
