/**
 * Character classes and folding, as one lookup table built once: the tokeniser, the segmenter and
 * the gap checks read `CLASS[code]` instead of running Unicode-property regexes per character
 * (those cost the whole analysis budget, see ../shared/TOOLCHAIN.md "Text-processing costs").
 */

/** Part of a word: letters of any script, combining marks. */
export const LETTER = 0;
/** Part of a word; `#` in patterns stands for a run of these. */
export const DIGIT = 1;
/** Whitespace without a line break. */
export const SPACE = 2;
/** A line break (\n, \r, U+2028, U+2029). */
export const NEWLINE = 3;
/** Separator punctuation that never belongs to a word: , ; : " ( ) and typographic double quotes. */
export const SEP_PUNCT = 4;
/** - / and typographic dashes: a separator, and also a joiner inside a word ("e-mail", "B-körkort"). */
export const DASH = 5;
/** Apostrophes and single quotes: joins a word ("don't", "candidate's"), never a separator. */
export const APOS = 6;
/** Sentence punctuation . ! ? : patterns never cross it. */
export const HARD = 7;
/** Any other symbol (& + % € emoji …): may sit inside a `*` word, never a separator. */
export const OTHER = 8;
/** Invisible characters (soft hyphen, zero-width space/joiners, BOM, variation selectors): skipped. */
export const IGNORE = 9;

function build(): Uint8Array {
  const t = new Uint8Array(0x10000).fill(LETTER);
  const set = (a: number, b: number, c: number) => t.fill(c, a, b + 1);
  // ASCII
  set(0x00, 0x7f, OTHER);
  set(0x30, 0x39, DIGIT);
  set(0x41, 0x5a, LETTER);
  set(0x61, 0x7a, LETTER);
  for (const c of [9, 11, 12, 32]) t[c] = SPACE;
  t[10] = NEWLINE;
  t[13] = NEWLINE;
  for (const ch of ',;:"()') t[ch.charCodeAt(0)] = SEP_PUNCT;
  t[0x2d] = DASH;
  t[0x2f] = DASH;
  t[0x27] = APOS;
  t[0x60] = APOS;
  for (const ch of '.!?') t[ch.charCodeAt(0)] = HARD;
  // Latin-1 supplement: symbols, then letters (× and ÷ are symbols)
  set(0x80, 0xbf, OTHER);
  t[0xa0] = SPACE;
  t[0xad] = IGNORE;
  t[0xab] = SEP_PUNCT; // «
  t[0xbb] = SEP_PUNCT; // »
  t[0xb4] = APOS; // ´
  t[0xd7] = OTHER;
  t[0xf7] = OTHER;
  // spacing modifier letters are mostly accents; two of them are typed as apostrophes
  set(0x2b0, 0x2ff, OTHER);
  t[0x2bb] = APOS;
  t[0x2bc] = APOS;
  // general punctuation
  set(0x2000, 0x206f, OTHER);
  set(0x2000, 0x200a, SPACE);
  set(0x200b, 0x200d, IGNORE);
  set(0x2010, 0x2015, DASH);
  set(0x2018, 0x201b, APOS);
  set(0x201c, 0x201f, SEP_PUNCT);
  // task decisions3: single guillemets › ‹ (German and Swiss quotation marks) quote like « »
  t[0x2039] = SEP_PUNCT;
  t[0x203a] = SEP_PUNCT;
  t[0x1680] = SPACE;
  t[0x2028] = NEWLINE;
  t[0x2029] = NEWLINE;
  t[0x202f] = SPACE;
  t[0x205f] = SPACE;
  t[0x2060] = IGNORE;
  // super/subscripts, currency, letterlike symbols, arrows, maths, technical, boxes, dingbats …
  set(0x2070, 0x2bff, OTHER);
  t[0x2212] = DASH; // minus sign
  set(0x2e00, 0x2e7f, OTHER);
  t[0x3000] = SPACE;
  set(0x3001, 0x303f, OTHER);
  set(0xd800, 0xdfff, OTHER); // surrogates: emoji and other astral characters
  set(0xe000, 0xf8ff, OTHER);
  set(0xfe00, 0xfe0f, IGNORE);
  set(0xfe10, 0xfe6f, OTHER);
  t[0xfeff] = IGNORE;
  set(0xff00, 0xff0f, OTHER);
  set(0xff10, 0xff19, DIGIT);
  set(0xff1a, 0xff20, OTHER);
  set(0xff3b, 0xff40, OTHER);
  set(0xff5b, 0xff65, OTHER);
  set(0xffe0, 0xffff, OTHER);
  return t;
}

