/**
 * A rejection said only through the person hired. "The person we hired has five years with Sage,
 * whereas you have not used it", "den vi har anställt har truckkort, det saknar du", "valitsemallamme
 * henkilöllä on … kun taas sinulla …" carry no decision sentence, yet to a candidate they are one.
 *
 * It takes two parts:
 * - "the person we hired" (`hired`): a noun phrase with "we" ("den vi har anställt", "die Person,
 *   die wir eingestellt haben", "palkkaamamme henkilö"), "the one who got the job", or "we have hired
 *   a … who/with". "The person *they* hired" (a mail to a friend) is not one;
 * - the addressee on the losing side, in the same sentence: an explicit comparison or lack
 *   (`youlack`: "whereas you", "du saknar", "kun taas sinulla"; `thanyou`: "than you") or the addressee next to a
 *   negation ("which you don't have yet", "sinulla ei ole"); in the next sentence only the explicit
 *   comparison counts ("You don't need to …" after a note about the new hire is an instruction), and
 *   in the one after it too when the next only goes on about the person hired ("You asked what the
 *   person we chose brings. She has … . You don't have that yet, and it decided it.").
 *
 * Not in a question (a colleague's "can you set up her laptop?") and not beside good news (an offer:
 * "you are the person we chose" names no lack). Internal mail and withdrawals are left to the verdict.
 * One pass over the concept hits of each sentence and its successor: linear in the draft.
 */

import type { CHit } from './concepts';
import { CONCEPT_INDEX } from './langdata';
import { type Match, type Matches, newMatch } from './match';
import { readerIsCandidate } from './reader';
import type { Segments } from './segment';
import type { Tokens } from './tokenise';

const IDX = CONCEPT_INDEX;
const HIRED = IDX.hired;
const YOULACK = IDX.youlack;
const THANYOU = IDX.thanyou;
const YOU = IDX.you;
const NEG = IDX.neg;
const GOOD = IDX.good;
const NEGVETO = IDX.negveto;
const HARD = IDX.hard;

/** The fields of a concept hit this stage reads. */
export type Hit = Pick<CHit, 'c' | 'w' | 'we' | 's' | 'e' | 'clause'>;

/**
 * task chosen2: a word inside "the person we hired" itself ("the candidate we offered the role to",
 * "die Kandidatin, der wir die Stelle angeboten haben", "hakija, jolle tarjosimme paikan") is that phrase's
 * own wording: its "offered" is no good news to the reader.
 */
const inside = (h: Hit, hired: Hit): boolean => h.s >= hired.s && h.e <= hired.e;

/** How far (words) the addressee's side may lie from "the person we hired" in one sentence. */
const REACH = 20;
/** How close (words) a negation must stand to the addressee ("du har ännu inte", "which you haven't"). */
const NEG_NEAR = 3;

/** A "need / have to" word on the hit's words or right after them ("you don't need to", "you don't have to"). */
const vetoedNear = (hits: readonly Hit[], h: Hit): boolean =>
  hits.some((v) => v.c === NEGVETO && v.w >= h.w && v.w <= h.we + 2);

/** The addressee's side of the comparison in one sentence's hits: a `youlack` hit, or "you" + a negation. */
function losingSide(hits: readonly Hit[], explicitOnly: boolean): Hit | null {
  for (const h of hits) if ((h.c === YOULACK || h.c === THANYOU) && !vetoedNear(hits, h)) return h;
  if (explicitOnly) return null;
  for (const y of hits) {
    if (y.c !== YOU) continue;
    for (const n of hits) {
      if (n.c !== NEG || n.clause !== y.clause) continue;
      const gap = n.w > y.we ? n.w - y.we : y.w > n.we ? y.w - n.we : 0;
      // "you don't need to interview again" is no lack
      if (gap <= NEG_NEAR && !vetoedNear(hits, n)) return y;
    }
  }
  return null;
}

/**
 * For a sentence with "the person we hired" (and no decision of its own): the hired hit and the
 * addressee's side that make it a rejection, or null. `next`: the following sentence's hits.
 */
