/**
 * Stage 5c (task forward): a rejection passed on. A recruiter forwards the client's answer to the candidate with a
 * cover line of her own ("Hi Sara, I'm passing on Nordbygg's answer below. Sorry it isn't better news"), or writes it
 * above the client's quoted mail: the writer's own words decide nothing, but the mail IS a rejection to the reader.
 *
 * The forwarded or quoted part (`forwardedPart`) starts at the first history marker — a forward divider
 * ("---------- Forwarded message ---------", Apple's "Begin forwarded message:"), a reply header ("On … wrote:",
 * "Den … skrev …:") or an Outlook header block ("From: / Sent: / Subject:"), in any of the six languages, on a plain
 * or a ">"-quoted line (own-text.ts knows the markers) — and runs, its header lines skipped, to the next marker. The
 * engine reads it as a draft of its own only when the cover note (`greetingName` + the `handover` cues) is addressed
 * to someone by name, that name stands in the forwarded part ("we will not take Sara further", "Omar's application",
 * fi "Lauran"), and the own text is no colleague talk, no good news and does not move on to something new
 * (`moveOn`). Pure: line checks with string methods, no regex.
 */
import type { Language } from '@/utils/schema';
import { BEFORE_NAME } from './names';
import {
  FORWARD_LINES,
  FROM,
  isDashedMarker,
  isReplyHeader,
  isRule,
  SENT,
  SUBJECT,
  startsWithAny,
} from './own-text';

export interface ForwardedPart {
  /** Offset of the first marker line in the text it was found in. */
  start: number;
  /** The forwarded / quoted mail's body: header lines off, ">" marks off, up to the next marker. */
  body: string;
  /** Its subject line's value ("Re: Site engineer candidates"), or '' (a reply header has none). */
  subject: string;
  /** Task reported8: its From line's display name ("Maria Lind" of "Maria Lind <maria@…>"), or '' (none given). */
  from: string;
}

interface Line {
  start: number;
  /** trimmed, with leading ">" quote marks removed */
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let t = text.slice(s, e).trim();
    while (t.startsWith('>')) t = t.slice(1).trimStart();
    out.push({ start: s, text: t });
    s = e + 1;
  }
  return out;
}

type Marker = { kind: 'divider' | 'reply' | 'outlook'; lines: number } | null;

/** Whether line i opens history, and how many lines the marker itself takes. */
function markerAt(ls: Line[], i: number): Marker {
  const line = (ls[i] as Line).text;
  if (line === '') return null;
  if (line.startsWith('--') && isDashedMarker(line)) return { kind: 'divider', lines: 1 };
  const low = line.toLowerCase();
  if (line.endsWith(':') && FORWARD_LINES.includes(low)) return { kind: 'divider', lines: 1 };
  if (line.endsWith(':') && isReplyHeader(line)) return { kind: 'reply', lines: 1 };
  const next = i + 1 < ls.length ? (ls[i + 1] as Line).text : '';
  if (next.endsWith(':') && isReplyHeader(`${line} ${next}`)) return { kind: 'reply', lines: 2 };
  if (startsWithAny(line, FROM)) {
    const after: string[] = [];
    for (let k = i + 1; k < Math.min(ls.length, i + 6); k++) after.push((ls[k] as Line).text);
    if (after.some((l) => startsWithAny(l, SENT)) && after.some((l) => startsWithAny(l, SUBJECT)))
      return { kind: 'outlook', lines: 1 };
  }
  return null;
}

/** A header line of a forwarded mail: "Label: value" with a label of at most three words. */
function isHeaderLine(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 30) return false;
  const label = line.slice(0, colon).trim();
  return label !== '' && label.split(' ').length <= 3;
}

/** The first forwarded or quoted part of `text`, or null when it has none. */
export function forwardedPart(text: string): ForwardedPart | null {
  const ls = linesOf(text);
  for (let i = 0; i < ls.length; i++) {
    const mk = markerAt(ls, i);
    if (!mk) continue;
    let start = (ls[i] as Line).start;
    // an Outlook separator line (underscores) right before belongs to the history too
    let p = i - 1;
    while (p >= 0 && (ls[p] as Line).text === '') p--;
    if (mk.kind === 'outlook' && p >= 0 && isRule((ls[p] as Line).text)) start = (ls[p] as Line).start;
    let k = i + mk.lines;
    let subject = '';
    let from = '';
    // an Outlook block's own first line is its From line
    if (mk.kind === 'outlook') from = displayName((ls[i] as Line).text);
    if (mk.kind !== 'reply') {
      // a divider's or Outlook block's header lines (From, Date, Subject, To, Cc …) up to the body
      while (k < ls.length && ((ls[k] as Line).text === '' || isHeaderLine((ls[k] as Line).text))) {
        const line = (ls[k] as Line).text;
        if (startsWithAny(line, SUBJECT)) subject = line.slice(line.indexOf(':') + 1).trim();
        else if (from === '' && startsWithAny(line, FROM)) from = displayName(line);
        k++;
      }
    }
    const body: string[] = [];
    for (; k < ls.length && !markerAt(ls, k); k++) body.push((ls[k] as Line).text);
    return { start, body: body.join('\n'), subject, from };
  }
  return null;
}

