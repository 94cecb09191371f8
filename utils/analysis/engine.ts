import type { DetectionRule, Language } from '@/utils/schema';
import {
  type CompiledSet,
  compileFamilies,
  compilePhrase,
  firstKeys,
  firstPrefixes,
  type RawMatch,
  runSet,
} from './compile';
import { type Folded, fold, foldPlain } from './fold';
import type { LangData, LangTable } from './langdata';
import type {
  AnalyzeOptions,
  Checklist,
  Detection,
  DraftLanguage,
  FlagKind,
  LeanFlag,
  Verdict,
} from './types';

const LANGS: readonly Language[] = ['sv', 'da', 'nb', 'en', 'de', 'fi'];
const SCANDINAVIAN: ReadonlySet<Language> = new Set(['sv', 'da', 'nb']);

const FLAG_CATS = ['decision', 'stock', 'closer', 'vague', 'risky'] as const;
const CUE_CATS = [
  'requirement',
  'qualification',
  'evidence',
  'comparison',
  'tip',
  'next',
  'thanks',
  'causal',
  'contrast',
  'internal',
  'notRejection',
] as const;
type FlagCat = (typeof FLAG_CATS)[number];
type CueCat = (typeof CUE_CATS)[number];
type Cat = FlagCat | CueCat;

interface CompiledLang {
  data: LangData;
  /** patterns that cannot be indexed by their first word: one global regex per category */
  scan: Partial<Record<Cat, CompiledSet | null>>;
}

/** A sticky regex tried at a word start whose first letters equal the bucket key. */
interface IndexEntry {
  lang: Language;
  langBit: number;
  cat: Cat;
  /** slot for "last match end" bookkeeping: one per (language, category) */
  slot: number;
  set: CompiledSet;
  /** literal prefixes (longer than the key) one of which every match starts with; null = no check */
  pre: string[] | null;
}

/** Numeric bucket key of the first 1–3 letters (a digit start is `#`). */
function keyOf(s: string, i: number, k: number): number {
  let x = 0;
  for (let j = 0; j < k; j++) x = x * 128 + s.charCodeAt(i + j);
  return x + k * 0x1000000;
}

interface Match {
  cat: Cat;
  lang: Language;
  id: string;
  s: number;
  e: number;
  sent: number;
  clause: number;
}

interface Span {
  kind: FlagKind;
  cat: FlagCat | 'team';
  lang: Language;
  id: string;
  s: number;
  e: number;
  sent: number;
  builtin: boolean;
  /** team rules: their own message / fix */
  message?: string;
  fix?: string;
}

// ---------------------------------------------------------------- compilation (once, at load)

let table: Record<string, CompiledLang> = {};
let lexicon = new Map<string, Float64Array>();
let index = new Map<number, IndexEntry[]>();
const ALL_CATS: readonly Cat[] = [...FLAG_CATS, ...CUE_CATS];

const HASH_KEY = keyOf('#', 0, 1);

/** `(a|~b|c)` as one whole pattern → separate patterns, so the indexable ones get indexed. */
function splitLeadingGroup(patterns: string[]): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    if (p.startsWith('(') && p.endsWith(')') && !/[()[\]]/.test(p.slice(1, -1)) && p.includes('~')) {
      out.push(...p.slice(1, -1).split('|'));
    } else out.push(p);
  }
  return out;
}

function familiesOf(data: LangData, c: Cat) {
  return (FLAG_CATS as readonly string[]).includes(c)
    ? arr(data[c as FlagCat])
    : [{ id: c, patterns: data.cues[c as CueCat] }];
}

function arr(rec: Record<string, string[]> | Partial<Record<string, string[]>>) {
  return Object.entries(rec)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]))
    .map(([id, patterns]) => ({ id, patterns }));
}

/** Drop prefixes that another (shorter) one already covers. */
function minimalPrefixes(list: string[]): string[] {
  list.sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const x of list) if (!out.some((y) => x.startsWith(y))) out.push(x);
  return out;
}

let source: Partial<LangTable> = {};

/**
 * Register the language data. Only the lexicons for language identification are built here; a
 * language's patterns are compiled the first time a draft needs them (compileLang).
 */
