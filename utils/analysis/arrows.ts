/**
 * A status field with its old and new value ("Status: In review → Not selected", "Outcome: Pending ->
 * Unsuccessful", "Status: Eingegangen ⇒ In Prüfung"): the value after the last arrow is the field's
 * value now, so the old values and the arrows between the label's colon and it are read as blank. The
 * analysis then sees "Status: Not selected", as a status line without history reads; a change back
 * ("Status: Rejected → In review") is no refusal. The copy has the draft's length, so every offset
 * still points into what the user typed (flags are cut from the original).
 *
 * Only on one line, after a colon on it, and only short old values (a status, not prose): a sentence
 * that uses an arrow for "leads to" keeps its words.
 */

/** Longest stretch (characters) between the colon and the last arrow that is read as old values. */
const MAX_OLD = 80;

/** Arrows typed in status lines: → ⇒ ⟶ ⟹ ➔ ➜ ➝ ➞ ⇨ (and "->", "=>", "-->" by their '>'). */
function isArrow(code: number): boolean {
  return (
    code === 0x2192 ||
    code === 0x21d2 ||
    code === 0x27f6 ||
    code === 0x27f9 ||
    code === 0x2794 ||
    code === 0x279c ||
    code === 0x279d ||
    code === 0x279e ||
    code === 0x21e8
  );
}

/** End (exclusive) of an arrow at i, or -1: a single arrow character, or '-'/'=' runs ending in '>'. */
function arrowEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isArrow(code)) return i + 1;
  if (code !== 45 && code !== 61) return -1;
  let j = i;
  while (j < text.length && j - i < 3 && text.charCodeAt(j) === code) j++;
  return j < text.length && text.charCodeAt(j) === 62 /* > */ ? j + 1 : -1;
}

/**
 * Any arrow at all (most drafts have none: no copy): the arrows of `isArrow`, or '>' after '-' or '='.
 * Native scans rather than a loop over the characters: they are fast from the first draft, where a
 * character loop runs in the interpreter until V8 has optimized it. The arrow characters lie above
 * U+00FF, so in a draft of Latin-1 letters only (most) their class fails at once.
 */
const ARROW_CHAR = /[\u2192\u21d2\u27f6\u27f9\u2794\u279c\u279d\u279e\u21e8]/;

function hasArrow(text: string): boolean {
  return text.includes('->') || text.includes('=>') || ARROW_CHAR.test(text);
}

/**
 * The draft with the old values of "label: old → new" status lines blanked (spaces, same length), or
 * the draft itself when it has no such line.
 */
export function withCurrentValues(text: string): string {
  if (!hasArrow(text)) return text;
  let out: string[] | null = null;
  let colon = -1;
  let lastArrowEnd = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13) {
      if (colon >= 0 && lastArrowEnd > colon && lastArrowEnd - colon <= MAX_OLD) {
        if (out === null) out = text.split('');
        for (let k = colon + 1; k < lastArrowEnd; k++) out[k] = ' ';
      }
      colon = -1;
      lastArrowEnd = -1;
      continue;
    }
    if (code === 58 /* : */ && lastArrowEnd < 0) {
      colon = i;
      continue;
    }
    // a sentence end between the colon and an arrow: prose, not a status value
    if ((code === 46 || code === 33 || code === 63) && lastArrowEnd < 0 && colon >= 0) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
      if (next === 32 || next === 10 || next === 13) colon = -1;
      continue;
    }
    if (colon < 0) continue;
    const e = arrowEnd(text, i);
    if (e > 0) {
      lastArrowEnd = e;
      i = e - 1;
    }
  }
  return out === null ? text : out.join('');
}
