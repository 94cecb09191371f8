/**
 * Task named: a rejection said only as the choice of another person by name or pronoun. "We've now decided to go
 * ahead with Daniel", "Vi har valt Emma", "Wir haben uns für Herrn Schuster entschieden", "Valitsimme lopulta Villen",
 * "…so we have decided to offer her the position": no "other candidate" words, yet to the reader the answer is no.
 *
 * It takes, in a draft with no other decision:
 * - a completed choice (`pickNamed`: "we've gone with", "vi har valt", "uns für", "valitsimme") with a name in or right
 *   after its words (a capitalised word past its first, after any title: "Herrn", "Ms", "rouva"), or a completed choice
 *   of a third person by pronoun (`pickPron`: "offer her the position", "ihr das Angebot gemacht", "valita hänet");
 * - the name not the reader's (the words of the greeting: "Hi Emily, we've decided to go with Emily" is an offer), not
 *   a form of address of the reader ("für Sie"), and not owning what follows it (`afterName`: "Daniel's proposal",
 *   "Saras referenser", "Villen ehdotuksen", "Daniel from your agency");
 * - the reader a candidate: thanked for applying, the post, the interview or a trial (a recruiting word or a candidacy,
 *   post, process or invitation concept in the thanks' sentence), wished luck with the job search, or told about
 *   "your application" — as hired-comparison.ts asks of "the person we hired" — or thanked for a talk or meeting
 *   (`metThanks`: "thanks for the chat last week");
 * - no group greeting (a staff note: "Hi team, we've gone with Daniel, he starts Monday"), no good news and no question
 *   in the choice's sentence. Colleague talk, withdrawals and quoted text are left to the verdict.
 * Linear: each cue is read once with a few words after it.
 */
import { isUpperCode } from './chars';
import type { CHit } from './concepts';
import { endsInQuestion } from './hired-comparison';
import { CONCEPT_INDEX } from './langdata';
import { type Match, type Matches, newMatch } from './match';
import { readerIsCandidate } from './reader';
import type { Segments } from './segment';
import type { Tokens } from './tokenise';

const IDX = CONCEPT_INDEX;
const GOOD = IDX.good;

/** Titles a surname follows (folded, lowercase, without a full stop). */
const TITLES = new Set([
  ...['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'herr', 'herrn', 'frau', 'hr', 'fr', 'fru', 'frk', 'frøken'],
  ...['rouva', 'herra', 'neiti', 'tohtori'],
]);

/** Capitalised words that address the reader or are no person (folded, lowercase). */
export const NOT_A_NAME = new Set([
  ...[
    'i',
    'you',
    'sie',
    'ihnen',
    'ihre',
    'ihr',
    'ihrer',
    'ihren',
    'du',
    'dich',
    'dir',
    'dein',
    'deine',
    'euch',
  ],
  ...['dem', 'dere', 'deg', 'dig', 'dej', 'jer', 'teidät', 'teidän', 'teille', 'teitä', 'sinut', 'sinua'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december'],
]);

const list = (m: Matches, c: string): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>)[c] ?? [];

/** The reader's own side set against the one taken (task appoint8): "whereas you", "du saknar", "your record is narrower". */
const READER_SIDE = ['youlack', 'weaker', 'thanyou'];
/** How many sentences after the choice the reader's side may stand ("We've given it to Paul. The main thing was …"). */
const SIDE_AFTER = 2;

/** Days and months (folded, lowercase): a date inside a choice's words (task appoint8). */
const DATE_WORDS = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december', 'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember'],
]);

const wordText = (t: Tokens, w: number) => t.text.slice(t.start[w] as number, t.end[w] as number);

/** A name's shape: a capital, then a lower-case letter ("Emily", "Villen"; not "HR", "CV"). */
function nameShaped(t: Tokens, w: number): boolean {
  const s = t.start[w] as number;
  const e = t.end[w] as number;
  if (e - s < 2 || !isUpperCode(t.text.charCodeAt(s))) return false;
  const c = t.text[s + 1] as string;
  return c !== c.toUpperCase();
}

/** The words of the greeting (the text's first line up to its first comma or colon), lower case. */
function greetingWords(t: Tokens): Set<string> {
  const out = new Set<string>();
  const text = t.text;
  let end = 0;
  while (end < text.length && text[end] !== '\n' && text[end] !== ',' && text[end] !== ':') end++;
  for (let w = 0; w < t.n && (t.start[w] as number) < end && w < 6; w++)
    out.add(wordText(t, w).toLowerCase());
  return out;
}

