/**
 * Task offerobj: "we cannot offer you <something that is not a job>". A negated offer ("we are unable to offer you
 * the tenancy", "vi kan inte erbjuda dig lägenheten", "wir können Ihnen keinen Tisch anbieten") or a thing gone "to
 * another applicant" is worded like a rejection; said of a flat, a table, tickets, a loan or a place at a nursery, a
 * course or a camp it decides nothing about a job. Flats, schools and clubs have applicants and applications too, so
 * what decides is the thing offered, not whether the draft has a recruiting word (a draft-wide "no recruiting word,
 * no rejection" rule was measured and dropped: it lost 248 generic rejections of the dev corpora to clear 16 of 52
 * look-alikes here). Three rules, over the decisions the pattern and concept stages kept:
 *   - a decision whose sentence names a thing that is never a job (`nonJobThing`: "the flat", "a table for 14",
 *     "tickets", "a mortgage", "full membership", "a parking space"), with no contrast word between them and no job
 *     word in the sentence, is dropped;
 *   - in a draft that names an admission (`admission`: a nursery, a school, a course, a camp, a study programme, a
 *     doctor's list) and no job word, a decision whose sentence names a place (`placeWord`: "a place", "plats",
 *     "Platz", "paikkaa") or an admission is dropped ("we can't offer you a place this term");
 *   - once a decision is dropped so and the draft names no job word, the draft is about that thing: its other
 *     decisions go too ("… we can't offer you the studio. The landlord has gone with another applicant.");
 *   - (task cancel6) in a draft with no sign of a job, a decision after a sentence that names such a thing is about it
 *     ("Thanks for your interest in the flat. We've decided to go with another applicant."): the competitor the
 *     decision names ("another applicant", "en annan sökande", "einen anderen Bewerber") is no sign of a job, as a flat
 *     has applicants too.
 * A job word is a `position` hit ("the post", "tjänsten", "die Stelle", "tehtävään") that is not itself a place or such
 * a thing: the position class holds "plats", "Platz", "paikka" and "~paikka" ("venepaikka" is a berth). A
 * traineeship, an apprenticeship, a student job or a place in the kitchen team is a job: no list here names them, so
 * "we cannot offer you a place on the programme" after "thank you for applying for our graduate programme" stays a
 * rejection, and so does "we cannot offer you a place" after "thank you for applying for the chef position".
 * One pass over each list: linear in the draft.
 */
import type { Match, Matches } from './match';

function overlapsAny(x: Match, list: readonly Match[]): boolean {
  for (const y of list) if (x.s < y.e && x.e > y.s) return true;
  return false;
}

/**
 * Whether a contrast word ("but", "men", "aber", "mutta") stands between the thing and the decision in their
 * sentence, outside the thing's own clause ("you handled the tables well, but we've gone with someone else"; sv "fast"
 * is also "permanent": "någon fast båtplats").
 */
function contrastBetween(thing: Match, d: Match, contrast: readonly Match[]): boolean {
  const from = Math.min(thing.e, d.e);
  const to = Math.max(thing.s, d.s);
  for (const c of contrast)
    if (c.sent === thing.sent && c.clause !== thing.clause && c.s >= from && c.e <= to) return true;
  return false;
}

/** Only words and one colon between a thing and a decision, on one line. */
const COLON_LEAD = /^[^.!?:\n]{0,60}:[ \t]*$/;