export function loadLanguages(langs: LangTable): void {
  table = {};
  lexicon = new Map();
  index = new Map();
  source = langs;
  LANGS.forEach((code, li) => {
    const data = langs[code];
    const add = (list: string, w: number) => {
      for (const raw of list.split(/\s+/)) {
        if (!raw) continue;
        const key = raw.length === 1 && raw.charCodeAt(0) > 127 ? raw : foldPlain(raw);
        let v = lexicon.get(key);
        if (!v) {
          v = new Float64Array(LANGS.length);
          lexicon.set(key, v);
        }
        v[li] = Math.max(v[li] ?? 0, w);
      }
    };
    add(data.words, 1);
    add(data.strong, 3);
  });
}

function compileLang(code: Language): CompiledLang | undefined {
  const data = source[code];
  if (!data) return undefined;
  const li = LANGS.indexOf(code);
  const scan: CompiledLang['scan'] = {};
  for (const c of ALL_CATS) {
    const unindexed: { id: string; patterns: string[] }[] = [];
    const buckets = new Map<string, { id: string; patterns: string[] }[]>();
    const pres = new Map<string, Set<string> | null>();
    for (const fam of familiesOf(data, c)) {
      for (const pat of splitLeadingGroup(fam.patterns)) {
        const keys = firstKeys(pat);
        if (!keys) {
          unindexed.push({ id: fam.id, patterns: [pat] });
          continue;
        }
        const prefixes = firstPrefixes(pat) ?? [];
        for (const k of keys) {
          const b = buckets.get(k) ?? [];
          b.push({ id: fam.id, patterns: [pat] });
          buckets.set(k, b);
          // prefixes compatible with this key; one no longer than the key makes the check moot
          let ps = pres.has(k) ? (pres.get(k) as Set<string> | null) : new Set<string>();
          for (const x of prefixes) {
            if (!ps) break;
            if (k === '#' || x.length <= k.length) {
              if (k.startsWith(x) || k === '#') ps = null;
            } else if (x.startsWith(k)) ps.add(x);
          }
          if (ps && ![...ps].some((x) => x.startsWith(k))) ps = null;
          pres.set(k, ps);
        }
      }
    }
    scan[c] = compileFamilies(unindexed);
    for (const [k, fams] of buckets) {
      const set = compileFamilies(fams, 'y');
      if (!set) continue;
      const ps = pres.get(k);
      const pre = ps ? minimalPrefixes([...ps]) : null;
      const nk = k === '#' ? keyOf('#', 0, 1) : keyOf(k, 0, k.length);
      const list = index.get(nk) ?? [];
      list.push({
        lang: code,
        langBit: 1 << li,
        cat: c,
        slot: li * ALL_CATS.length + ALL_CATS.indexOf(c),
        set,
        pre,
      });
      index.set(nk, list);
    }
  }
  // entries in slot order (language, then category), as if all languages were compiled at once
  for (const list of index.values()) list.sort((x, y) => x.slot - y.slot);
  const cl: CompiledLang = { data, scan };
  table[code] = cl;
  return cl;
}

// ---------------------------------------------------------------- segmentation