/** The word of the name in or right after a choice cue (words x.w+1 … x.we+1 of one sentence), or -1. */
function nameIn(t: Tokens, seg: Segments, x: Match, reader: Set<string>): number {
  if (x.w === undefined || x.we === undefined) return -1;
  let last = x.we + 1;
  for (let w = x.w + 1; w <= last && w < t.n; w++) {
    if (seg.wordSent[w] !== x.sent) return -1;
    const low = wordText(t, w).toLowerCase();
    // a title lets the surname stand one word further ("Ms Hughes", "Herrn Dr Neumann")
    if (TITLES.has(low)) {
      if (w >= x.we) last = Math.min(w + 1, x.we + 3);
      continue;
    }
    if (!isUpperCode(t.text.charCodeAt(t.start[w] as number))) continue;
    // task appoint8: a date inside the cue's gap ("decided on 4 March to appoint Dr Karin Holm") is no name
    if (w <= x.we && DATE_WORDS.has(low)) continue;
    if (NOT_A_NAME.has(low) || reader.has(low) || !nameShaped(t, w)) return -1;
    // "Daniel's proposal", "Anders' forslag": a possessive (the apostrophe is a joiner gap after the name)
    const after = t.text.charCodeAt(t.end[w] as number);
    if (after === 39 || after === 0x2019) return -1;
    return w;
  }
  return -1;
}

/**
 * The choice of another person by name or pronoun as the draft's decision: a `concept-chose-named` match over the
 * cue (and the name), or none.
 */
export function namedChoice(
  m: Matches,
  t: Tokens,
  seg: Segments,
  bySent: ReadonlyMap<number, CHit[]>,
): Match[] {
  const cued = cuedChoice(m, t, seg, bySent);
  return cued.length > 0 ? cued : choiceByParts(m, t, seg, bySent);
}

function cuedChoice(m: Matches, t: Tokens, seg: Segments, bySent: ReadonlyMap<number, CHit[]>): Match[] {
  if (m.pickNamed.length === 0 && m.pickPron.length === 0) return [];
  // task appoint8: a notice to the applicants (addressed to them, or with appeal instructions) goes to an applicant; so
  // does a choice after which the reader's own record is set against the one taken ("We've given it to Paul. … whereas
  // you haven't managed people yet")
  const candidate =
    readerIsCandidate(m, bySent, { met: true }) ||
    (m.groupGreeting.length === 0 && list(m, 'applicantNotice').length > 0) ||
    // task choice9: the others named as applicants before the choice ("die andere Bewerberin hat uns mehr überzeugt,
    // deshalb haben wir uns für sie entschieden"): told to a fellow applicant
    (m.groupGreeting.length === 0 && m.internal.length === 0 && othersAsApplicants(bySent));
  if (!candidate && m.groupGreeting.length > 0) return [];
  const readerSide = candidate ? [] : READER_SIDE.flatMap((c) => list(m, c));
  if (!candidate && readerSide.length === 0) return [];
  const fine = (x: Match) =>
    (candidate || readerSide.some((r) => r.sent >= x.sent && r.sent <= x.sent + SIDE_AFTER && r.s > x.e)) &&
    !(bySent.get(x.sent) ?? []).some((h) => h.c === GOOD) &&
    !endsInQuestion(t.text, seg.sentE[x.sent] as number);
  for (const x of m.pickPron) {
    // task choice9: German "für Sie entschieden" chooses the reader; only a lower-case "sie" is a third person
    if (x.lang === 'de' && t.text.slice(x.s, x.e).includes(' Sie ')) continue;
    if (fine(x)) return [newMatch('decision', x.lang, 'concept-chose-named', x.s, x.e, x.sent, x.clause)];
  }
  if (m.pickNamed.length === 0) return [];
  const reader = greetingWords(t);
  for (const x of m.pickNamed) {
    const w = nameIn(t, seg, x, reader);
    if (w < 0 || !fine(x)) continue;
    // what follows the name is owned by it or comes from a supplier ("Daniel's proposal", "Daniel from your agency")
    const next = t.end[w] as number;
    const owned = m.afterName.some(
      (a) => a.sent === x.sent && a.s >= next && (a.w === undefined || a.w <= w + 1),
    );
    if (owned) continue;
    const e = Math.max(x.e, t.end[w] as number);
    return [newMatch('decision', x.lang, 'concept-chose-named', x.s, e, x.sent, x.clause)];
  }
  return [];
}

// ---------------------------------------------------------------- task choice9: the choice by its parts

const GIVEN = new Set([IDX.acquire, IDX.bestow]);
const POSITION = IDX.position;
const NEG = IDX.neg;
const COND = IDX.cond;
const REGRET = IDX.regret;
const YOU = IDX.you;
/** How far (words) from the verb the person may stand, and the role noun. */
const PERSON_REACH = 8;
const ROLE_REACH = 12;

/**
 * Words a capitalised noun follows (folded, lower case): "the Derby site", "den Dienstposten der Sachgebietsleitung", "aus
 * dem Werk Kassel". A person's name takes none, so two capitals after one are a noun and a place, not a first name and a
 * surname.
 */