/** A header line's display name: the value after its label, up to an address in angle brackets, quotes off. */
function displayName(line: string): string {
  let v = line.slice(line.indexOf(':') + 1);
  const lt = v.indexOf('<');
  if (lt >= 0) v = v.slice(0, lt);
  let out = '';
  for (const ch of v) if (ch !== '"' && ch !== "'") out += ch;
  return out.trim();
}

/**
 * Task reported8: whether the greeted or signing `name` is the forwarded mail's sender `from` (its first name, or
 * its surname after a form of address: "Hallo Frau Lindner" for "Maria Lindner").
 */
export function isSender(from: string, name: string): boolean {
  const w = wordsOf(from);
  return w.length > 0 && (w[0] === name || (w.length > 1 && w[w.length - 1] === name));
}

/**
 * Task reported8: whether the own text is signed by the forwarded mail's sender: a line of at most three capitalised
 * words whose first is the sender's first name ("Maria", "Maria Lind"), or the sender's full name. The writer forwards
 * a mail she wrote herself ("Sorry this is late – the message below should have reached you last week. / Maria").
 */
export function signedBySender(own: string, from: string): boolean {
  const sender = wordsOf(from);
  if (sender.length === 0) return false;
  for (const line of own.split('\n')) {
    const w = wordsOf(line);
    if (w.length === 0 || w.length > 3 || w.some((x) => !isUpper(x[0] as string))) continue;
    if (w[0] === sender[0]) return true;
  }
  return false;
}

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

/** The words of a line (runs of letters, "-" and "'" inside). */
function wordsOf(line: string): string[] {
  const out: string[] = [];
  let w = '';
  for (const ch of line) {
    if (isLetter(ch) || ((ch === '-' || ch === "'" || ch === '’') && w !== '')) w += ch;
    else if (w !== '') {
      out.push(w);
      w = '';
    }
  }
  if (w !== '') out.push(w);
  return out;
}

/** Greeting words a name follows beyond names.ts's titles and greetings ("Sehr geehrte Frau", "Good morning"). */
export const MORE_BEFORE = new Set([
  'sehr',
  'geehrte',
  'geehrter',
  'guten',
  'tag',
  'good',
  'morning',
  'afternoon',
  'hyvä',
]);

/** Characters that end a greeting written on the line of the text that follows it ("Hi Sam – passing on …"). */
const GREETING_END = ',–—!.:;';

/** A line up to its first greeting end: the greeting of a one-line cover note, or the whole line. */
function greetingPart(line: string): string {
  for (let i = 0; i < line.length; i++) if (GREETING_END.includes(line[i] as string)) return line.slice(0, i);
  return line;
}

/**
 * The name the own text greets in its first line ("Hi Sara,", "Hallo Frau Weber,", "Hei Laura", "Sara,", "Hi Sam –
 * passing on …"), or null (no greeting by a capitalised name: "Hi all,", "Hej mamma", a sentence).
 */
export function greetingName(text: string, end: number): string | null {
  let s = 0;
  while (s < end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    const line = text.slice(s, e);
    const part = greetingPart(line);
    const words = wordsOf(part);
    if (words.length > 0) {
      if (words.length > 5) return null;
      // a line that goes on after the greeting ("Hi Sam – passing on …") greets only with a greeting word or a bare
      // name: "Thanks for the reply – see below" is a sentence
      const first = (words[0] as string).toLowerCase();
      if (
        part.trim() !== line.trim() &&
        words.length > 1 &&
        !BEFORE_NAME.has(first) &&
        !MORE_BEFORE.has(first)
      )
        return null;
      for (const w of words) {
        const low = w.toLowerCase();
        if (BEFORE_NAME.has(low) || MORE_BEFORE.has(low)) continue;
        return w.length >= 2 && isUpper(w[0] as string) ? w : null;
      }
      return null;
    }
    s = e + 1;
  }
  return null;
}

/**
 * Whether `name` stands in `body` as a word or with an inflection or possessive ending of at most three letters
 * ("Sara", "Sara's", "Amirs", fi "Lauran", "Mikkoa", "Joonaksen").
 */
export function mentions(body: string, name: string): boolean {
  return stemsOf(name).some((stem) => mentionsStem(body, stem));
}