interface Segments {
  sentS: number[];
  sentE: number[];
  clS: number[];
  clE: number[];
  clSent: number[];
  sentOf: Int32Array;
  clauseOf: Int32Array;
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;

function segment(f: Folded, orig: string): Segments {
  const s = f.s;
  const n = s.length;
  const sentS: number[] = [];
  const sentE: number[] = [];
  let start = 0;
  const push = (a: number, b: number) => {
    while (a < b && isTrim(s.charCodeAt(a))) a++;
    while (b > a && isTrim(s.charCodeAt(b - 1))) b--;
    if (b > a) {
      sentS.push(a);
      sentE.push(b);
    }
  };
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      // a hard-wrapped line ("… gå vidare\nmed andra …") continues the sentence
      const pc = orig[(f.end[i - 1] ?? 0) - 1] ?? '';
      const nc = orig[f.start[i + 1] ?? 0] ?? '';
      const cont =
        i > 0 &&
        (isLetter(pc) || /[0-9]/.test(pc)) &&
        isLetter(nc) &&
        (nc === nc.toLowerCase() || pc !== pc.toLowerCase());
      if (cont) {
        // fold the newline into a space so patterns match across it
        continue;
      }
      push(start, i);
      start = i + 1;
    } else if (c === 33 || c === 63) {
      // ! ?
      let j = i + 1;
      while (j < n && (s.charCodeAt(j) === 33 || s.charCodeAt(j) === 63)) j++;
      push(start, j);
      start = j;
      i = j - 1;
    } else if (c === 46 || c === 58) {
      // . or :  — a boundary when followed by a space and (for ".") an original capital
      const next = s.charCodeAt(i + 1);
      if (i + 1 >= n) continue;
      if (next === 32) {
        if (c === 58) {
          push(start, i + 1);
          start = i + 1;
          continue;
        }
        const o = f.start[i + 2];
        if (o === undefined) continue;
        const ch = orig[o] ?? '';
        if (ch !== ch.toLowerCase() || ch === '"' || ch === '\u201c' || ch === '(') {
          push(start, i + 1);
          start = i + 1;
        }
      }
    }
  }
  push(start, n);
  const sentOf = new Int32Array(n).fill(-1);
  const clauseOf = new Int32Array(n).fill(-1);
  const clS: number[] = [];
  const clE: number[] = [];
  const clSent: number[] = [];
  for (let k = 0; k < sentS.length; k++) {
    const a = sentS[k] as number;
    const b = sentE[k] as number;
    sentOf.fill(k, a, b);
    let cs = a;
    for (let i = a; i <= b; i++) {
      const c = i < b ? s.charCodeAt(i) : 0;
      const boundary =
        i === b ||
        c === 44 || // ,
        c === 59 || // ;
        c === 40 ||
        c === 41 ||
        (c === 45 && s.charCodeAt(i - 1) === 32 && s.charCodeAt(i + 1) === 32);
      if (boundary) {
        let x = cs;
        let y = i;
        while (x < y && isTrim(s.charCodeAt(x))) x++;
        while (y > x && isTrim(s.charCodeAt(y - 1))) y--;
        if (y > x) {
          clauseOf.fill(clS.length, cs, Math.min(i + 1, b));
          clS.push(x);
          clE.push(y);
          clSent.push(k);
        }
        cs = i + 1;
      }
    }
  }
  return { sentS, sentE, clS, clE, clSent, sentOf, clauseOf };
}

function isLetter(x: string): boolean {
  return x.toLowerCase() !== x.toUpperCase();
}

function isTrim(c: number): boolean {
  // space, newline, , ; : - " ' ( ) . ! ? …
  return (
    c === 32 ||
    c === 10 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 45 ||
    c === 34 ||
    c === 39 ||
    c === 40 ||
    c === 41 ||
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 0x2026
  );
}

// ---------------------------------------------------------------- language identification

interface LangScores {
  doc: Float64Array;
  sent: Float64Array[];
}

function scoreLanguages(f: Folded, orig: string, seg: Segments): LangScores {
  const s = f.s;
  const L = LANGS.length;
  const doc = new Float64Array(L);
  const sent: Float64Array[] = [];
  for (let k = 0; k < seg.sentS.length; k++) {
    const v = new Float64Array(L);
    const a = seg.sentS[k] as number;
    const b = seg.sentE[k] as number;
    let i = a;
    while (i < b) {
      const c = s.charCodeAt(i);
      if ((c >= 97 && c <= 122) || c === 39) {
        const t0 = i;
        while (i < b) {
          const d = s.charCodeAt(i);
          if ((d >= 97 && d <= 122) || d === 39) i++;
          else break;
        }
        let tok = s.slice(t0, i);
        if (tok.length === 1) {
          const oc = orig[f.start[t0] as number];
          if (oc === 'å' || oc === 'Å') tok = 'å';
        }
        const w = lexicon.get(tok);
        if (w) for (let l = 0; l < L; l++) v[l] = (v[l] as number) + (w[l] as number);
      } else i++;
    }
    // orthography
    const oa = f.start[a] as number;
    const ob = f.end[b - 1] as number;
    for (let p = oa; p < ob; p++) {
      const c = orig.charCodeAt(p);
      if (c < 0xc0) continue;
      switch (orig[p]?.toLowerCase()) {
        case 'æ':
        case 'ø':
          v[1] = (v[1] as number) + 1;
          v[2] = (v[2] as number) + 1;
          break;
        case 'å':
          v[0] = (v[0] as number) + 0.4;
          v[1] = (v[1] as number) + 0.3;
          v[2] = (v[2] as number) + 0.3;
          break;
        case 'ä':
        case 'ö':
          v[0] = (v[0] as number) + 0.4;
          v[4] = (v[4] as number) + 0.3;
          v[5] = (v[5] as number) + 0.4;
          break;
        case 'ü':
        case 'ß':
          v[4] = (v[4] as number) + 1.5;
          break;
      }
    }
    for (let l = 0; l < L; l++) doc[l] = (doc[l] as number) + (v[l] as number);
    sent.push(v);
  }
  return { doc, sent };
}