/** `CLASS[charCode]` is one of the constants above. */
export const CLASS: Uint8Array = build();

/** A word character (letter or digit). */
export const isWordClass = (c: number): boolean => c <= DIGIT;

/**
 * Characters trimmed from the ends of flagged spans and sentences: whitespace, separators, dashes,
 * quotes, sentence punctuation, the ellipsis and invisible characters (not `/`: "and/or").
 */
export function isTrimCode(code: number): boolean {
  const c = CLASS[code] as number;
  return ((c >= SPACE && c <= HARD) || c === IGNORE || code === 0x2026) && code !== 0x2f;
}

// ---------------------------------------------------------------- folding

const SPECIAL: Record<number, string> = {
  230: 'ae', // æ
  198: 'ae',
  248: 'o', // ø
  216: 'o',
  223: 'ss', // ß
  7838: 'ss',
  339: 'oe', // œ
  338: 'oe',
  240: 'd', // ð
  208: 'd',
  254: 'th', // þ
  222: 'th',
  322: 'l', // ł
  321: 'l',
  305: 'i', // dotless i
};

const folded: (string | undefined)[] = new Array(0x10000);

/**
 * The folded form of one UTF-16 code unit inside a word: lowercase without diacritics
 * (Å → a, é → e, æ → ae, ø → o, ß → ss). Invisible characters fold to ''.
 */
export function foldCode(code: number): string {
  let r = folded[code];
  if (r !== undefined) return r;
  if (code >= 0x41 && code <= 0x5a) r = String.fromCharCode(code + 32);
  else if (code < 0x80) r = String.fromCharCode(code);
  else if (CLASS[code] === IGNORE) r = '';
  else if (SPECIAL[code] !== undefined) r = SPECIAL[code] as string;
  else if (code >= 0xd800 && code <= 0xdfff) r = String.fromCharCode(code);
  else {
    const n = String.fromCharCode(code).toLowerCase().normalize('NFD');
    r = '';
    for (let i = 0; i < n.length; i++) {
      const c = n.charCodeAt(i);
      if (c < 0x300 || c > 0x36f) r += n[i];
    }
    if (r === '') r = String.fromCharCode(code);
  }
  folded[code] = r;
  return r;
}

/**
 * The canonical form of a separator or joiner character in a gap between words: typographic
 * quotes, apostrophes and dashes become their ASCII forms; everything else folds as in a word.
 */
export function gapCode(code: number): number {
  const c = CLASS[code];
  if (c === APOS) return 0x27;
  if (c === DASH) return code === 0x2f ? 0x2f : 0x2d;
  if (c === SEP_PUNCT && code > 0x7f) return 0x22;
  if (c === SPACE || c === NEWLINE) return 0x20;
  const f = foldCode(code);
  return f.length === 1 ? f.charCodeAt(0) : code;
}

/** Fold a whole string (pattern words, criterion labels): each character as inside a word. */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const c = CLASS[code] as number;
    out += c <= DIGIT ? foldCode(code) : c === IGNORE ? '' : String.fromCharCode(gapCode(code));
  }
  return out;
}

/**
 * Below CASE_TABLE: bit 1 a cased letter (distinct upper and lower case), bit 2 what `isUpperCode`
 * answers; built once. It reaches past Latin (Greek, Cyrillic, typographic quotes and dashes, …):
 * asking String case mapping for those in the segmenter's hot loops deoptimized it. Above: asked.
 */
