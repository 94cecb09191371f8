/**
 * The writer's own text in a plain-text mail, as the browser sees it (it only reads the compose's
 * own part): the signature after a `-- ` line, quoted `>` lines, and the history after a reply
 * header ("On … wrote:", "Den … skrev …:", "Am … schrieb …:", "… kirjoitti:"), an "-----Original
 * Message-----" line or its translations, a forwarded-message marker or an Outlook header block
 * ("From: / Sent: / Subject:" in any of the six languages) are left out. A "Best regards" sign-off
 * or a line of dashes is kept. Pure: line checks with string methods, no regex.
 */

/** Dashed markers: "-----Original Message-----", "---------- Forwarded message ---------" … */
const DASHED = [
  'original message',
  'forwarded message',
  'ursprungligt meddelande',
  'vidarebefordrat meddelande',
  'oprindelig meddelelse',
  'videresendt meddelelse',
  'opprinnelig melding',
  'videresendt melding',
  'ursprüngliche nachricht',
  'weitergeleitete nachricht',
  'alkuperäinen viesti',
  'välitetty viesti',
  // other clients' and hand-typed wordings of the same dividers
  'forwarded email',
  'forwarded e-mail',
  'vidarebefordrat mejl',
  'videresendt besked',
  'oprindelig besked',
  'videresendt e-mail',
  'videresendt e-post',
  'weitergeleitete e-mail',
  'weitergeleitete mail',
  'välitetty sähköposti',
];

/** Apple Mail's forward line ("Begin forwarded message:"). */
export const FORWARD_LINES = [
  'begin forwarded message:',
  'start på vidarebefordrat meddelande:',
  'start på videresendt besked:',
  'begynnelse på videresendt melding:',
  'anfang der weitergeleiteten nachricht:',
  'välitetty viesti alkaa:',
];

/** Reply-header verbs: a line ending in one of these (with a date or address in it) opens the history. */
const WROTE = [' wrote:', ' skrev:', ' schrieb:', ' kirjoitti:'];
/** … or with the verb before the sender: "Den 3 juni 2024 kl 10:00 skrev Anna <anna@x.se>:". */
const WROTE_INNER = [' skrev ', ' schrieb ', ' wrote '];

/** Outlook header block: a From line, then Sent/Date and Subject lines. */
export const FROM = ['from:', 'från:', 'fra:', 'von:', 'lähettäjä:'];
export const SENT = [
  'sent:',
  'date:',
  'skickat:',
  'datum:',
  'sendt:',
  'dato:',
  'gesendet:',
  'lähetetty:',
  'päivämäärä:',
];
export const SUBJECT = ['subject:', 'ämne:', 'emne:', 'betreff:', 'aihe:'];

const hasDigitOrAddress = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64) return true; // 0-9 @
  }
  return false;
};

