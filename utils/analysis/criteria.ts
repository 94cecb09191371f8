/**
 * The active job profile's criteria: a draft that names them where it assesses the candidate is
 * more specific. Each criterion label gives word stems (stop words, numbers and words of the job
 * title left out; long words cut by two letters so inflections match); a word of the draft that
 * starts with a stem names the criterion. Compiled into one program per profile (cached, bounded).
 */
import type { Criterion } from '@/utils/schema';
import { CLASS, DIGIT, foldString, gapCode } from './chars';
import type { Node, Variant } from './pattern';
import { type Program, ProgramBuilder, type WordId } from './program';
import type { Tokens } from './tokenise';
import type { Unit } from './words';

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

type Labelled = Pick<Criterion, 'label'>;

/** Words of a folded label: letters, digits, + and # (C++, C#); anything else separates. */
function labelWords(folded: string): string[] {
  const out: string[] = [];
  let w = '';
  for (const ch of folded) {
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || ch === '+' || ch === '#') w += ch;
    else {
      if (w) out.push(w);
      w = '';
    }
  }
  if (w) out.push(w);
  return out;
}

/** The stems of each criterion (empty list: the criterion names nothing to look for). */
export function criterionStems(criteria: readonly Labelled[], title: string): string[][] {
  // words of the job title ("Backend Developer") name the role, not a criterion the candidate was assessed on
  const titleWords = labelWords(foldString(title)).filter((w) => w.length >= 2);
  const inTitle = (w: string) =>
    titleWords.some((t) => t.startsWith(w.slice(0, 5)) || w.startsWith(t.slice(0, 5)));
  return criteria.map((c) => {
    const label = typeof c?.label === 'string' ? c.label : '';
    const words = labelWords(foldString(label)).filter(
      (w) => w.length >= 2 && !CRITERION_STOP.has(w) && !/^\d+$/.test(w) && !inTitle(w),
    );
    return words.map((w) => (w.length > 5 ? w.slice(0, Math.max(4, w.length - 2)) : w));
  });
}

const lit = (s: string): Unit[] => [...s].map((c) => ({ k: 'c', c }));

/** A stem as a pattern word: its letters start a word of the draft; + and # must follow as written. */
function stemNode(stem: string): Node | null {
  const parts: string[] = [''];
  const puncts: string[] = [];
  for (const ch of stem) {
    const word = (CLASS[ch.charCodeAt(0)] as number) <= DIGIT;
    if (word) {
      if (puncts.length === parts.length) parts.push('');
      parts[parts.length - 1] += ch;
    } else {
      if (puncts.length < parts.length) puncts.push('');
      puncts[puncts.length - 1] += String.fromCharCode(gapCode(ch.charCodeAt(0)));
    }
  }
  let lead = '';
  let trail = '';
  if (puncts.length === parts.length) trail = puncts.pop() as string;
  if (parts[0] === '' && puncts.length > 0) {
    lead = puncts.shift() as string;
    parts.shift();
  }
  if (parts.length === 0 || parts.some((p) => p === '')) return null;
  const atoms = parts.map((p, i) => {
    const units = lit(p);
    // the last part is a prefix of the word (no end boundary), unless punctuation must follow it
    if (i === parts.length - 1 && !trail) units.push({ k: 'any' });
    return { units };
  });
  const v: Variant = { atoms, joins: puncts, lead: [lead], trail: [trail] };
  return { t: 'word', variants: [v] };
}

export interface CompiledCriteria {
  program: Program | null;
}

const cache = new Map<string, CompiledCriteria>();
const KEEP = 16;

export function compileCriteria(criteria: readonly Labelled[], title: string): CompiledCriteria {
  const key = `${title}\u0001${criteria.map((c) => c?.label ?? '').join('\u0000')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const b = new ProgramBuilder();
  let any = false;
  criterionStems(criteria, title).forEach((stems, ci) => {
    for (const s of stems) {
      const node = stemNode(s);
      if (!node) continue;
      b.addPattern(node, { slot: ci, order: 0, id: ci, langs: 0 }, 0);
      any = true;
    }
  });
  const out: CompiledCriteria = { program: any ? b.build(2000) : null };
  cache.set(key, out);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return out;
}

export interface CriterionHit {
  criterion: number;
  start: number;
  startWord: number;
}

/** Every place a criterion is named (per criterion, without overlaps). */
export function matchCriteria(c: CompiledCriteria, t: Tokens, keys: string[]): CriterionHit[] {
  const p = c.program;
  if (!p) return [];
  const ids: WordId[] = keys.map((k) => p.word(k));
  return p.run(t, ids, 0).map((h) => ({ criterion: h.accept.id, start: h.start, startWord: h.startWord }));
}