export function hiredComparison(
  hits: readonly Hit[],
  next: readonly Hit[] | undefined,
  nextIsQuestion: boolean,
  after2?: readonly Hit[],
  after2IsQuestion = false,
): [Hit, Hit] | null {
  let hired: Hit | null = null;
  for (const h of hits) if (h.c === HIRED && !hired) hired = h;
  if (!hired) return null;
  for (const h of hits) if (h.c === GOOD && !inside(h, hired)) return null;
  const same = losingSide(hits, false);
  if (same && Math.abs(same.w - hired.w) <= REACH) return [hired, same];
  if (!next || nextIsQuestion) return null;
  const after = losingSide(next, true) ?? nextButOne(next, after2, after2IsQuestion);
  // good news in the clause of the comparison is an offer's ("you have more … than anyone"); a
  // "welcome to apply again" after a "but" is a rejection's closer
  if (!after) return null;
  const where = after2?.includes(after) ? after2 : next;
  if (where.some((h) => h.c === GOOD && h.clause === after.clause)) return null;
  return [hired, after];
}

/**
 * The addressee's explicit lack two sentences on, when the sentence between only describes the person
 * hired: no good news, no question in either, and nothing of the addressee's lack yet.
 */
function nextButOne(
  next: readonly Hit[],
  after2: readonly Hit[] | undefined,
  after2IsQuestion: boolean,
): Hit | null {
  if (!after2 || after2IsQuestion || next.some((h) => h.c === GOOD)) return null;
  return losingSide(after2, true);
}

/**
 * The person hired, compared only by what they hold, as the whole decision: "Thank you for applying
 * … The person we chose holds the CSWIP certificate and can start at once", "Den vi valde har
 * svetscertifikat". No sentence says "you" lack it, yet to the applicant it is the answer and its
 * reason. It takes, in a draft with no other decision:
 * - "the person we hired" (`hired`) and, after it in the same sentence, a named qualification or
 *   comparison (`quals`: the cue matches' starts by sentence, from the match stage);
 * - a thanks to the reader (for applying, for the interview): the mail goes to a candidate. A staff note
 *   ("Hi all, the person we chose holds …, make her welcome") thanks no one;
 * - no good news, negation or question in that sentence ("the person we chose doesn't have …?").
 * Returns the hired hit, or null. Colleague talk and withdrawals are left to the verdict.
 */
export function hiredHolds<H extends Hit>(
  hits: readonly H[],
  qualStarts: readonly number[] | undefined,
  thanked: boolean,
  question: boolean,
): H | null {
  if (!thanked || question || !qualStarts || qualStarts.length === 0) return null;
  let hired: H | null = null;
  for (const h of hits) if (h.c === HIRED && !hired) hired = h;
  if (!hired) return null;
  for (const h of hits) if ((h.c === GOOD || h.c === NEG) && !inside(h, hired)) return null;
  const after = hired.e;
  return qualStarts.some((s) => s >= after) ? hired : null;
}

/** Whether the sentence ending at `end` ends in a question mark. */
export function endsInQuestion(text: string, end: number): boolean {
  for (let i = end; i < text.length && i < end + 3; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 63) return true;
    if (ch === 46 || ch === 33 || ch === 10) return false;
  }
  return false;
}

/** How long (characters) a sentence saying only that it was a close call may be ("This was a tough one."). */
const CLOSE_CALL_MAX = 60;

/** A short sentence before `sent` that says the choice was hard or close (concept `hard`), with no good news in it. */
function closeCallBefore(bySent: ReadonlyMap<number, CHit[]>, seg: Segments, sent: number): boolean {
  for (let s = Math.max(0, sent - 2); s < sent; s++) {
    const hits = bySent.get(s);
    if (!hits?.some((h) => h.c === HARD) || hits.some((h) => h.c === GOOD)) continue;
    if ((seg.sentE[s] as number) - (seg.sentS[s] as number) <= CLOSE_CALL_MAX) return true;
  }
  return false;
}

/**
 * The person hired, by what they hold, as the only decision (`hiredHolds`), for the concept stage:
 * a `concept-hired-over-you` match on "the person we hired", or none. The reader must be a candidate:
 * thanked for applying, the post or the interview (a recruiting word or a candidacy, post or process
 * concept in the thanks' sentence), wished luck with the job search (a formal closer), or told about
 * "your application". A sign-off "Thanks, Ole" under a note to a colleague about the new hire is none,
 * nor is a staff note to a group ("Hi all, the person we chose …").
 */
