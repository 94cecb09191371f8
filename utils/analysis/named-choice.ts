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
  if (m.pickNamed.length === 0 && m.pickPron.length === 0) return [];
  // task appoint8: a notice to the applicants (addressed to them, or with appeal instructions) goes to an applicant; so
  // does a choice after which the reader's own record is set against the one taken ("We've given it to Paul. … whereas
  // you haven't managed people yet")
  const candidate =
    readerIsCandidate(m, bySent, { met: true }) ||
    (m.groupGreeting.length === 0 && list(m, 'applicantNotice').length > 0);
  if (!candidate && m.groupGreeting.length > 0) return [];
  const readerSide = candidate ? [] : READER_SIDE.flatMap((c) => list(m, c));
  if (!candidate && readerSide.length === 0) return [];
  const fine = (x: Match) =>
    (candidate || readerSide.some((r) => r.sent >= x.sent && r.sent <= x.sent + SIDE_AFTER && r.s > x.e)) &&
    !(bySent.get(x.sent) ?? []).some((h) => h.c === GOOD) &&
    !endsInQuestion(t.text, seg.sentE[x.sent] as number);
  for (const x of m.pickPron) {
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