const DETERMINERS = new Set([
  ...['the', 'a', 'our', 'their', 'your', 'this', 'that', 'its', 'his', 'her', 'my', 'each', 'every'],
  ...[
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'eines',
    'im',
    'am',
  ],
  ...[
    'zum',
    'zur',
    'vom',
    'beim',
    'unser',
    'unsere',
    'unseren',
    'unserem',
    'unserer',
    'ihre',
    'ihren',
    'ihrem',
  ],
  ...[
    'dieser',
    'diese',
    'diesen',
    'diesem',
    'en',
    'ett',
    'et',
    'ei',
    'det',
    'de',
    'vår',
    'vårt',
    'vores',
    'vort',
  ],
]);

/** Words a job title follows, not a person ("the position of Finance Director", "as Head of Marketing", "som Butikschef"). */
const TITLE_BEFORE = new Set(['of', 'as', 'som', 'als', 'af', 'av']);

/** English "an" is an article, German "an" a preposition ("an Laura Hoffmann vergeben"). */
const EN_DETERMINERS = new Set(['an']);

const low = (t: Tokens, w: number) => wordText(t, w).toLowerCase();
/** Words between two concept hits (0 when they share a word). */
const gapOf = (a: CHit, b: CHit) => (b.w > a.we ? b.w - a.we : a.w > b.we ? a.w - b.we : 0);

