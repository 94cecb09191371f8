/**
 * Folding for matching and search: lower case, no diacritics, Nordic letters spelled the way
 * people type them without a Nordic keyboard ("å" → "a", "ø" → "o", "æ" → "ae", "ß" → "ss").
 * PURE: no DOM, no `browser`.
 */
const SPECIAL: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
};

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßđðþł]/g, (c) => SPECIAL[c] ?? c);
}

/** The folded words of a text (letters and digits; everything else separates words). */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