export function isDashedMarker(line: string): boolean {
  if (!line.startsWith('--') || !line.endsWith('--')) return false;
  let a = 0;
  while (a < line.length && line[a] === '-') a++;
  let b = line.length;
  while (b > a && line[b - 1] === '-') b--;
  const phrase = line.slice(a, b).trim().toLowerCase();
  return DASHED.includes(phrase);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** An e-mail address or a clock time (9:12, 09.12) in the line: what mail clients put in a reply header. */
function hasTimeOrAddress(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 64) return true; // @
    if (
      (c === 58 || c === 46) &&
      i > 0 &&
      isDigit(s.charCodeAt(i - 1)) &&
      isDigit(s.charCodeAt(i + 1)) &&
      isDigit(s.charCodeAt(i + 2))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A reply header line: "On Mon, 3 Jun 2024 at 10:00, Anna <anna@x.com> wrote:", "ti 5.3.2024 klo 9.12
 * Anna kirjoitti:", or with the verb inside, "Den 3 juni 2024 kl 10:00 skrev Anna <anna@x.se>:".
 */
export function isReplyHeader(line: string): boolean {
  if (!line.endsWith(':')) return false;
  const low = line.toLowerCase();
  if (WROTE.some((w) => low.endsWith(w))) return hasDigitOrAddress(line);
  return WROTE_INNER.some((w) => low.includes(w)) && hasTimeOrAddress(line);
}

/** A line of five or more underscores (Outlook's separator above a header block). */
export function isRule(line: string): boolean {
  if (line.length < 5) return false;
  for (let i = 0; i < line.length; i++) if (line[i] !== '_') return false;
  return true;
}

export const startsWithAny = (line: string, list: string[]) => {
  const low = line.toLowerCase();
  return list.some((p) => low.startsWith(p));
};

/** The lines of a text: offsets, first and last visible characters; trimmed text only when asked. */
class Lines {
  readonly start: number[] = [];
  /** end of the line's text (before \r\n / \n) */
  readonly end: number[] = [];
  readonly first: number[] = [];
  readonly last: number[] = [];
  private readonly texts: (string | undefined)[] = [];

  constructor(private readonly src: string) {
    let s = 0;
    while (s <= src.length) {
      let e = src.indexOf('\n', s);
      if (e < 0) e = src.length;
      const end = e > s && src.charCodeAt(e - 1) === 13 ? e - 1 : e;
      let a = s;
      while (a < end && src.charCodeAt(a) <= 32) a++;
      let b = end;
      while (b > a && src.charCodeAt(b - 1) <= 32) b--;
      this.start.push(s);
      this.end.push(end);
      this.first.push(a < b ? src.charCodeAt(a) : -1);
      this.last.push(a < b ? src.charCodeAt(b - 1) : -1);
      s = e + 1;
    }
  }

  get length(): number {
    return this.start.length;
  }

  /** The trimmed text of line i. */
  text(i: number): string {
    let t = this.texts[i];
    if (t === undefined) {
      t = this.src.slice(this.start[i], this.end[i]).trim();
      this.texts[i] = t;
    }
    return t;
  }

  /** Marks line i as quoted (a reply header over quoted lines is dropped like them). */
  quote(i: number): void {
    this.first[i] = 62;
    this.texts[i] = '>';
  }
}

const COLON = 58;
const DASH_CODE = 45;
const QUOTE = 62;
/** First letters of the Outlook "From:" labels (from, från, fra, von, lähettäjä). */
const FROM_INITIALS = new Set([70, 102, 86, 118, 76, 108]);

/** Where a From label's colon stands in its line: "fra:" 3, "from:" 4, "lähettäjä:" 9. */
const FROM_COLONS = [...new Set(FROM.map((l) => l.length - 1))];

/**
 * Whether the line starting at `s` has a colon where a From label would end (leading spaces skipped):
 * a test by offset before the line's text is cut and lowercased ("Lisa", "Vi …", "Liebe …" open
 * many lines and end none of these tests).
 */
function labelColon(text: string, s: number): boolean {
  let a = s;
  while (a < text.length && text.charCodeAt(a) <= 32) a++;
  // offsets past the end are skipped, not read: an out-of-range charCodeAt deoptimizes the caller
  for (const k of FROM_COLONS) if (a + k < text.length && text.charCodeAt(a + k) === COLON) return true;
  return false;
}

/**
 * The own-text ranges of `text` ([start, end) UTF-16 offsets, ascending, disjoint): everything
 * before the first signature or history marker, without quoted lines. Only lines that can be a
 * marker (by their first or last character) are looked at closely.
 */
export function ownTextRanges(text: string): [number, number][] {
  const ls = new Lines(text);
  const n = ls.length;
  let cut = n; // index of the first line of signature or history
  for (let i = 0; i < n && cut === n; i++) {
    const first = ls.first[i] as number;
    const last = ls.last[i] as number;
    const nextLast = i + 1 < n ? (ls.last[i + 1] as number) : -1;
    if (first === DASH_CODE) {
      const raw = text.slice(ls.start[i], ls.end[i]);
      if (raw === '-- ' || raw === '--' || isDashedMarker(ls.text(i))) {
        cut = i;
        continue;
      }
    }
    if (last === COLON || nextLast === COLON) {
      const line = ls.text(i);
      if (last === COLON && FORWARD_LINES.includes(line.toLowerCase())) {
        cut = i;
        continue;
      }
      const single = last === COLON && isReplyHeader(line);
      // the header may wrap onto a second line
      if (single || (line !== '' && nextLast === COLON && isReplyHeader(`${line} ${ls.text(i + 1)}`))) {
        // a header followed by quoted lines only drops itself (inline replies between the quotes
        // are own text); otherwise the history follows it
        let k = i + (single ? 1 : 2);
        while (k < n && ls.first[k] === -1) k++;
        if (k < n && ls.first[k] === QUOTE) {
          ls.quote(i);
          if (!single) ls.quote(i + 1);
        } else cut = i;
        continue;
      }
    }
    if (
      FROM_INITIALS.has(first) &&
      labelColon(text, ls.start[i] as number) &&
      startsWithAny(ls.text(i), FROM)
    ) {
      const next: string[] = [];
      for (let k = i + 1; k < Math.min(n, i + 6); k++) next.push(ls.text(k));
      if (next.some((l) => startsWithAny(l, SENT)) && next.some((l) => startsWithAny(l, SUBJECT))) {
        cut = i;
        // an Outlook separator line (underscores) right before belongs to the history too
        let p = i - 1;
        while (p >= 0 && ls.first[p] === -1) p--;
        if (p >= 0 && isRule(ls.text(p))) cut = p;
      }
    }
  }
  const out: [number, number][] = [];
  for (let i = 0; i < cut; i++) {
    if (ls.first[i] === QUOTE) continue;
    const last = out[out.length - 1];
    const start = ls.start[i] as number;
    // a line's range runs to the start of the next line, so consecutive own lines form one range
    const end = i + 1 < n ? (ls.start[i + 1] as number) : text.length;
    if (last && last[1] === start) last[1] = end;
    else out.push([start, end]);
  }
  return out.filter(([a, b]) => b > a);
}

/**
 * `text` with everything outside its own text blanked (same length, same offsets): line breaks
 * stay, other characters become spaces, and each left-out stretch starts with a "!" so no sentence
 * or pattern runs across it. Analysing this finds only the writer's own words.
 */
export function ownTextOnly(text: string): string {
  const ranges = ownTextRanges(text);
  if (
    ranges.length === 1 &&
    (ranges[0] as [number, number])[0] === 0 &&
    (ranges[0] as [number, number])[1] === text.length
  ) {
    return text;
  }
  const out: string[] = [];
  let pos = 0;
  const blank = (a: number, b: number) => {
    let marked = false;
    for (let i = a; i < b; i++) {
      const ch = text[i] as string;
      if (ch === '\n' || ch === '\r') out.push(ch);
      else if (!marked) {
        out.push('!');
        marked = true;
      } else out.push(' ');
    }
  };
  for (const [a, b] of ranges) {
    blank(pos, a);
    out.push(text.slice(a, b));
    pos = b;
  }
  blank(pos, text.length);
  return out.join('');
}

/**
 * Offset of the first Outlook header block ("From: …" / "Från: …" then Sent/Date and Subject lines
 * within the next five lines), or text.length when there is none. The analyzer treats what follows as
 * quoted history (the other side's mail decides nothing), as `historyStart` does for "… wrote:" and
 * "-----Original Message-----". Only lines whose first character and colon position fit a From label
 * are cut and lowercased, so a long draft stays linear.
 */
export function outlookHeaderStart(text: string): number {
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let a = s;
    while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
    if (a < e && FROM_INITIALS.has(text.charCodeAt(a)) && labelColon(text, s)) {
      if (startsWithAny(text.slice(a, e), FROM)) {
        const next: string[] = [];
        let p = e + 1;
        for (let k = 0; k < 5 && p <= text.length; k++) {
          let q = text.indexOf('\n', p);
          if (q < 0) q = text.length;
          next.push(text.slice(p, q).trim());
          p = q + 1;
        }
        if (next.some((l) => startsWithAny(l, SENT)) && next.some((l) => startsWithAny(l, SUBJECT))) return s;
      }
    }
    s = e + 1;
  }
  return text.length;
}