export function hiredAsDecision(
  m: Matches,
  t: Tokens,
  seg: Segments,
  bySent: ReadonlyMap<number, CHit[]>,
): Match[] {
  if (m.hired.length === 0) return [];
  // task specific5: the reader thanked for meeting ("Thank you for meeting the panel") or told first that it was a close
  // call ("It was close.", "Det var et tæt valg.") before the person hired is named: the one not chosen reads it
  const reader =
    readerIsCandidate(m, bySent, { met: true }) ||
    (m.groupGreeting.length === 0 && m.hired.some((x) => closeCallBefore(bySent, seg, x.sent)));
  if (!reader) {
    // task reasons5: thanked for the work sample, the reader is a candidate whatever the recruiting words
    const s = hiredAfterShortfall(m, t, seg, bySent);
    return s ? [s] : [];
  }
  const quals = new Map<number, number[]>();
  // task chosen2: a checkable thing held (years, a licence, shifts: concept `checkable`) names it too ("… har åtte år med
  // tunnelprosjekter")
  const held = (m as unknown as Record<string, Match[] | undefined>).checkable ?? [];
  for (const x of [...m.qualification, ...m.comparison, ...held]) {
    const l = quals.get(x.sent);
    if (l) l.push(x.s);
    else quals.set(x.sent, [x.s]);
  }
  for (const x of m.hired) {
    const hits = bySent.get(x.sent);
    if (!hits) continue;
    const h = hiredHolds(hits, quals.get(x.sent), true, endsInQuestion(t.text, seg.sentE[x.sent] as number));
    if (h) return [newMatch('decision', h.lang, 'concept-hired-over-you', h.s, h.e, x.sent, h.clause)];
  }
  const s = hiredAfterShortfall(m, t, seg, bySent);
  return s ? [s] : [];
}

/** How many sentences before "the person we hired" the reader's work sample may be named. */
const SAMPLE_BEFORE = 3;

/**
 * Task reasons5: the person hired after the reader's work sample was judged short: "Thanks for the coding exercise.
 * … the tests didn't cover the refund path … The developer we hired spotted both", "Kandidaten vi anställde hittade
 * båda", "Palkkaamamme henkilö löysi molemmat". No sentence decides, yet the reader is told that someone else was taken
 * and what their own sample lacked. It takes a work sample named (`workSample`) in a thanks or before the person hired
 * (at most three sentences before), a negation or a shortfall (`neg`, `shortfall`) in a sentence from the sample's on
 * and before the person hired, and the person hired in a sentence with no negation, good news or question of its own.
 * Returns the decision on "the person we hired", or null.
 */
function hiredAfterShortfall(
  m: Matches,
  t: Tokens,
  seg: Segments,
  bySent: ReadonlyMap<number, CHit[]>,
): Match | null {
  if (m.workSample.length === 0) return null;
  for (const x of m.hired) {
    const hits = bySent.get(x.sent);
    if (!hits || endsInQuestion(t.text, seg.sentE[x.sent] as number)) continue;
    const hired = hits.find((h) => h.c === HIRED);
    if (!hired || hits.some((h) => (h.c === GOOD || h.c === NEG) && !inside(h, hired))) continue;
    const sample = m.workSample.find((w) => w.sent < x.sent && w.sent >= x.sent - SAMPLE_BEFORE);
    if (!sample) continue;
    const thanked = m.thanks.some((y) => y.sent === sample.sent);
    if (!thanked) continue;
    let short = false;
    for (let k = sample.sent; k < x.sent && !short; k++)
      short =
        (bySent.get(k) ?? []).some((h) => h.c === NEG && h.s > sample.e) ||
        m.shortfall.some((f) => f.sent === k && f.s > sample.e);
    if (short)
      return newMatch(
        'decision',
        hired.lang,
        'concept-hired-over-you',
        hired.s,
        hired.e,
        x.sent,
        hired.clause,
      );
  }
  return null;
}