/**
 * The name and its Finnish inflection stems: "Joonas" → "Joonaks-" ("Joonaksen"), "Virtanen" → "Virtas-"
 * ("Virtasen"); the endings after a stem are `mentionsStem`'s.
 */
function stemsOf(name: string): string[] {
  const out = [name];
  if (name.endsWith('nen') && name.length > 4) out.push(`${name.slice(0, -3)}s`);
  else if (name.endsWith('s') && name.length > 2) out.push(`${name.slice(0, -1)}ks`);
  // task decisions11: consonant gradation, a doubled k/p/t before the last vowel weakens: "Matti" → "Mati-"
  // ("Matille", "Matin"), "Pekka" → "Peka-" ("Pekalle")
  else if (/(kk|pp|tt)[aeiouyäö]$/.test(name)) out.push(`${name.slice(0, -3)}${name.slice(-2)}`);
  return out;
}

function mentionsStem(body: string, name: string): boolean {
  let from = 0;
  for (;;) {
    const at = body.indexOf(name, from);
    if (at < 0) return false;
    from = at + 1;
    if (at > 0 && isLetter(body[at - 1] as string)) continue;
    let k = at + name.length;
    let tail = 0;
    while (k < body.length && (isLetter(body[k] as string) || body[k] === "'" || body[k] === '’')) {
      k++;
      tail++;
    }
    if (tail <= 3) return true;
  }
}

/** Forms of address a surname follows ("Frau Lenz", "Ms Carter", "fru Lindqvist", "rouva Lehtistä"). */
const TITLES = new Set([
  'fru',
  'herr',
  'hr',
  'fr',
  'frau',
  'herrn',
  'mr',
  'mrs',
  'ms',
  'miss',
  'rouva',
  'herra',
]);

/** The line of `text` that holds offset `at`. */
export function lineAround(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  return text.slice(s, e);
}

/**
 * Task relay4: whether a thanks line of a forwarded mail ("Tacka Hanna från oss", "Please thank Ms Carter",
 * "Richten Sie Frau Lenz unseren Dank aus") is about the cover's greeted reader: it names them (`mentions`), or
 * names someone by a form of address and a capitalised surname — the client knows the candidate by surname while
 * the recruiter greets her by first name.
 */
export function namesReader(line: string, name: string): boolean {
  if (mentions(line, name)) return true;
  const w = wordsOf(line);
  for (let i = 0; i + 1 < w.length; i++)
    if (TITLES.has((w[i] as string).toLowerCase()) && isUpper((w[i + 1] as string)[0] as string)) return true;
  return false;
}

/**
 * Whether a pick at offset `at` ("… with Lisa instead", "… the other one") is a pick of someone other than the reader
 * `name`: the reader is not named in its clause before it (from the last sentence mark, comma, semicolon or line
 * break). "We'll go with Jonas instead of Lisa" picks the reader; "Jonas was good, but we'll take the other one" does not.
 */
export function picksOther(text: string, at: number, name: string): boolean {
  let s = at;
  while (s > 0 && !'.!?,;\n'.includes(text[s - 1] as string)) s--;
  return !mentions(text.slice(s, at), name);
}

/**
 * Task relay4: whether the own text is a greeting alone ("Hei Elina," and the blanked history the CLI leaves): at most
 * one line with letters, which greets by name.
 */
export function onlyGreeting(text: string): boolean {
  return linesWithLetters(text) === 1 && greetingName(text, text.length) !== null;
}

/**
 * How many lines of `text` hold a letter (a line with a word in `wordsOf`'s sense), counted up to 2. Most drafts have
 * more than one such line: the count stops there, without cutting, trimming or splitting any line into words.
 */
function linesWithLetters(text: string): number {
  let count = 0;
  let s = 0;
  while (s <= text.length && count < 2) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (hasLetter(text, s, e)) count++;
    s = e + 1;
  }
  return count;
}

/** Whether text[s, e) holds a letter (as `isLetter` reads one, by code point). */
function hasLetter(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    if (isLetter(String.fromCodePoint(cp))) return true;
    if (cp > 0xffff && i + 1 < e) i++;
  }
  return false;
}

/**
 * Task relay5: how the reader of a passed-on mail is said in its language, for `asReader`. The client writes to the
 * recruiter about the candidate ("we won't be offering Daniel the post", "wir haben uns gegen Frau Berger
 * entschieden", "emme tarjoa Jannelle paikkaa"); the candidate reads it as said about them. The decision patterns
 * are written for the reader ("offering you", "gegen Sie", "sinulle"), and only a few name the candidate in the
 * third person, so a relayed body whose decision names the greeted reader is read a second time with the reader in
 * the name's place. German takes the dative after a dative preposition ("mit Frau X" → "mit Ihnen"); Finnish takes
 * the pronoun in the name's case, read from its ending ("Jannelle" → "sinulle", "Annia" → "sinua").
 */
