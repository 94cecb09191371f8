/**
 * The small engine that turns language data (phrase patterns) into regular expressions over the
 * folded text (see fold.ts). Built-in pattern syntax (trusted, written in lang/*.ts):
 *   space      word separator (spaces, commas, colons, quotes, dashes)
 *   (a|b c)    alternatives, each may be several words
 *   [a|b]      optional word(s)
 *   ~          any letters (inflection/compound tail), e.g. `ansök~`; a leading `~` allows a compound head
 *   *          any one word;  **  up to five words
 *   #          a number
 *   ä ö å æ ø ü  also match the folded and the two-letter spelling (tyvärr ~ tyvarr, desværre ~ desvaerre)
 *   doubled consonants may be typed single (tyvärr ~ tyvär)
 *   =word  exact letters: no doubled-consonant tolerance (German `=denn` must not match the article `den`)
 * Team rules (untrusted) only get `*`; everything else is literal.
 */

export const SEP = '[ \\n,;:"()\\-/]+';
export const WORD = '[^ \\n.!?,;:"()]+';
const LETTERS = '[a-z]*';

const DIA: Record<string, string> = {
  ä: '(?:ae?)',
  æ: '(?:ae?)',
  ö: '(?:oe?)',
  ø: '(?:oe?)',
  ü: '(?:ue?)',
  å: '(?:aa?)',
  ß: 'ss',
};

const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Translate letters of a word (lowercased) with diacritic and doubled-consonant tolerance. */
function letters(word: string, literal: boolean, exact = false): string {
  let out = '';
  const w = word.toLowerCase();
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    const d = DIA[ch];
    if (d) {
      out += d;
      continue;
    }
    if (ch === "'" || ch === '\u2019') {
      out += "'?";
      continue;
    }
    if (ch === '-') {
      out += '-?';
      continue;
    }
    if (/[a-z]/.test(ch)) {
      if (!exact && w[i + 1] === ch && CONSONANT.test(ch)) {
        out += `${ch}${ch}?`;
        i++;
      } else out += ch;
      continue;
    }
    const folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (folded !== ch && /^[a-z]+$/.test(folded)) {
      out += folded;
      continue;
    }
    out += literal ? escapeChar(ch) : escapeChar(ch);
  }
  return out;
}

/** Compile one built-in pattern to a regex source (no flags). */
export function compilePattern(p: string): string {
  let out = '';
  let i = 0;
  let word = '';
  const flush = () => {
    if (word) {
      out += word.startsWith('=') ? letters(word.slice(1), false, true) : letters(word, false);
      word = '';
    }
  };
  // stack of opening positions for [ ... ] so an optional group can absorb its separator
  const optStack: { pos: number; sepBefore: boolean }[] = [];
  while (i < p.length) {
    const ch = p[i] as string;
    if (ch === ' ') {
      flush();
      out += SEP;
      i++;
      continue;
    }
    if (ch === '(') {
      flush();
      out += '(?:';
    } else if (ch === ')') {
      flush();
      out += ')';
    } else if (ch === '|') {
      flush();
      out += '|';
    } else if (ch === '[') {
      flush();
      const sepBefore = out.endsWith(SEP);
      if (sepBefore) out = out.slice(0, -SEP.length);
      optStack.push({ pos: out.length, sepBefore });
      out += sepBefore ? `(?:${SEP}(?:` : '(?:(?:';
    } else if (ch === ']') {
      flush();
      const o = optStack.pop();
      if (!o) throw new Error(`unbalanced ] in ${p}`);
      if (o.sepBefore) {
        out += '))?';
      } else if (p[i + 1] === ' ') {
        out += `)${SEP})?`;
        i++;
      } else out += '))?';
    } else if (ch === '~') {
      flush();
      out += LETTERS;
    } else if (ch === '*') {
      flush();
      if (p[i + 1] === '*') {
        i++;
        if (p[i + 1] === ' ') {
          out += `(?:${WORD}${SEP}){0,5}`;
          i++;
        } else out += `(?:${SEP}${WORD}){0,5}`;
      } else out += WORD;
    } else if (ch === '#') {
      flush();
      out += '\\d+';
    } else {
      word += ch;
    }
    i++;
  }
  flush();
  if (p.startsWith('~')) {
    // compound tail ("säljteam", "bokslutserfarenhet"): match from the literal so the regex can scan fast
    return `(?:${out.slice(LETTERS.length)})${p.endsWith('~') ? '' : '(?![a-z0-9])'}`;
  }
  const head = '(?<![a-z0-9])';
  const tail = p.endsWith('~') ? '' : '(?![a-z0-9])';
  return `${head}(?:${out})${tail}`;
}