function argmax(v: Float64Array): [number, number, number] {
  let best = -1;
  let bv = 0;
  let second = 0;
  for (let l = 0; l < v.length; l++) {
    const x = v[l] as number;
    if (x > bv) {
      second = bv;
      bv = x;
      best = l;
    } else if (x > second) second = x;
  }
  return [best, bv, second];
}

// ---------------------------------------------------------------- team rules

interface CompiledRule {
  rule: DetectionRule;
  re: RegExp;
}
const ruleCache = new Map<string, CompiledRule>();

function compileRule(rule: DetectionRule): CompiledRule | null {
  const key = `${rule.kind}\u0000${rule.pattern}\u0000${rule.language ?? ''}\u0000${rule.id}\u0000${rule.message ?? ''}\u0000${rule.fix ?? ''}`;
  let c = ruleCache.get(key);
  if (c) return c;
  const pattern = typeof rule.pattern === 'string' ? rule.pattern : '';
  if (!/\p{L}/u.test(pattern)) return null;
  try {
    c = { rule, re: new RegExp(compilePhrase(pattern), 'g') };
  } catch {
    return null;
  }
  if (ruleCache.size > 2000) ruleCache.clear();
  ruleCache.set(key, c);
  return c;
}

// ---------------------------------------------------------------- criteria

const CRITERION_STOP = new Set(
  (
    'erfarenhet erfaring erfaring experience erfahrung kokemus kokemusta kunskap kunskaper kendskab kjennskap ' +
    'knowledge kenntnisse osaaminen skills skill ability fardighet faerdighed ferdighet taito god goda gode good ' +
    'strong stark starka sterk staerk gute hyva year years ars aar jahre vuotta with och og and und ja med af av ' +
    'of in i im inom innen within for fur til till to the en ett et ein eine minst mindst at least mindestens ' +
    'vahintaan som as als muy very mycket meget svaert sehr erittain relevant relevante relevanta relevanten ' +
    'samt sowie seka eller or oder tai'
  ).split(' '),
);

const criteriaCache = new Map<string, RegExp[]>();