/** The decisions of a draft, without those about a thing or an admission that is no job (see the file comment). */
export function withoutNonJobOffers(m: Matches, text?: string): Matches {
  if (m.decision.length === 0 || (m.nonJobThing.length === 0 && m.admission.length === 0)) return m;
  const jobSents = new Set<number>();
  for (const p of m.position)
    if (!overlapsAny(p, m.placeWord) && !overlapsAny(p, m.nonJobThing) && !overlapsAny(p, m.admission))
      jobSents.add(p.sent);
  // sentences whose recruiting words are the admission's own: "an application for a place", "more applicants than
  // places" (a place named there)
  const own = new Set<number>();
  for (const x of m.placeWord) own.add(x.sent);
  // task lookalike5: and "thank you for your application for a parking space" (a thing named there)
  for (const x of m.nonJobThing) own.add(x.sent);
  const elsewhere = (x: Match) => !own.has(x.sent);
  // no sign of a job anywhere: no job word, no worker ("a camp leader", "an electrician"), no recruiting word
  // ("applying to be", "your CV") outside those sentences, no colleague talk
  const noJob =
    jobSents.size === 0 &&
    !m.worker.some(elsewhere) &&
    !m.recruiting.some(elsewhere) &&
    m.internal.length === 0;
  // an admission counts only then; and then a bare place is a place there; task lookalike5: so it is in a draft about a
  // thing that is no job ("thank you for applying for a space in the car park … we cannot allocate you a place")
  const places =
    noJob && (m.admission.length > 0 || m.nonJobThing.length > 0) ? [...m.admission, ...m.placeWord] : [];
  // task context3: a thing named as a lead-in before a colon on the same line ("About the flat: it's a no from me")
  // is what the decision after it is about (the colon ends a sentence for the matcher)
  const leadIn = (x: Match, d: Match) =>
    text !== undefined && x.sent === d.sent - 1 && x.e <= d.s && COLON_LEAD.test(text.slice(x.e, d.s));
  const about = (d: Match, list: readonly Match[]) =>
    list.some((x) => (x.sent === d.sent && !contrastBetween(x, d, m.contrast)) || leadIn(x, d));
  // task context3: the places of an admission in the decision's own clause ("all places at the summer camp are
  // filled"), with no worker in that sentence ("the camp leader places"), are that admission's even when the draft
  // names a worker elsewhere (the coaches who sign a note to the parents)
  const ownPlaces = (d: Match) =>
    m.admission.some((x) => x.sent === d.sent && x.clause === d.clause) &&
    m.placeWord.some((x) => x.sent === d.sent && x.clause === d.clause) &&
    !m.worker.some((x) => x.sent === d.sent);
  // task cancel6: with no sign of a job anywhere, a thing named before the decision is what the mail is about ("Thanks
  // for your interest in the flat. We've decided to go with another applicant."); the competitor a decision names, and
  // its own words, are no such sign ("another applicant", "en annan sökande", "valgt en anden ansøger", "toisen
  // hakijan"): a flat has applicants as a job does. Stricter than `noJob`: a recruiting word or a worker in the
  // thing's own sentence counts too ("thanks for your test answers and the good interview")
  const competitor = (x: Match) => overlapsAny(x, m.others) || overlapsAny(x, m.decision);
  // task informal7: a thanks for coming that holds the thing or runs straight into it ("Tack för att du kom på
  // visningen", "danke, dass Sie zur Besichtigung der Wohnung gekommen sind") thanks for the viewing, no job sign
  const thanksForThing = (x: Match) => thingsOwn(m, x);
  // asked once, and only for a decision after such a thing: the cheap tests first
  let topical: boolean | undefined;
  const isTopical = () =>
    (topical ??=
      jobSents.size === 0 &&
      m.internal.length === 0 &&
      m.admission.length === 0 &&
      m.recruiting.every((x) => competitor(x) || thanksForThing(x)) &&
      m.worker.every(competitor));
  // (a thing that is also a job word, da "opgavebesvarelse", names no topic of its own)
  const topic = (d: Match) =>
    m.nonJobThing.some((x) => x.sent < d.sent && !overlapsAny(x, m.position)) && isTopical();
  const kept: Match[] = [];
  for (const d of m.decision)
    if (jobSents.has(d.sent) || !(about(d, m.nonJobThing) || about(d, places) || ownPlaces(d) || topic(d)))
      kept.push(d);
  if (kept.length === m.decision.length) return m;
  // with no sign of a job, a draft that turns down a thing or an admission is about it: its other decisions too
  // ("… we cannot offer you a place at the practice. You can choose another doctor on the portal.")
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.decision = noJob ? [] : kept;
  return m;
}

/** Characters of spaces at most between a recruiting word and the thing it thanks for ("kom på visningen"). */
const THING_GAP = 2;

/**
 * Task informal7: whether recruiting match x is the thanks for a thing that is no job: it holds a `nonJobThing`, or one
 * starts right after it in its clause ("kiitos kun kävit lauantaina asunnon näytössä", "Tak fordi du kom til
 * fremvisningen").
 */
function thingsOwn(m: Matches, x: Match): boolean {
  return m.nonJobThing.some(
    (t) =>
      t.sent === x.sent &&
      ((t.s >= x.s && t.e <= x.e) || (t.clause === x.clause && t.s >= x.e && t.s - x.e <= THING_GAP)),
  );
}

/**
 * Task informal7: a draft about a thing that is no job, with no sign of a job anywhere in the writer's own text (`own`):
 * it keeps no decision (those about the thing are dropped above), names such a thing (`nonJobThing`: a flat, its
 * viewing, moving in; not one that is a job word too) and no job word, no worker other than a
 * competitor ("another couple", "en annan sökande"), no recruiting word other than a competitor's or the thanks for the
 * thing, no admission and no colleague talk. A landlord's "Thanks for viewing the flat on Saturday. We had a lot of
 * interest. In the end we've gone with another couple who can move in sooner. Sorry it's not better news and good luck
 * with the search." rejects no candidate: its softeners and its closer are no recruiter's boilerplate (verdict.ts
 * notForWork, flags.ts genericScope). One pass over each list: linear in the draft.
 */
export function aboutNonJobThing(m: Matches, own: (x: Match) => boolean): boolean {
  // a decision kept (withoutNonJobOffers dropped those about the thing) is about a job; a thing that is also a job word
  // (da "opgavebesvarelse") names no topic
  if (m.decision.some(own) || m.admission.length > 0 || m.internal.some(own)) return false;
  if (!m.nonJobThing.some((x) => own(x) && !overlapsAny(x, m.position))) return false;
  const competitor = (x: Match) => overlapsAny(x, m.others) || overlapsAny(x, m.decision);
  for (const p of m.position)
    if (
      own(p) &&
      !overlapsAny(p, m.placeWord) &&
      !overlapsAny(p, m.nonJobThing) &&
      !overlapsAny(p, m.admission)
    )
      return false;
  if (m.worker.some((x) => own(x) && !competitor(x))) return false;
  return m.recruiting.every((x) => !own(x) || competitor(x) || thingsOwn(m, x));
}