/** Compile a team rule's plain phrase: `*` = any one word, everything else literal. */
export function compilePhrase(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/).filter(Boolean);
  const parts = tokens.map((t) => (t === '*' ? WORD : letters(t.normalize('NFC'), true)));
  return `(?<![a-z0-9])(?:${parts.join(SEP)})(?![a-z0-9])`;
}

export interface Family {
  id: string;
  patterns: string[];
}

export interface CompiledSet {
  re: RegExp;
  ids: string[];
}

/** One global regex per category: each family is a capture group, so a match names its rule. */
export function compileFamilies(families: Family[], flags = 'g'): CompiledSet | null {
  const live = families.filter((f) => f.patterns.length > 0);
  if (live.length === 0) return null;
  const src = live.map((f) => `(${f.patterns.map(compilePattern).join('|')})`).join('|');
  return { re: new RegExp(src, flags), ids: live.map((f) => f.id) };
}

export interface RawMatch {
  id: string;
  s: number;
  e: number;
}

export function runSet(set: CompiledSet | null | undefined, text: string, out: RawMatch[]): void {
  if (!set) return;
  const re = set.re;
  re.lastIndex = 0;
  let m = re.exec(text);
  while (m !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
    } else {
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      out.push({ id: set.ids[g - 1] ?? set.ids[0] ?? '', s: m.index, e: m.index + m[0].length });
    }
    m = re.exec(text);
  }
}

// ---------------------------------------------------------------- first-word index

/**
 * The folded first letters (1–3) a match of pattern `p` can start with, or null when it can start
 * anywhere (leading `~`, `*`). Used to try a pattern only at word starts that can begin it.
 */
export function firstKeys(p: string): string[] | null {
  const out = new Set<string>();
  return collect(p.trim(), out, 3) ? [...out] : null;
}

/**
 * The longest literal prefixes a match of `p` must start with (same walk as firstKeys, but not cut
 * at three letters; stops before anything the regex may spell differently: diacritics, a doubled
 * consonant's second letter, `'`, `-`, `~`, separators). A cheap `startsWith` pre-check that is
 * implied by every match, so skipping the regex when none holds cannot change a result.
 */
export function firstPrefixes(p: string): string[] | null {
  const out = new Set<string>();
  return collect(p.trim(), out, 64) ? [...out] : null;
}

/** Split top-level alternatives of a group body. */
function splitTop(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of body) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function closing(p: string, i: number): number {
  let depth = 0;
  for (let j = i; j < p.length; j++) {
    const ch = p[j];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return p.length - 1;
}

const FOLD1: Record<string, string> = { ä: 'a', æ: 'a', ö: 'o', ø: 'o', ü: 'u', å: 'a', ß: 's', é: 'e' };

/** Adds the keys of `p` to out; false if unbounded. */
function collect(p: string, out: Set<string>, max: number): boolean {
  if (!p) return false;
  const ch = p[0] as string;
  if (ch === '(' || ch === '[') {
    const end = closing(p, 0);
    const body = p.slice(1, end);
    for (const alt of splitTop(body)) {
      // an alternative followed by the rest of the pattern
      const rest = p.slice(end + 1);
      const joined = alt.trim()
        ? alt + (rest.startsWith(' ') || rest === '' ? rest : rest)
        : rest.trimStart();
      if (!collect(joined.trim() === '' ? '' : joined, out, max)) return false;
    }
    if (ch === '[') {
      if (!collect(p.slice(end + 1).trimStart(), out, max)) return false;
    }
    return true;
  }
  if (ch === '#') {
    out.add('#');
    return true;
  }
  let lit = '';
  const low = (ch === '=' ? p.slice(1) : p).toLowerCase();
  for (let i = 0; i < low.length; i++) {
    const c = low[i] as string;
    if (/[a-z0-9]/.test(c)) lit += c;
    else if (FOLD1[c]) {
      // ä may be typed a or ae: the folded base letter is the last one we can rely on
      lit += FOLD1[c];
      break;
    } else break;
    if (lit.length >= max) break;
    // a doubled consonant may be typed single ("allt" ~ "alt"): nothing after it is certain
    if (max > 3 && low[i + 1] === c && CONSONANT.test(c)) break;
  }
  if (!lit) return false;
  out.add(lit);
  return true;
}