function compileCriteria(criteria: NonNullable<AnalyzeOptions['criteria']>, title: string): RegExp[] {
  const key = `${title}\u0001${criteria.map((c) => c?.label ?? '').join('\u0000')}`;
  const hit = criteriaCache.get(key);
  if (hit) return hit;
  const out: RegExp[] = [];
  // words of the job title ("Backend Developer") name the role, not a criterion the candidate was assessed on
  const titleWords = foldPlain(title)
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w.length >= 2);
  const inTitle = (w: string) =>
    titleWords.some((t) => t.startsWith(w.slice(0, 5)) || w.startsWith(t.slice(0, 5)));
  for (const c of criteria) {
    const label = typeof c?.label === 'string' ? c.label : '';
    const words = foldPlain(label)
      .split(/[^a-z0-9+#]+/)
      .filter((w) => w.length >= 2 && !CRITERION_STOP.has(w) && !/^\d+$/.test(w) && !inTitle(w));
    if (words.length === 0) continue;
    const stems = words.map((w) => {
      const stem = w.length > 5 ? w.slice(0, Math.max(4, w.length - 2)) : w;
      return stem.replace(/[\\^$.*+?()[\]{}|/#]/g, '\\$&');
    });
    out.push(new RegExp(`(?<![a-z0-9])(?:${stems.join('|')})`, 'g'));
  }
  if (criteriaCache.size > 200) criteriaCache.clear();
  criteriaCache.set(key, out);
  return out;
}

// ---------------------------------------------------------------- analysis

const EMPTY_CHECKLIST: Checklist = {
  thanks: false,
  decision: false,
  reason: false,
  comparison: false,
  tip: false,
  nextStep: false,
};

function emptyResult(lang: DraftLanguage): Detection {
  return { lang, verdict: 'not-rejection', score: 0, checklist: { ...EMPTY_CHECKLIST }, flags: [] };
}

const CUE_WEIGHT: Partial<Record<CueCat, number>> = {
  requirement: 2,
  qualification: 1,
  evidence: 1,
  comparison: 2,
};

/** `analyze` that never throws: an unexpected engine error reads as "no finding", never a crash in the page. */
export function safeAnalyze(text: string, options: AnalyzeOptions = {}): Detection {
  try {
    return analyze(text, options);
  } catch {
    return emptyResult('unknown');
  }
}

export function analyze(text: string, options: AnalyzeOptions = {}): Detection {
  if (typeof text !== 'string' || text.length === 0) return emptyResult('unknown');
  const f = fold(text);
  const s = f.s;
  const seg = segment(f, text);
  const scores = scoreLanguages(f, text, seg);
  // the draft's language: sentences vote (so one long boilerplate sentence in another language does
  // not outvote the rest); the summed word scores break ties and decide drafts without clear votes
  const vote = new Float64Array(LANGS.length);
  for (const v of scores.sent) {
    const [bi, bv, sv] = argmax(v);
    if (bi >= 0 && bv >= 2 && bv > sv) vote[bi] = (vote[bi] as number) + 1;
  }
  const docScore = scores.doc.map((x, l) => x + 1000 * (vote[l] as number));
  const [bestIdx] = argmax(docScore);
  const bestVal = bestIdx >= 0 ? (scores.doc[bestIdx] as number) : 0;
  if (bestIdx < 0 || bestVal < 1.5) return emptyResult('unknown');
  const docLang = LANGS[bestIdx] as Language;
  const allowed =
    Array.isArray(options.languages) && options.languages.length > 0
      ? new Set(options.languages.filter((l) => LANGS.includes(l)))
      : new Set(LANGS);
  if (!allowed.has(docLang)) return emptyResult(docLang);

  // languages to run: the draft's, plus any sentence that is confidently another language
  const sentLang: Language[] = [];
  const active = new Set<Language>([docLang]);
  for (const v of scores.sent) {
    const [bi, bv] = argmax(v);
    let l = docLang;
    if (bi >= 0 && bv >= 3) {
      // Scandinavian neighbours share many words: compare against the best language outside the group
      let rival = 0;
      for (let j = 0; j < v.length; j++) {
        if (j === bi || (bi <= 2 && j <= 2)) continue;
        rival = Math.max(rival, v[j] as number);
      }
      const cand = LANGS[bi] as Language;
      if (bv >= rival * 1.6 && allowed.has(cand)) l = bi <= 2 && SCANDINAVIAN.has(docLang) ? docLang : cand;
    }
    sentLang.push(l);
    active.add(l);
  }
  // Scandinavian languages are close: a draft or sentence in one gets the neighbours' patterns too.
  if ([...active].some((l) => SCANDINAVIAN.has(l))) {
    for (const l of SCANDINAVIAN) if (allowed.has(l)) active.add(l);
  }

  for (const l of active) if (!table[l]) compileLang(l);
  const byCat = new Map<Cat, Match[]>();
  for (const c of ALL_CATS) byCat.set(c, []);
  const record = (c: Cat, lang: Language, id: string, a: number, b: number) => {
    const sent = seg.sentOf[a] ?? -1;
    if (sent < 0) return;
    (byCat.get(c) as Match[]).push({ cat: c, lang, id, s: a, e: b, sent, clause: seg.clauseOf[a] ?? -1 });
  };
  // 1. indexed patterns: tried only at word starts whose first letters can begin them
  const lastEnd = new Int32Array(LANGS.length * ALL_CATS.length).fill(-1);
  let activeBits = 0;
  for (const l of active) activeBits |= 1 << LANGS.indexOf(l);
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!alnum) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = s.charCodeAt(j);
      if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) j++;
      else break;
    }
    const digit = c <= 57;
    for (let k = 1; k <= 3; k++) {
      if (digit && k > 1) break;
      if (!digit && i + k > j) break;
      const entries = index.get(digit ? HASH_KEY : keyOf(s, i, k));
      if (!entries) continue;
      for (const e of entries) {
        if ((activeBits & e.langBit) === 0) continue;
        if ((lastEnd[e.slot] as number) > i) continue;
        const pre = e.pre;
        if (pre !== null) {
          let ok = false;
          for (let q = 0; q < pre.length; q++) {
            if (s.startsWith(pre[q] as string, i)) {
              ok = true;
              break;
            }
          }
          if (!ok) continue;
        }
        const re = e.set.re;
        re.lastIndex = i;
        const m = re.exec(s);
        if (m === null || m[0].length === 0) continue;
        let g = 1;
        while (g < m.length && m[g] === undefined) g++;
        record(e.cat, e.lang, e.set.ids[g - 1] ?? '', i, i + m[0].length);
        lastEnd[e.slot] = i + m[0].length;
      }
    }
    i = j;
  }
  // 2. patterns that can start anywhere
  const raw: RawMatch[] = [];
  for (const lang of active) {
    const cl = table[lang];
    if (!cl) continue;
    for (const c of ALL_CATS) {
      const set = cl.scan[c];
      if (!set) continue;
      raw.length = 0;
      runSet(set, s, raw);
      for (const r of raw) record(c, lang, r.id, r.s, r.e);
    }
  }
  for (const list of byCat.values()) list.sort((x, y) => x.s - y.s);
  const get = (c: Cat) => byCat.get(c) as Match[];

  // quoted regions: boilerplate quoted in an internal email is flagged but is not a decision
  const quoted = quotedRanges(s);
  const inQuote = (p: number) => quoted.some(([a, b]) => p >= a && p < b);

  // ---------------- vague and risky flags: sentence level, after any boilerplate lead-in
  // a decision phrase that runs straight into a gut-feeling/protected-ground remark ("… you are not
  // the right culture fit") is part of that remark, not a separate boilerplate statement
  const hotRaw = [...get('vague'), ...get('risky')];
  const absorbed = (m: Match) =>
    hotRaw.some((h) => h.clause === m.clause && h.s >= m.s && h.s - m.e <= 12 && h.s - m.e > -1e9);
  const decisions = get('decision').filter((m) => !absorbed(m));
  const lead = [...decisions, ...get('stock'), ...get('closer')];
  const sentFlags = (cat: 'vague' | 'risky'): Span[] => {
    const bySent = new Map<number, Match[]>();
    for (const m of get(cat)) {
      const l = bySent.get(m.sent);
      if (l) l.push(m);
      else bySent.set(m.sent, [m]);
    }
    const out: Span[] = [];
    for (const [k, ms] of bySent) {
      ms.sort((x, y) => x.s - y.s);
      const first = ms[0] as Match;
      const last = ms[ms.length - 1] as Match;
      // the rule id names the draft's language when its own data matched too (Scandinavian triple)
      const named = ms.find((m) => m.lang === docLang) ?? first;
      let a = seg.sentS[k] as number;
      let b = seg.sentE[k] as number;
      for (const m of lead) {
        if (m.sent !== k) continue;
        if (m.e <= first.s) {
          const x = m.clause !== first.clause ? (seg.clE[m.clause] as number) : m.e;
          if (x > a) a = x;
        }
        if (m.s >= last.e) {
          const x = m.clause !== last.clause ? (seg.clS[m.clause] as number) : m.s;
          if (x < b) b = x;
        }
      }
      [a, b] = trim(s, a, b);
      if (b <= a) continue;
      out.push({
        kind: cat,
        cat,
        lang: named.lang,
        id: named.id,
        s: a,
        e: b,
        sent: k,
        builtin: true,
      });
    }
    return out;
  };
  const risky = sentFlags('risky');
  const riskySents = new Set(risky.map((r) => r.sent));
  const vague = sentFlags('vague').filter((v) => !riskySents.has(v.sent));
  const hot = [...risky, ...vague];
  const maskedSent = new Set(hot.map((h) => h.sent));

  // ---------------- reasons (cues), ignoring clauses with stock phrases and vague/risky sentences
  const maskedClause = new Set(get('stock').map((m) => m.clause));
  const decisionRanges = get('decision');
  const live = (m: Match) =>
    !maskedSent.has(m.sent) &&
    !maskedClause.has(m.clause) &&
    !inQuote(m.s) &&
    !decisionRanges.some((d) => m.s >= d.s && m.e <= d.e);
  const cueCount: Partial<Record<CueCat, number>> = {};
  const reasonAt = new Set<number>(); // clause indices with a job-related cue
  for (const c of CUE_CATS) {
    let n = 0;
    for (const m of get(c)) {
      if (c === 'thanks' || c === 'next' || c === 'tip' || c === 'internal' || c === 'notRejection') {
        if (!inQuote(m.s)) n++;
        continue;
      }
      if (!live(m)) continue;
      n++;
      if (CUE_WEIGHT[c]) reasonAt.add(m.clause);
    }
    cueCount[c] = n;
  }
  let criteriaHits = 0;
  if (Array.isArray(options.criteria) && options.criteria.length > 0) {
    // reason context: a sentence that also assesses or requires something (not a thanks/greeting line)
    const thanksSent = new Set<number>();
    for (const m of get('thanks')) thanksSent.add(m.sent);
    const reasonSent = new Set<number>();
    for (const c of ['requirement', 'qualification', 'evidence', 'comparison', 'causal'] as const)
      for (const m of get(c)) reasonSent.add(m.sent);
    const title = typeof options.profileTitle === 'string' ? options.profileTitle : '';
    for (const re of compileCriteria(options.criteria, title)) {
      re.lastIndex = 0;
      let m = re.exec(s);
      let hit = false;
      while (m !== null) {
        const sent = seg.sentOf[m.index] ?? -1;
        const clause = seg.clauseOf[m.index] ?? -1;
        if (
          sent >= 0 &&
          reasonSent.has(sent) &&
          !thanksSent.has(sent) &&
          !maskedSent.has(sent) &&
          !maskedClause.has(clause) &&
          !inQuote(m.index)
        ) {
          hit = true;
          reasonAt.add(clause);
        }
        m = re.exec(s);
      }
      if (hit) criteriaHits++;
    }
  }
  let reasonScore = criteriaHits * 2;
  for (const c of ['requirement', 'qualification', 'evidence', 'comparison'] as const) {
    reasonScore += Math.min(3, cueCount[c] ?? 0) * (CUE_WEIGHT[c] ?? 0);
  }
  const hasSubstance =
    criteriaHits > 0 ||
    (cueCount.requirement ?? 0) > 0 ||
    (cueCount.qualification ?? 0) > 0 ||
    (cueCount.comparison ?? 0) > 0;
  const reason = reasonScore >= 3 && hasSubstance;

  // ---------------- generic flags
  const contrastStarts = new Set<number>();
  for (const m of get('contrast')) {
    const cl = m.clause;
    if (cl >= 0 && m.s - (seg.clS[cl] as number) <= 1) contrastStarts.add(cl);
  }
  const causalClauses = new Set(get('causal').map((m) => m.clause));
  const stockClauses = new Set(get('stock').map((m) => m.clause));
  const reasonedDecision = (m: Match): boolean => {
    // region: clauses of the sentence around the decision, bounded by contrast ("but") clauses
    let lo = m.clause;
    while (lo > 0 && seg.clSent[lo - 1] === m.sent && !contrastStarts.has(lo)) lo--;
    let hi = m.clause;
    while (hi + 1 < seg.clS.length && seg.clSent[hi + 1] === m.sent && !contrastStarts.has(hi + 1)) hi++;
    let why = false;
    for (let c = lo; c <= hi; c++) {
      // a stock phrase as the reason ("… because they were a better match") leaves the decision generic; a
      // stock lead-in before it ("it was close between you two, and we went with them because …") does not
      if (stockClauses.has(c) && c >= m.clause) return false;
      if (causalClauses.has(c) || reasonAt.has(c)) why = true;
    }
    return why;
  };
  const inHot = (p: number) => hot.some((h) => p >= h.s && p < h.e);
  const gen: Span[] = [];
  const pushGeneric = (m: Match, cat: 'decision' | 'stock' | 'closer') => {
    if (m.clause < 0 || inHot(m.s)) return;
    let a = cat === 'closer' ? m.s : (seg.clS[m.clause] as number);
    let b = seg.clE[m.clause] as number;
    for (const h of hot) {
      if (h.sent !== m.sent) continue;
      if (h.e <= m.s && h.e > a) a = h.e;
      if (h.s >= m.e && h.s < b) b = h.s;
    }
    [a, b] = trim(s, a, b);
    if (b > a)
      gen.push({ kind: 'generic', cat, lang: m.lang, id: m.id, s: a, e: b, sent: m.sent, builtin: true });
  };
  for (const m of decisions) if (!reasonedDecision(m)) pushGeneric(m, 'decision');
  for (const m of get('stock')) pushGeneric(m, 'stock');
  for (const m of get('closer')) pushGeneric(m, 'closer');
  const generic = mergeGeneric(gen, s);

  // ---------------- team rules
  const team: Span[] = [];
  const allows: [number, number][] = [];
  if (Array.isArray(options.rules)) {
    for (const rule of options.rules) {
      if (!rule || typeof rule !== 'object') continue;
      if (rule.language && !active.has(rule.language)) continue;
      const c = compileRule(rule);
      if (!c) continue;
      c.re.lastIndex = 0;
      let m = c.re.exec(s);
      while (m !== null) {
        if (m[0].length === 0) c.re.lastIndex++;
        else if (rule.kind === 'allow') allows.push([m.index, m.index + m[0].length]);
        else {
          const [a, b] = trim(s, m.index, m.index + m[0].length);
          if (b > a)
            team.push({
              kind: rule.kind as FlagKind,
              cat: 'team',
              lang: rule.language ?? docLang,
              id: rule.id,
              s: a,
              e: b,
              sent: seg.sentOf[a] ?? -1,
              builtin: false,
              message: rule.message || undefined,
              fix: rule.fix || undefined,
            });
        }
        m = c.re.exec(s);
      }
    }
  }

  let spans = [...generic, ...vague, ...risky];
  if (allows.length > 0) spans = spans.filter((sp) => !allows.some(([a, b]) => a < sp.e && b > sp.s));
  spans.push(...team);

  // ---------------- verdict
  const liveDecisions = get('decision').filter((m) => !inQuote(m.s));
  const internal = (cueCount.internal ?? 0) > 0;
  const notRej = (cueCount.notRejection ?? 0) > 0;
  const isRejection = liveDecisions.length > 0 && !internal && !notRej;
  let verdict: Verdict = 'not-rejection';
  if (isRejection) verdict = reason ? 'specific-rejection' : 'generic-rejection';

  const checklist: Checklist = {
    thanks: (cueCount.thanks ?? 0) > 0,
    decision: liveDecisions.length > 0,
    reason,
    comparison: (cueCount.comparison ?? 0) > 0,
    tip: (cueCount.tip ?? 0) > 0,
    nextStep: (cueCount.next ?? 0) > 0,
  };

  let score = 0;
  if (reason) score += 40 + Math.min(20, (reasonScore - 3) * 4);
  else score += Math.min(12, reasonScore * 4);
  if (checklist.comparison) score += 12;
  if (checklist.tip) score += 8;
  if (checklist.nextStep) score += 8;
  if (checklist.thanks) score += 5;
  if (checklist.decision) score += 5;
  for (const sp of spans) {
    if (sp.kind === 'generic') score -= 3;
    else if (sp.kind === 'vague') score -= 8;
    else score -= 15;
  }
  score = Math.max(0, Math.min(100, Math.round(score)));

  // ---------------- flags back to original offsets
  const flags: LeanFlag[] = [];
  for (const sp of spans.sort((x, y) => x.s - y.s || y.e - x.e)) {
    const start = f.start[sp.s];
    const end = f.end[sp.e - 1];
    if (start === undefined || end === undefined || end <= start) continue;
    const flag: LeanFlag = {
      kind: sp.kind,
      rule: `${sp.lang}.${sp.id}`,
      start,
      end,
      text: text.slice(start, end),
      cat: sp.cat,
    };
    if (sp.message) flag.message = sp.message;
    if (sp.fix) flag.fix = sp.fix;
    flags.push(flag);
  }
  return { lang: docLang, verdict, score, checklist, flags };
}

