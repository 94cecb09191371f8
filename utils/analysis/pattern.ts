/**
 * Parses the pattern syntax of the language data (lang/*.ts, trusted) and the plain phrases of team
 * rules (untrusted) into one small tree over words. Built-in syntax:
 *
 *   space      word separator (spaces, commas, colons, quotes, dashes, a soft line break)
 *   (a|b c)    alternatives, each may be several words
 *   [a|b]      optional word(s)
 *   ~          any letters (inflection/compound tail), e.g. `ansök~`; a leading `~` allows a compound
 *              head (`~krav` finds "arbetskrav"; a pattern starting with it matches from the tail)
 *   *          any one word;  **  up to five words
 *   #          a number
 *   ä ö å æ ø ü  also match the folded and the two-letter spelling (tyvärr ~ tyvarr, desværre ~ desvaerre)
 *   doubled consonants may be typed single (tyvärr ~ tyvär)
 *   =word      exact letters: no doubled-consonant tolerance (German `=denn` must not match `den`);
 *              a word of plain letters must be typed so, ä ö å æ ø ü as written (Swedish `=män`,
 *              men, is not the pronoun "man"; `=stamning`, a stammer, is not "stämning")
 *   ' and -    inside a word are optional (won't ~ wont, e-mail ~ email); other punctuation inside a
 *              word (node.js, cv:n, s/4hana) must be there, with nothing around it
 *
 * Team rules only know `*` (a whole word); everything else in them is literal, matched case- and
 * diacritic-insensitively with the same tolerances.
 */
import { CLASS, DIGIT, foldCode, gapCode } from './chars';
import { type Form, letterUnits, type Unit } from './words';

/** One way to write a pattern word: its parts inside single words of the draft, and what joins them. */
export interface Variant {
  atoms: Form[];
  /** Canonical punctuation between atoms (atoms.length - 1 entries; nothing else in that gap). */
  joins: string[];
  /**
   * Punctuation in the gap before the first atom, as parts with separators between them: the last
   * part ends the gap ("(" of a team rule "(a.k.a."); earlier parts are punctuation-only words
   * ("R & D": ["&", ""]). [''] when nothing is required.
   */
  lead: string[];
  /** Punctuation that must start the gap after the last atom, as parts (see `lead`). */
  trail: string[];
}

export type Node =
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'opt'; node: Node }
  | { t: 'word'; variants: Variant[] }
  /** A word of punctuation only (team rule "R & D"): must stand in the gap, between separators. */
  | { t: 'punct'; text: string }
  | { t: 'star' }
  | { t: 'stars' };

// ---------------------------------------------------------------- words

/** Pieces of one written word: text, or a group of alternatives written inside it ("(team|grupp)~dynamik~"). */
type Piece = { t: 'text'; s: string } | { t: 'group'; alts: Piece[][]; opt: boolean };

type Mode = 'builtin' | 'phrase';

const isWordCode = (code: number) => (CLASS[code] as number) <= DIGIT;
/** ' and - may be left out (won't ~ wont); other punctuation in a word is literal. */
const isOptionalPunct = (ch: string) => ch === "'" || ch === '\u2019' || ch === '-';

interface Part {
  units: Unit[];
}

/** Punctuation that must be there (optional ' and - removed). */
function required(s: string): string {
  let out = '';
  for (const ch of s) if (!isOptionalPunct(ch)) out += ch;
  return out;
}

/** Punctuation as the gap check sees it (typographic quotes and dashes as ASCII). */
function canon(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(gapCode(s.charCodeAt(i)));
  return out;
}

/** Built-in words repeat across patterns ("inte", "vi", "kandidat~"): parsed once (nodes are never mutated). */
const builtinWords = new Map<string, Node | null>();

/**
 * A word (no spaces) → its variants. Splits at punctuation outside groups: optional ' and - give a
 * joined and a split spelling; other punctuation must stand between the parts.
 */
function wordNode(pieces: Piece[], mode: Mode, tailStart: boolean): Node | null {
  const only = pieces.length === 1 ? pieces[0] : undefined;
  if (mode === 'builtin' && only?.t === 'text') {
    const key = (tailStart ? '^' : '') + only.s;
    let n = builtinWords.get(key);
    if (n === undefined) {
      n = makeWord(pieces, mode, tailStart);
      builtinWords.set(key, n);
    }
    return n;
  }
  return makeWord(pieces, mode, tailStart);
}