/** Whether only spaces (no line break, no punctuation but a hyphen) stand between words w and w + 1. */
function spaced(t: Tokens, w: number): boolean {
  for (let i = t.end[w] as number; i < (t.start[w + 1] as number); i++) {
    const c = t.text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether word w can be part of a person's name (a name's shape, no day or month, no form of address, not the reader). */
function namePart(t: Tokens, w: number, reader: Set<string>): boolean {
  if (!nameShaped(t, w)) return false;
  const l = low(t, w);
  return !NOT_A_NAME.has(l) && !DATE_WORDS.has(l) && !TITLES.has(l) && !DETERMINERS.has(l) && !reader.has(l);
}

/** Words before a person decided against, not for ("gegen Frau Keller entschieden", "decided against Ms Walsh"). */
const AGAINST = new Set(['gegen', 'against', 'mot', 'emot', 'imod']);

/** Whether a line break stands between offsets a and b. */
function lineBetween(text: string, a: number, b: number): boolean {
  for (let i = Math.min(a, b); i < Math.max(a, b); i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * The last word of a person named from word w on, or -1: a title and a name ("Herrn Thomas Brandt", "Ms Hughes"), or a
 * first name and a surname ("Laura Hughes", "Laura Virtaselle") that do not open the sentence and follow no determiner.
 */
function personFrom(t: Tokens, seg: Segments, w: number, reader: Set<string>, en: boolean): number {
  const sent = seg.wordSent[w];
  const same = (v: number) => v < t.n && seg.wordSent[v] === sent;
  if (TITLES.has(low(t, w))) {
    let v = w + 1;
    // an academic title after the form of address ("Herrn Dr. Brandt")
    while (same(v) && v <= w + 2 && TITLES.has(low(t, v))) v++;
    if (!same(v) || !namePart(t, v, reader)) return -1;
    return same(v + 1) && spaced(t, v) && namePart(t, v + 1, reader) ? v + 1 : v;
  }
  if (w === 0 || seg.wordSent[w - 1] !== sent || !same(w + 1) || !spaced(t, w)) return -1;
  const before = low(t, w - 1);
  if (
    DETERMINERS.has(before) ||
    TITLE_BEFORE.has(before) ||
    (en && EN_DETERMINERS.has(before)) ||
    isUpperCode(t.text.charCodeAt(t.start[w - 1] as number))
  )
    return -1;
  return namePart(t, w, reader) && namePart(t, w + 1, reader) ? w + 1 : -1;
}

/** The reader is a candidate, or a plain one-to-one reply that thanks or regrets before the choice and talks to no colleague. */
function readerAsked(m: Matches, t: Tokens, bySent: ReadonlyMap<number, CHit[]>, sent: number): boolean {
  if (m.groupGreeting.length > 0) return false;
  if (readerIsCandidate(m, bySent, { met: true }) || list(m, 'applicantNotice').length > 0) return true;
  if (READER_SIDE.some((c) => list(m, c).some((r) => r.sent >= sent && r.sent <= sent + SIDE_AFTER)))
    return true;
  if (m.internal.length > 0 || list(m, 'request').length > 0) return false;
  if (m.thanks.some((x) => x.sent <= sent)) return true;
  // a regret, or the reader spoken to ("I wanted you to hear it from me first: …"), before the choice or in its sentence;
  // German lower-case "sie" is she or they, not the reader
  const spoken = (h: CHit) =>
    h.c === REGRET || (h.c === YOU && !(h.lang === 'de' && t.text.slice(h.s, h.e) === 'sie'));
  for (const [s, hits] of bySent) if (s <= sent && hits.some(spoken)) return true;
  return false;
}

/**
 * Task choice9: the post given to a named third party, by its parts and whatever the verb: a verb of choosing, hiring or
 * giving in the past (`acquire`) or of giving (`bestow`), a person named within PERSON_REACH words of it ("given the Shift
 * Supervisor job to Laura Hughes from the Derby site", "den Dienstposten der Sachgebietsleitung Planung Herrn Thomas Brandt
 * zu übertragen", "on viranhaltijapäätöksellään … valinnut Emma Niemisen suunnittelijan tehtävään") and a role noun within
 * ROLE_REACH, in one sentence with no negation near the verb, no condition, no good news and no question — told to a reader
 * who asked for the post (readerAsked). A staff note greets a group; a colleague is asked for something (`request`,
 * `internal`); the appointee is told "you", with no third person.
 */
function choiceByParts(m: Matches, t: Tokens, seg: Segments, bySent: ReadonlyMap<number, CHit[]>): Match[] {
  let reader: Set<string> | null = null;
  // a notice to the applicants names its post in its heading: the choice's sentence need not name it again ("the Director has
  // confirmed Mr Peter Walsh as the new Finance Officer")
  const notice = m.groupGreeting.length === 0 && list(m, 'applicantNotice').length > 0;
  for (const [sent, hits] of bySent) {
    if ((!notice && !hits.some((h) => h.c === POSITION)) || !hits.some((h) => GIVEN.has(h.c))) continue;
    // good news in the choice's sentence or the next ("wir möchten Frau Keller die Stelle anbieten. Richten Sie ihr bitte
    // unsere Glückwünsche aus"): the one chosen is congratulated, maybe the reader
    if (hits.some((h) => h.c === GOOD || h.c === COND)) continue;
    if ((bySent.get(sent + 1) ?? []).some((h) => h.c === GOOD)) continue;
    if (endsInQuestion(t.text, seg.sentE[sent] as number)) continue;
    for (const a of hits) {
      if (!GIVEN.has(a.c)) continue;
      // a negation near the verb ("es gibt leider keine …", "we haven't given …"); the reader beside it is the one chosen
      // ("valinnut sinut … tehtävään", "chosen you for")
      if (hits.some((h) => (h.c === NEG && gapOf(a, h) <= 4) || (h.c === YOU && gapOf(a, h) <= 2))) continue;
      if (!notice && !hits.some((h) => h.c === POSITION && Math.abs(h.w - a.w) <= ROLE_REACH)) continue;
      reader ??= greetingWords(t);
      let person = -1;
      let first = -1;
      // the person taken is the verb's object or the one it goes to, after it ("has gone to Kevin Marsh", "valinnut Emma
      // Niemisen"); in German the verb comes last ("den Dienstposten … Herrn Thomas Brandt zu übertragen")
      const from = a.lang === 'de' ? Math.max(0, a.w - PERSON_REACH) : a.we + 1;
      for (let w = from; w <= a.we + PERSON_REACH && w < t.n && person < 0; w++) {
        if (w >= a.w && w <= a.we) continue;
        person = personFrom(t, seg, w, reader, a.lang === 'en');
        first = w;
        if (
          person >= 0 &&
          (lineBetween(t.text, a.s, t.start[w] as number) ||
            (w > 0 && AGAINST.has(low(t, w - 1))) ||
            // a name in another clause is not the one taken ("… will be offered an alternative placement; Mrs Hale will
            // be in touch")
            seg.wordClause[w] !== seg.wordClause[a.w])
        )
          person = -1;
      }
      if (person < 0 || !readerAsked(m, t, bySent, sent)) continue;
      // what follows the name is owned by it or comes from a supplier ("Daniel Berg's proposal", "… from your agency")
      const next = t.end[person] as number;
      if (m.afterName.some((x) => x.sent === sent && x.s >= next && (x.w === undefined || x.w <= person + 1)))
        continue;
      const s = Math.min(a.s, t.start[first] as number);
      const e = Math.max(a.e, t.end[person] as number);
      return [newMatch('decision', a.lang, 'concept-chose-named', s, e, sent, a.clause)];
    }
  }
  return [];
}

/** Whether a sentence names the others as applicants ("die andere Bewerberin", "the other applicant"). */
function othersAsApplicants(bySent: ReadonlyMap<number, CHit[]>): boolean {
  for (const hits of bySent.values())
    for (const h of hits)
      if (h.c === IDX.others && hits.some((p) => p.c === IDX.pool && p.s < h.e && p.e > h.s)) return true;
  return false;
}
