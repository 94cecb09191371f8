/**
 * Task namedlack: the reader's plainly stated lack of a named requirement is a reason. "Du saknar erfarenhet av
 * bokföring." / "You don't have a forklift licence." / "Ihnen fehlt der Staplerschein." / "Du mangler et
 * liftcertifikat." / "Sinulla ei ole trukkikorttia." names a requirement and says how the reader measured against it,
 * as the labelling rule asks of a specific rejection, even in a sentence of its own with no causal word.
 *
 * A lack is a `youlack` cue (the addressee's lack or non-possession: "du saknar", "you lack", "you don't have",
 * "Ihnen fehlt", "du har inget", "sinulta puuttuu"), not a contrast ("whereas you", "medan du": a comparison, which
 * other stages read). What it lacks is a `qualification` cue that starts in its clause at most LACK_GAP characters
 * after it (or a one-word `checkable` thing: "liftkort"). The thing is named when, reading the words from the lack's
 * end to the clause's end, the first word that is neither a bare container (`bareThing`: "experience", "the
 * required", "qualifications", "relevant"; or an `unnamedThing`: "the role", "similar roles") nor a link (`lackLink`: "with", "of", "in der", "för") stands inside
 * the qualification cue or right after a link: "truckkort", "experience with bookkeeping", "Erfahrung in der
 * Finanzbuchhaltung", "certifikat för liftkörning". An unnamed lack stays unnamed: "the experience we were looking
 * for" (a pronoun after the container), "relevant erfaring for stillingen" (only containers after the link), "die
 * nötige Erfahrung", "tarvittava kokemus".
 *
 * The cue filter (`live`) keeps boilerplate clauses, quotes, the history and the sentences a gut-feeling or
 * protected-ground remark masks out, so a requirement used as a backdrop to "small children at home" stays generic.
 * One pass over the (short) cue lists and a few words per lack: linear in the draft.
 */
import type { Match, Matches } from './match';

/** Most characters between the lack's end and the start of what it lacks ("you don't yet have a valid "). */
export const LACK_GAP = 40;
/** Most words read after the qualification's start. */
export const MAX_WORDS = 8;

const list = (m: Matches, c: string): Match[] =>
  (m as unknown as Record<string, Match[] | undefined>)[c] ?? [];

/** A letter or digit of any script, a hyphen or an apostrophe inside a word ("c-körkort", "SQL:stä" stops at ":"). */
export function wordCode(c: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c === 45 || c === 39 || c === 0x2019) return true;
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000;
}

/** Characters that end a clause or sentence: , ; . ! ? : line break, brackets, dashes. */
export function clauseEnd(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 58 ||
    c === 10 ||
    c === 40 ||
    c === 41 ||
    c === 0x2013 ||
    c === 0x2014
  );
}

export const covers = (xs: readonly Match[], sent: number, a: number, b: number): boolean =>
  xs.some((x) => x.sent === sent && x.s <= a && x.e >= b);

/** Whether text[a, b) holds a digit or a capital letter (a name or a grade: "18th Edition", "Level 3", "CSCS"). */
export function marked(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return true;
  }
  return false;
}

/**
 * Whether the qualification `q` after a lack ending at `from` names its thing (see the file comment). The words
 * between the lack and `q` may name it too when one is marked (a digit or a capital: "an 18th Edition certificate").
 */
function names(
  q: Match,
  from: number,
  text: string,
  bare: readonly Match[],
  links: readonly Match[],
): boolean {
  let i = from;
  let afterLink = false;
  for (let n = 0; n < MAX_WORDS && i < text.length; n++) {
    // skip to the next word, stopping at the clause's end
    while (i < text.length && !wordCode(text.charCodeAt(i))) {
      if (clauseEnd(text.charCodeAt(i))) return false;
      i++;
    }
    if (i >= text.length) return false;
    let j = i;
    while (j < text.length && wordCode(text.charCodeAt(j))) j++;
    // a link first ("the" links "experience with the SAP module" as it is bare in "the required")
    if (covers(links, q.sent, i, j)) afterLink = true;
    else if (covers(bare, q.sent, i, j)) afterLink = false;
    else if (j <= q.s) {
      // before the qualification: an adverb ("tyvärr", "leider") is passed over, a marked word names it
      if (marked(text, i, j)) return true;
      afterLink = false;
    } else return afterLink || (i < q.e && j > q.s);
    i = j;
  }
  return false;
}

/** What a lack may lack: a qualification, or a checkable thing of one word (a licence or card: "liftkort"). */
function things(m: Matches, text: string): Match[] {
  return [...m.qualification, ...list(m, 'checkable').filter((c) => oneWord(c, text))];
}