const CASE_TABLE = 0x3000;
const CASE = (() => {
  const t = new Uint8Array(CASE_TABLE);
  for (let c = 0; c < CASE_TABLE; c++) {
    const ch = String.fromCharCode(c);
    const lo = ch.toLowerCase();
    const cased = lo !== ch.toUpperCase();
    // Latin (below U+0250): uppercase = cased and not lowercase; beyond, any character lowercasing differs
    const upper = c < 0x250 ? cased && ch !== lo : ch !== lo;
    t[c] = (cased ? 1 : 0) | (upper ? 2 : 0);
  }
  return t;
})();

/** A cased letter (has distinct upper and lower case), as the segmenter's line-break rule needs. */
export function isCasedCode(code: number): boolean {
  if (code < CASE_TABLE) return ((CASE[code] as number) & 1) !== 0;
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** An uppercase (or titlecase) character. */
export function isUpperCode(code: number): boolean {
  if (code < CASE_TABLE) return ((CASE[code] as number) & 2) !== 0;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

/**
 * Task edges8: whether the code unit at i starts a pictograph (an emoji): a surrogate pair of the emoji planes
 * (U+1F000–U+1FAFF: faces, hands, hearts, skin tones, flags' regional indicators) or a BMP symbol that is written as
 * one (U+2600–U+27BF misc symbols and dingbats — ❤ ✅ ☺ —, U+2B00–U+2BFF arrows and stars ⭐, U+2300–U+23FF ⌚ ⏰,
 * ‼ ⁉).
 */
function pictographAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd83c && code <= 0xd83e) {
    const lo = text.charCodeAt(i + 1);
    return lo >= 0xdc00 && lo <= 0xdfff ? 2 : 0;
  }
  if (
    (code >= 0x2600 && code <= 0x27bf) ||
    (code >= 0x2b00 && code <= 0x2bff) ||
    (code >= 0x2300 && code <= 0x23ff)
  )
    return 1;
  return code === 0x203c || code === 0x2049 ? 1 : 0;
}

/**
 * End of the run of emoji starting at i ("😕", "🙏🏻", "❤️", "👨‍👩‍👧", "🇸🇪", "👍👍"): pictographs with their
 * modifiers, variation selectors, zero-width joiners and keycap marks, no space between them; i when none starts there.
 */
/**
 * Where a text emoticon that starts at i ends (":)", ":-)", ";)", "=)", ":(", ":'(", ":))"), or i. Only eyes, an
 * optional nose and brackets: ":D" and ":P" end in a letter, which the tokeniser reads as a word.
 */
export function emoticonEnd(text: string, i: number): number {
  const eyes = text.charCodeAt(i);
  if (eyes !== 58 && eyes !== 59 && eyes !== 61) return i;
  let j = i + 1;
  const nose = text.charCodeAt(j);
  if (nose === 45 || nose === 39 || nose === 0x2019) j++;
  const mouth = text.charCodeAt(j);
  if (mouth !== 41 && mouth !== 40 && mouth !== 93) return i;
  while (text.charCodeAt(j) === mouth) j++;
  return j;
}

export function emojiRunEnd(text: string, i: number): number {
  let j = i;
  let any = false;
  while (j < text.length) {
    const k = pictographAt(text, j);
    if (k > 0) {
      any = true;
      j += k;
      continue;
    }
    const code = text.charCodeAt(j);
    if (any && (code === 0xfe0f || code === 0xfe0e || code === 0x200d || code === 0x20e3)) {
      j++;
      continue;
    }
    break;
  }
  return any ? j : i;
}

/** Whether the sentence that goes on at offset `at` ends in a question mark (before . ! or a line break). */
export function asksAhead(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (c === 46 || c === 33 || c === 10) return false;
  }
  return false;
}