const READER: Record<Language, string> = {
  en: 'you',
  sv: 'dig',
  da: 'dig',
  nb: 'deg',
  de: 'Sie',
  fi: 'sinut',
};
const DE_DATIVE = new Set(['mit', 'von', 'bei', 'zu', 'aus', 'nach', 'seit', 'gegenüber']);
const FI_CASES: Record<string, string> = {
  '': 'sinut',
  a: 'sinua',
  ä: 'sinua',
  ta: 'sinua',
  tä: 'sinua',
  n: 'sinun',
  lle: 'sinulle',
  lta: 'sinulta',
  ltä: 'sinulta',
  sta: 'sinusta',
  stä: 'sinusta',
  ksi: 'sinuksi',
};

/** The word that ends right before offset `at` (lowercased), or ''. */
function wordBefore(text: string, at: number): { word: string; start: number } {
  let e = at;
  while (e > 0 && text[e - 1] === ' ') e--;
  // an abbreviated form of address ("hr. Holm", "Hr. Jensen")
  if (e > 1 && text[e - 1] === '.' && isLetter(text[e - 2] as string)) e--;
  let s = e;
  while (s > 0 && isLetter(text[s - 1] as string)) s--;
  return { word: text.slice(s, e).toLowerCase(), start: s };
}

/**
 * Task relay5: `body` with each mention of the greeted reader `name` (with a form of address before it: "Frau
 * Berger", "Mr Hale") said as the reader (`READER`), or null when no mention could be replaced (a possessive "Daniel's"
 * or an ending the language's table does not know is left as it is).
 */
export function asReader(body: string, name: string, lang: Language): string | null {
  const stems = stemsOf(name);
  let out = '';
  let pos = 0;
  let replaced = false;
  let from = 0;
  for (;;) {
    let at = -1;
    let stem = '';
    for (const st of stems) {
      const i = body.indexOf(st, from);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        stem = st;
      }
    }
    if (at < 0) break;
    from = at + 1;
    if (at > 0 && isLetter(body[at - 1] as string)) continue;
    let k = at + stem.length;
    while (k < body.length && isLetter(body[k] as string)) k++;
    const tail = body.slice(at + stem.length, k).toLowerCase();
    // a possessive ("Daniel's CV") is about the candidate's things, not a decision about them
    if ((body[k] === "'" || body[k] === '’') && k + 1 < body.length && isLetter(body[k + 1] as string))
      continue;
    let start = at;
    const before = wordBefore(body, at);
    if (TITLES.has(before.word)) start = before.start;
    let said: string | undefined;
    if (lang === 'fi') said = FI_CASES[tail];
    else if (tail === '') {
      said = READER[lang];
      if (lang === 'de' && DE_DATIVE.has(wordBefore(body, start).word)) said = 'Ihnen';
    }
    if (said === undefined || start < pos) continue;
    out += body.slice(pos, start) + said;
    pos = k;
    from = k;
    replaced = true;
  }
  return replaced ? out + body.slice(pos) : null;
}

/**
 * Task kinds8: the one person a forwarded mail's body names by a form of address and a capitalised surname ("we have
 * decided against Ms Walsh", "fortsætte processen med hr. Holm", "gå videre med fru Nilsen"), its own greeting line
 * (the client greets the recruiter: "Hallo Frau Kurz,") left out; null when it names none or several. The client
 * knows the candidate by surname while the recruiter's cover greets her by first name, as `namesReader` reads it.
 */
export function titledName(body: string): string | null {
  const greeted = greetingName(body, body.length);
  let found: string | null = null;
  for (const line of body.split('\n')) {
    const w = wordsOf(line);
    for (let i = 0; i + 1 < w.length; i++) {
      const sur = w[i + 1] as string;
      if (!TITLES.has((w[i] as string).toLowerCase()) || sur.length < 2 || !isUpper(sur[0] as string))
        continue;
      if (sur === greeted) continue;
      if (found !== null && found !== sur) return null;
      found = sur;
    }
  }
  return found;
}

/**
 * Task decide11: a new opening named in a promise to be in touch when it comes ("I'll be in touch as soon as I have a
 * fitting new vacancy", "Ich melde mich, sobald ich eine passende neue Vakanz habe", "Palaan asiaan, kun tulee uusi
 * sopiva paikka") is no move to something new: the cover still passes the client's no on. `moveOn` x stands in a
 * sentence whose `promise` cue starts before it.
 */
export function promisedLater(
  promises: readonly { s: number; sent: number }[],
  x: { s: number; sent: number },
): boolean {
  for (const p of promises) if (p.sent === x.sent && p.s <= x.s) return true;
  return false;
}
