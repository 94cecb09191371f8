/**
 * Task reason11: the reader's lack of a named thing, read by co-occurrence rather than by one pattern per word order.
 * "Im Fachgespräch ist uns aufgefallen, dass Ihnen noch die Routine bei Prüfungen nach DIN VDE 0100-600 fehlt", "du
 * fortsatt mangler praksis med måling og kontroll etter NEK 400", "you still lack practice with periodic inspections",
 * "sinulta puuttuu vielä rutiini käyttöönottotarkastuksista": the reader as the one who lacks (`lackReader`: "you",
 * "Ihnen", "du", "sinulta") and a lack verb (`lackVerb`: "lack", "fehlt", "saknar", "mangler", "puuttuu") in one clause,
 * in either order, at most MAX_APART words apart with only `lackFiller` words ("still", "noch", "ännu", "vielä", an
 * article) between them when the verb comes first. What is lacked stands between them (a verb-final clause: "dass Ihnen
 * … fehlt") or after the later of the two, up to the clause's end.
 *
 * The thing is named, as named-lack.ts reads it, when the first word that is neither a filler, a link (`lackLink`:
 * "with", "bei", "med", "av") nor a bare container (`bareThing`/`unnamedThing`: "experience", "practice", "Routine",
 * "vana", "the relevant") comes after a container and a link ("practice with inspections", "Routine bei Prüfungen"),
 * carries a digit or two capitals ("NEK 400", "SAP"), stands before a container ("Python experience"), follows a
 * container directly in Finnish (whose cases are the links: "rutiini käyttöönottotarkastuksista"), or is a
 * qualification or checkable cue itself. "You lack the experience we need", "Ihnen fehlt die nötige Erfahrung", "du
 * mangler relevant erfaring" name nothing and add nothing.
 *
 * A named lack adds a `youlack` match over the reader and the verb and a `qualification` match over the thing, so
 * named-lack.ts counts it as the reader's plain lack of a named requirement. Not in a question, not after a condition
 * ("if you lack …") and not beside a contrast ("whereas you …", another stage's comparison). A `youlack` cue may already
 * cover the verb ("puuttuu sinulta"): its thing, unnamed to named-lack.ts, may be named here. Each verb looks at the few reader words of its clause and at most MAX_WORDS words: linear.
 */

import { asksAhead } from './chars';
import { listOf, type Match, type Matches, newMatch, wordEndOf, wordOf } from './match';
import { clauseEnd, covers, marked, wordCode } from './named-lack';

/** Most words between the reader and the lack verb ("dass Ihnen noch die Routine bei Prüfungen nach DIN … fehlt"). */
export const MAX_APART = 14;
/** Most words read for the thing lacked. */
const MAX_WORDS = 12;

const list = listOf;

const word = wordOf;
const wordEnd = wordEndOf;

interface Lists {
  filler: readonly Match[];
  reader: readonly Match[];
  /** The writer as a new subject ("… det ännu bokar vi in dig"): a clause the comma left out begins, the thing ends. */
  subject: readonly Match[];
  link: readonly Match[];
  bare: readonly Match[];
  things: readonly Match[];
}

/** Two capitals or a digit in text[a, b) ("SAP", "NEK", "0100-600"); a capital start outside German ("Python"). */
function markedWord(text: string, a: number, b: number, lang: string): boolean {
  let caps = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) caps++;
  }
  return caps >= 2 || (lang !== 'de' && caps === 1 && marked(text, a, a + 1));
}

/**
 * The end of the named thing read from offset `from` (at most up to `to`, and never past the clause's end), or -1 when
 * the words there name nothing.
 */
function namedThing(text: string, from: number, to: number, sent: number, lang: string, l: Lists): number {
  let i = from;
  let afterLink = false;
  let container = false;
  let content = false;
  for (let n = 0; n < MAX_WORDS && i < to; n++) {
    while (i < to && !wordCode(text.charCodeAt(i))) {
      if (clauseEnd(text.charCodeAt(i))) return -1;
      i++;
    }
    if (i >= to) return -1;
    let j = i;
    while (j < to && wordCode(text.charCodeAt(j))) j++;
    const thing = l.things.find((q) => q.sent === sent && q.s <= i && q.e >= j);
    if (covers(l.link, sent, i, j)) afterLink = true;
    else if (covers(l.filler, sent, i, j) || covers(l.reader, sent, i, j)) {
      // an adverb or an article between: passed over
    } else if (covers(l.bare, sent, i, j)) {
      // a content word right before a container names its kind ("Python experience", "SAP-Praxis")
      if (content) return j;
      container = true;
      afterLink = false;
    } else if (thing) return thing.e;
    else if (covers(l.subject, sent, i, j)) return -1;
    else {
      if ((afterLink && container) || markedWord(text, i, j, lang) || (lang === 'fi' && container)) return j;
      afterLink = false;
      content = true;
      i = j;
      continue;
    }
    content = false;
    i = j;
  }
  return -1;
}