function makeWord(pieces: Piece[], mode: Mode, tailStart: boolean): Node | null {
  let exact = false;
  let spelling: string | undefined;
  const first = pieces[0];
  if (mode === 'builtin' && first?.t === 'text' && first.s.startsWith('=')) {
    exact = true;
    pieces = [{ t: 'text', s: first.s.slice(1) }, ...pieces.slice(1)];
    // a word of plain letters must be typed so (case aside), not only fold to it: "man" is not `=män`,
    // "stämning" is not `=stamning` (checked on the word as typed: program.ts wordKey)
    const letters = first.s.slice(1).normalize('NFC').toLowerCase();
    if (pieces.length === 1 && /^\p{L}+$/u.test(letters)) spelling = letters;
  }
  // segments: part, punct, part, punct, …, part (a part is what one word of the draft holds)
  const parts: Part[] = [{ units: [] }];
  const puncts: string[] = [];
  let inPunct = false;
  let run = '';
  const toUnits = (s: string): Unit[] => {
    const out: Unit[] = [];
    let letters = '';
    const flush = () => {
      if (letters) out.push(...letterUnits(letters.toLowerCase(), exact, foldCode));
      letters = '';
    };
    for (const ch of s) {
      if (mode === 'builtin' && ch === '~') {
        flush();
        out.push({ k: 'any' });
      } else if (mode === 'builtin' && ch === '#') {
        flush();
        out.push({ k: 'digits' });
      } else letters += ch;
    }
    flush();
    return out;
  };
  const groupUnits = (g: Extract<Piece, { t: 'group' }>): Unit => {
    const alts = g.alts.map((alt) => alt.flatMap((p) => (p.t === 'text' ? toUnits(p.s) : [groupUnits(p)])));
    if (g.opt) alts.push([]);
    return { k: 'alt', alts };
  };
  const flushRun = () => {
    if (run) (parts[parts.length - 1] as Part).units.push(...toUnits(run));
    run = '';
  };
  const toPart = () => {
    if (inPunct) {
      parts.push({ units: [] });
      inPunct = false;
    }
  };
  for (const p of pieces) {
    if (p.t === 'group') {
      toPart();
      flushRun();
      (parts[parts.length - 1] as Part).units.push(groupUnits(p));
      continue;
    }
    for (const ch of p.s) {
      const code = ch.charCodeAt(0);
      if (isWordCode(code) || (mode === 'builtin' && (ch === '~' || ch === '#'))) {
        toPart();
        run += ch;
        continue;
      }
      flushRun();
      if (!inPunct) {
        puncts.push('');
        inPunct = true;
      }
      puncts[puncts.length - 1] += ch;
    }
  }
  flushRun();
  // normalise: leading punctuation (before the first part's units), middle joins, trailing punctuation
  let lead = '';
  let trail = '';
  if (inPunct) trail = puncts.pop() as string;
  if ((parts[0] as Part).units.length === 0 && puncts.length > 0) {
    lead = puncts.shift() as string;
    parts.shift();
  }
  lead = canon(required(lead));
  trail = canon(required(trail));
  if (parts.length === 0 || parts.every((x) => x.units.length === 0)) {
    // punctuation only: a word of its own in a phrase, nothing in a built-in pattern
    const text = canon(required(lead + trail));
    return text && mode === 'phrase' ? { t: 'punct', text } : null;
  }
  if (tailStart && (parts[0] as Part).units[0]?.k !== 'any') tailStart = false;
  // variants over the optional joins (at most 3 choices; more are all split or all joined)
  const optional = puncts.map((s) => required(s) === '');
  const choices = optional.filter(Boolean).length;
  const masks: number[] = [];
  if (choices <= 3) for (let m = 0; m < 1 << choices; m++) masks.push(m);
  else masks.push(0, (1 << choices) - 1);
  const variants: Variant[] = [];
  for (const mask of masks) {
    const atoms: Unit[][] = [[...(parts[0] as Part).units]];
    const joins: string[] = [];
    let bit = 0;
    for (let i = 0; i < puncts.length; i++) {
      const next = (parts[i + 1] as Part).units;
      const join = optional[i] ? (mask >> bit++) & 1 : 0;
      if (join) (atoms[atoms.length - 1] as Unit[]).push(...next);
      else {
        joins.push(canon(puncts[i] as string));
        atoms.push([...next]);
      }
    }
    if (atoms.some((a) => a.length === 0)) continue;
    variants.push({
      atoms: atoms.map((units, i) =>
        i === 0 && tailStart ? { units, tailStart: true } : spelling ? { units, spelling } : { units },
      ),
      joins,
      lead: [lead],
      trail: [trail],
    });
  }
  return variants.length > 0 ? { t: 'word', variants } : null;
}

// ---------------------------------------------------------------- built-in patterns

interface Cursor {
  p: string;
  i: number;
}

/** An item: pieces written together (no space between). null = nothing written (around a space). */
function parseItem(c: Cursor): Piece[] {
  const pieces: Piece[] = [];
  while (c.i < c.p.length) {
    const ch = c.p[c.i] as string;
    if (ch === ' ' || ch === ')' || ch === ']' || ch === '|') break;
    if (ch === '(' || ch === '[') {
      c.i++;
      const alts = parseAltPieces(c, ch === '(' ? ')' : ']');
      pieces.push({ t: 'group', alts, opt: ch === '[' });
      continue;
    }
    let s = '';
    while (c.i < c.p.length && !' ()[]|'.includes(c.p[c.i] as string)) s += c.p[c.i++];
    pieces.push({ t: 'text', s });
  }
  return pieces;
}