function trim(s: string, a: number, b: number): [number, number] {
  while (a < b && isTrim(s.charCodeAt(a))) a++;
  while (b > a && isTrim(s.charCodeAt(b - 1))) b--;
  // keep a closing quote/bracket if its opener is inside
  return [a, b];
}

const JOIN =
  /^[\s,;:\-"']*(?:(?:och|og|and|und|ja|samt|sowie|men|but|aber|mutta|dog|so|sa|which|som|der|die|joka)\b)?[\s,;:\-"']*$/;

function mergeGeneric(spans: Span[], s: string): Span[] {
  const prio = { decision: 0, stock: 1, closer: 2, team: 3, vague: 4, risky: 5 } as const;
  spans.sort((x, y) => x.s - y.s || y.e - x.e);
  const out: Span[] = [];
  for (const sp of spans) {
    const last = out[out.length - 1];
    if (last && last.sent === sp.sent && (sp.s <= last.e || JOIN.test(s.slice(last.e, sp.s)))) {
      if (sp.e > last.e) last.e = sp.e;
      if (prio[sp.cat] < prio[last.cat]) {
        last.cat = sp.cat;
        last.id = sp.id;
        last.lang = sp.lang;
      }
      continue;
    }
    out.push({ ...sp });
  }
  return out;
}

function quotedRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) open = -1;
    else if (c === 34) {
      if (open < 0) open = i;
      else {
        out.push([open, i]);
        open = -1;
      }
    }
  }
  // single quotes used as quotation marks: ' after a space/start … ' before a space/punctuation/end
  const re = /(?:^|[\s(])'([^'\n]{6,}?)'(?=$|[\s.,;:!?)])/g;
  let m = re.exec(s);
  while (m !== null) {
    out.push([m.index, m.index + m[0].length]);
    m = re.exec(s);
  }
  return out;
}

export { isAlnum };