export interface Lacks {
  /** The named things the reader is said to lack, one per lack. */
  named: Match[];
  /**
   * Qualification cues the reader is said to lack that name nothing ("relevant experience") and requirement frames
   * inside such a lack ("the required …"), in clauses with no named lack.
   */
  unnamed: Match[];
}

/**
 * The reader's lacks: `liveLack` filters the lack cues (the decision's wording may share a word with them: "… nicht
 * einstellen, du hast keinen …"), `live` what they lack.
 */
export function findLacks(
  m: Matches,
  text: string,
  liveLack: (x: Match) => boolean,
  live: (x: Match) => boolean,
): Lacks {
  const lacks = list(m, 'youlack');
  const none: Lacks = { named: [], unnamed: [] };
  if (lacks.length === 0) return none;
  const all = things(m, text);
  if (all.length === 0) return none;
  const bare = [...list(m, 'bareThing'), ...list(m, 'unnamedThing')];
  const links = list(m, 'lackLink');
  const named: Match[] = [];
  const unnamed: Match[] = [];
  for (const x of lacks) {
    if (!liveLack(x)) continue;
    // "whereas you …", "medan du …": a contrast with someone else, not a plain lack
    if (m.contrast.some((c) => c.s < x.e && c.e > x.s)) continue;
    // the decision's own words ("att du inte har gått vidare i urvalet till …"); a decision that only runs into the
    // lack's clause across a comma ("… nicht einstellen, du hast keinen …") leaves it a lack
    if (m.decision.some((d) => d.clause === x.clause && d.s < x.e && d.e > x.s)) continue;
    const near = all.filter((y) => y.clause === x.clause && y.s >= x.s && y.s <= x.e + LACK_GAP && live(y));
    if (near.length === 0) continue;
    const q = near.find((y) => names(y, Math.min(y.s, x.e), text, bare, links));
    if (q) {
      if (!named.includes(q)) named.push(q);
    } else {
      for (const y of near) if (y.cat === 'qualification' && !unnamed.includes(y)) unnamed.push(y);
      // and the frame inside it ("you don't have the required qualifications"): a requirement that names nothing
      const end = Math.max(...near.map((y) => y.e));
      for (const r of m.requirement) if (r.clause === x.clause && r.s >= x.s && r.e <= end) unnamed.push(r);
    }
  }
  return { named, unnamed: unnamed.filter((y) => !named.some((q) => q.clause === y.clause)) };
}

/** One word that does not start with a digit (not "two years", "5 års"). */
function oneWord(c: Match, text: string): boolean {
  const first = text.charCodeAt(c.s);
  if (first >= 48 && first <= 57) return false;
  for (let i = c.s; i < c.e; i++) if (!wordCode(text.charCodeAt(i))) return false;
  return true;
}

/** Whether text[s] opens its clause: only spaces between it and the clause's (or the sentence's) start. */
function opensItsClause(text: string, s: number): boolean {
  let i = s - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || clauseEnd(text.charCodeAt(i));
}

/**
 * Task reasons5: "without it, no" — a decision whose own clause opens with a shortfall word ("Utan den auktorisationen
 * kan vi inte anställa dig", "Without that registration we are unable to appoint you", "Ohne den Meistertitel können
 * wir Sie nicht einstellen", "Ilman tätä pätevyyttä emme voi palkata sinua") and names the qualification between that
 * word and the decision: the decision is the consequence of the reader's lack of a named requirement. The qualification
 * may be the one named in the sentence before ("… must hold a Meisterbrief. Without this qualification …"): a
 * qualification or `checkable` thing must be live (not masked) in that sentence or this one. Returns the
 * qualification cues that carry such a lack.
 */
export function withoutLacks(
  m: Matches,
  text: string,
  own: (x: Match) => boolean,
  live: (x: Match) => boolean,
): Match[] {
  if (m.shortfall.length === 0 || m.decision.length === 0) return [];
  const out: Match[] = [];
  for (const d of m.decision) {
    if (!own(d)) continue;
    for (const f of m.shortfall) {
      if (f.sent !== d.sent || f.e > d.s || !opensItsClause(text, f.s)) continue;
      const q = m.qualification.find(
        (x) => x.sent === d.sent && x.s >= f.e && x.e <= d.s && x.s - f.e <= LACK_GAP,
      );
      if (!q) continue;
      const held = [...m.qualification, ...list(m, 'checkable')].some(
        (x) => (x.sent === d.sent || x.sent === d.sent - 1) && live(x),
      );
      if (held && !out.includes(q)) out.push(q);
    }
  }
  return out;
}