/** Alternatives of a group, each a list of items (an item = pieces; a space separates items). */
type ItemList = Piece[][];

function parseAltPieces(c: Cursor, close: string): Piece[][] {
  // a group's alternatives, each flattened to its items joined by a ' ' text marker
  const alts: Piece[][] = [];
  let cur: Piece[] = [];
  while (c.i < c.p.length) {
    const ch = c.p[c.i] as string;
    if (ch === close) {
      c.i++;
      break;
    }
    if (ch === ')' || ch === ']') {
      c.i++; // unbalanced: tolerate
      break;
    }
    if (ch === '|') {
      alts.push(cur);
      cur = [];
      c.i++;
      continue;
    }
    if (ch === ' ') {
      cur.push({ t: 'text', s: ' ' });
      c.i++;
      continue;
    }
    cur.push(...parseItem(c));
  }
  alts.push(cur);
  return alts;
}

/** Splits pieces at ' ' markers into items. */
function items(pieces: Piece[]): ItemList {
  const out: ItemList = [[]];
  for (const p of pieces) {
    if (p.t === 'text' && p.s === ' ') out.push([]);
    else (out[out.length - 1] as Piece[]).push(p);
  }
  return out;
}

/** A group whose alternatives are single words (no spaces, no `*`): can live inside a word. */
function isWordGroup(p: Piece): boolean {
  if (p.t !== 'group') return true;
  return p.alts.every(
    (alt) => items(alt).length === 1 && alt.every((x) => x.t !== 'text' || !x.s.includes('*')),
  );
}

function seqNode(list: ItemList, mode: Mode, tailStart: boolean): Node {
  const nodes: Node[] = [];
  list.forEach((it, k) => {
    const n = itemNode(it, mode, tailStart && k === 0);
    if (n) nodes.push(n);
  });
  return nodes.length === 1 ? (nodes[0] as Node) : { t: 'seq', items: nodes };
}

function itemNode(pieces: Piece[], mode: Mode, tailStart: boolean): Node | null {
  if (pieces.length === 0) return null;
  if (pieces.length === 1) {
    const p = pieces[0] as Piece;
    if (p.t === 'group') {
      const alt: Node = { t: 'alt', alts: p.alts.map((a) => seqNode(items(a), mode, tailStart)) };
      return p.opt ? { t: 'opt', node: alt } : alt;
    }
    if (p.s === '*') return { t: 'star' };
    if (p.s === '**') return { t: 'stars' };
  }
  const k = pieces.findIndex((p) => !isWordGroup(p));
  if (k < 0) return wordNode(pieces, mode, tailStart);
  // a group with several-word alternatives written against other text: distribute the text into it
  const g = pieces[k] as Extract<Piece, { t: 'group' }>;
  const before = pieces.slice(0, k);
  const after = pieces.slice(k + 1);
  const alts: Node[] = g.alts.map((alt) => {
    const its = items(alt);
    (its[0] as Piece[]).unshift(...before);
    (its[its.length - 1] as Piece[]).push(...after);
    return seqNode(its, mode, tailStart);
  });
  if (g.opt) alts.push(seqNode([[...before, ...after]], mode, tailStart));
  return { t: 'alt', alts };
}

/** Parses one built-in pattern (lang/*.ts syntax). */
export function parsePattern(p: string): Node {
  const c: Cursor = { p: p.trim(), i: 0 };
  const alts = parseAltPieces(c, '\u0000');
  const tailStart = c.p.startsWith('~');
  const nodes = alts.map((a) => seqNode(items(a), 'builtin', tailStart));
  return nodes.length === 1 ? (nodes[0] as Node) : { t: 'alt', alts: nodes };
}

/**
 * Parses a team rule's plain phrase: `*` is any one word, everything else literal. A word of
 * punctuation only ("R & D") becomes a required part of the gap it stands in.
 */
export function parsePhrase(phrase: string): Node {
  const nodes: Node[] = [];
  let pending: string[] = [];
  for (const w of phrase.normalize('NFC').trim().split(/\s+/)) {
    if (!w) continue;
    const n: Node | null = w === '*' ? { t: 'star' } : wordNode([{ t: 'text', s: w }], 'phrase', false);
    if (!n) continue;
    if (n.t === 'punct') {
      pending.push(n.text);
      continue;
    }
    if (pending.length > 0 && n.t === 'word') {
      for (const v of n.variants) v.lead = [...pending, ...v.lead];
    } else if (pending.length > 0 && n.t === 'star') {
      nodes.push({ t: 'punct', text: pending.join(' ') });
    }
    pending = [];
    nodes.push(n);
  }
  const last = nodes[nodes.length - 1];
  if (pending.length > 0 && last?.t === 'word')
    for (const v of last.variants) v.trail = [...v.trail, ...pending];
  return { t: 'seq', items: nodes.filter((x) => x.t !== 'punct') };
}
