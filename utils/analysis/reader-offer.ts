/**
 * Task offers6: an offer to the reader is good news, whatever softeners stand beside it. Offers open with a
 * rejection's stock lines more often than one would think ("We had many strong applicants and it was not an easy
 * decision, but we are delighted to offer you the role of …", "… – desto mere glæder det os at tilbyde dig
 * stillingen", "…, umso mehr freuen wir uns, Ihnen die Stelle anbieten zu können"): two softeners make a rejection
 * (verdict.ts), and the written `positive` cues know only the lead-ins someone listed ("delighted to offer you").
 *
 * This stage reads the offer by its parts instead: an `offerYou` cue — an offer or hire verb with the reader as its
 * object and a job as its thing ("offer you … the position", "erbjuda dig … en fast anställning", "tilbyde dig
 * jobbet", "Ihnen … die Stelle … anbieten", "tarjota sinulle … tehtävää", "hire you", "anställa dig", "palkata
 * sinut") or the reader given the job ("you've got the job", "du har fått jobbet") — counts as good news (a
 * `positive` match, id `offer-to-reader`) when it is said as a fact:
 *   - no negation and no regret in the clauses it spans ("we can't offer you the job", "leider … nicht anbieten"),
 *     and no regret before it in its sentence unless a "but" stands between ("Unfortunately it took a while, but …");
 *   - no counterfactual shortly before it in its clauses ("we would have loved to offer you the job", "hade gärna velat
 *     erbjuda dig") and no condition before it in its sentence without a "but" between ("should they decline, we will
 *     offer you the role");
 *   - no "but" after it in its sentence ("we'd love to hire you, but the budget was cut");
 *   - not a question;
 *   - and no decision stands in the draft: a rejection that offers something else ("we cannot offer you the manager
 *     role; we'd like to offer you a place as assistant") stays a rejection, as task offered-instead reads it.
 *     Task reported8: a concept guess (`concept-*`) in the offer's sentence or after it is no such decision but the
 *     offer's own wording ("the appointment decision has been made and we offer you the post", "Anställningsbeslut har
 *     fattats och vi erbjuder dig tjänsten"): it is dropped and the offer counts.
 * The offer's verb forms are present or infinitive only (the data): "erbjudit", "tilbudt", "angeboten", "tarjonneet"
 * are how a counterfactual offer is worded.
 * One pass over the few offer cues, each checked against its sentence's lists: linear in the draft.
 */
import { type Match, type Matches, newMatch } from './match';
import { clauseAt, type Segments } from './segment';

/** Whether match x lies in text[a, b). */
function inSpan(x: Match, a: number, b: number): boolean {
  return x.s >= a && x.e <= b;
}

/** Whether the sentence that goes on at offset e ends in a question mark (before . ! or a line break). */
function asked(text: string, e: number): boolean {
  for (let i = e; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (c === 46 || c === 33 || c === 10) return false;
  }
  return false;
}

/** Whether a contrast word lies in the sentence between offsets a and b. */
function contrastBetween(contrast: readonly Match[], sent: number, a: number, b: number): boolean {
  for (const c of contrast) if (c.sent === sent && c.s >= a && c.e <= b) return true;
  return false;
}

/** Most words between a counterfactual and the offer ("would have loved to offer you", "hade gärna velat erbjuda dig"). */
const COUNTER_REACH = 4;

/**
 * Whether c ends at most COUNTER_REACH words before x starts ("we were impressed by you and would like to offer you"
 * keeps its offer: "were" is no counterfactual that far off). Matches without word indexes count as near.
 */
function shortlyBefore(c: Match, x: Match): boolean {
  if (c.we === undefined || x.w === undefined) return true;
  return x.w - c.we - 1 <= COUNTER_REACH;
}

/** Whether an offer cue is said as a fact (see the file comment). */
function saidAsFact(m: Matches, seg: Segments, text: string, x: Match): boolean {
  const from = seg.clFrom[clauseAt(seg, x.s)] as number;
  const to = seg.clTo[clauseAt(seg, x.e - 1)] as number;
  const sentS = seg.sentS[x.sent] as number;
  for (const n of m.neg) if (n.sent === x.sent && inSpan(n, from, to)) return false;
  for (const r of m.regret) {
    if (r.sent !== x.sent) continue;
    if (inSpan(r, from, to)) return false;
    if (r.e <= x.s && !contrastBetween(m.contrast, x.sent, r.e, x.s)) return false;
  }
  for (const c of m.counterfactual)
    if (c.sent === x.sent && c.s >= from && c.e <= x.e && shortlyBefore(c, x)) return false;
  for (const c of m.cond)
    if (c.sent === x.sent && c.s >= sentS && c.e <= x.s && !contrastBetween(m.contrast, x.sent, c.e, x.s))
      return false;
  for (const c of m.contrast) if (c.sent === x.sent && c.s >= x.e) return false;
  return !asked(text, x.e);
}

/** The matches with each offer to the reader said as a fact added as good news (see the file comment). */
export function withReaderOffers(m: Matches, seg: Segments, text: string): Matches {
  if (m.offerYou.length === 0 || m.decision.some((d) => !d.id.startsWith('concept-'))) return m;
  const added: Match[] = [];
  for (const x of m.offerYou) {
    if (!saidAsFact(m, seg, text, x)) continue;
    added.push(newMatch('positive', x.lang, 'offer-to-reader', x.s, x.e, x.sent, x.clause, x.w, x.we));
  }
  if (added.length === 0) return m;
  // task reported8: a concept guess at or after the offer's sentence is the offer's own wording ("Anställningsbeslut
  // har fattats och vi erbjuder dig tjänsten", fi "Muille hakijoille ilmoitetaan, kun olet ottanut paikan vastaan");
  // one before it is a no said first ("The post has gone to another applicant. We'd like to offer you …")
  // and so is one a "but" or a negation marks as a no of its own ("We can't choose you for that post now, but we can
  // offer you …")
  if (m.decision.length > 0) {
    const offer = added[0] as Match;
    const own = (d: Match) =>
      d.sent > offer.sent ||
      (d.sent === offer.sent &&
        !m.neg.some((n) => n.sent === d.sent && n.s >= d.s && n.e <= d.e) &&
        !contrastBetween(m.contrast, d.sent, Math.min(d.e, offer.s), offer.s));
    if (!m.decision.every(own)) return m;
    m.decision = [];
  }
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  m.positive = [...m.positive, ...added].sort((a, b) => a.s - b.s);
  return m;
}