/** Whether a Finnish local-case ending closes the word ("-sta", "-stä", "-ssa", "-ssä": "sähköasennuksista"). */
function localCase(text: string, j: number): boolean {
  const t = text.slice(j - 3, j).toLowerCase();
  return t === 'sta' || t === 'stä' || t === 'ssa' || t === 'ssä';
}

/**
 * The start of a content word in a local case in the clause before offset `to` (Finnish: what is lacked, before the verb),
 * or -1.
 */
function topicBefore(text: string, to: number, sent: number, l: Lists): number {
  let i = to;
  while (i > 0 && !clauseEnd(text.charCodeAt(i - 1))) i--;
  let found = -1;
  while (i < to) {
    while (i < to && !wordCode(text.charCodeAt(i))) i++;
    let j = i;
    while (j < to && wordCode(text.charCodeAt(j))) j++;
    if (j > i + 4 && localCase(text, j) && ![l.filler, l.link, l.bare].some((x) => covers(x, sent, i, j)))
      if (found < 0) found = i;
    i = j;
  }
  return found;
}

/** Whether a bare container ("kokemus", "rutiini") stands in text[a, b) of the sentence. */
function containerIn(a: number, b: number, sent: number, l: Lists): boolean {
  return l.bare.some((x) => x.sent === sent && x.s >= a && x.e <= b);
}

/** The matches with the reader's named lacks added (see the file comment); the lists are replaced in place. */
export function withReaderLacks(m: Matches, text: string): Matches {
  const verbs = list(m, 'lackVerb');
  if (verbs.length === 0) return m;
  const readers = list(m, 'lackReader');
  if (readers.length === 0) return m;
  const l: Lists = {
    filler: list(m, 'lackFiller'),
    reader: readers,
    subject: list(m, 'weSubject'),
    link: list(m, 'lackLink'),
    bare: [...list(m, 'bareThing'), ...list(m, 'unnamedThing')],
    things: [...m.qualification, ...list(m, 'checkable')],
  };
  const old = list(m, 'youlack');
  const conds = list(m, 'cond');
  const lacks: Match[] = [];
  const things: Match[] = [];
  for (const v of verbs) {
    if (m.contrast.some((c) => c.clause === v.clause)) continue;
    if (conds.some((c) => c.clause === v.clause && c.s < v.s)) continue;
    if (asksAhead(text, v.e)) continue;
    const r = readers.find(
      (x) =>
        x.clause === v.clause &&
        x.lang === v.lang &&
        Math.abs(word(x) - word(v)) <= MAX_APART &&
        // the verb first: only fillers between ("fehlt Ihnen noch", "puuttuu sinulta vielä")
        (word(x) > word(v) ? word(x) - wordEnd(v) <= 3 : true),
    );
    if (!r) continue;
    // the clause's end: the next clause mark after the later word
    let end = Math.max(r.e, v.e);
    while (end < text.length && !clauseEnd(text.charCodeAt(end))) end++;
    let at = -1;
    let from = -1;
    if (word(r) < word(v)) {
      // "dass Ihnen noch die Routine … fehlt": between them first, then after the verb
      at = namedThing(text, r.e, v.e, r.sent, r.lang, l);
      from = r.e;
      if (at < 0) {
        at = namedThing(text, v.e, end, v.sent, v.lang, l);
        from = v.e;
      }
    } else {
      // the verb first: what stands between it and the reader is read too ("det saknas erfarenhet hos dig av …")
      at = namedThing(text, v.e, end, r.sent, r.lang, l);
      from = v.e;
      // Finnish puts the thing first: "vaativista sähköasennuksista puuttuu sinulta vielä käytännön kokemus"
      if (at < 0 && v.lang === 'fi') {
        const topic = topicBefore(text, v.s, v.sent, l);
        if (topic >= 0 && containerIn(r.e, end, r.sent, l)) {
          from = topic;
          at = end;
        }
      }
    }
    if (at < 0) continue;
    while (from < at && !wordCode(text.charCodeAt(from))) from++;
    // (from the thing's start when it stands first: named-lack.ts reads a lack's thing from the lack's start on)
    const s = Math.min(r.s, v.s, from);
    const e = Math.max(r.e, v.e);
    lacks.push(
      newMatch(
        'youlack',
        v.lang,
        'reader-lack',
        s,
        e,
        v.sent,
        v.clause,
        Math.min(word(r), word(v)),
        Math.max(wordEnd(r), wordEnd(v)),
      ),
    );
    things.push(newMatch('qualification', v.lang, 'reader-lack-thing', from, at, v.sent, v.clause));
  }
  if (lacks.length === 0) return m;
  const byStart = (a: Match, b: Match) => a.s - b.s;
  const rec = m as unknown as Record<string, readonly Match[]>;
  rec.youlack = [...old, ...lacks].sort(byStart);
  rec.qualification = [
    ...m.qualification.filter((q) => !things.some((t) => t.s <= q.s && t.e >= q.e)),
    ...things,
  ].sort(byStart);
  return m;
}
