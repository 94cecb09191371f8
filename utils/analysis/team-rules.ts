/**
 * Team rules: plain phrases (case- and diacritic-insensitive, `*` = any one word, everything else
 * literal) from a team's phrasebooks. A rule set is compiled once into one program (program.ts) —
 * the phrases share their leading words in a trie, so 2,000 rules that start `* * *` cost three
 * states — and reused for every draft: by the rules array itself (the content script passes the
 * same array on every keystroke) and otherwise by the rules' text, in a small bounded cache.
 *
 * Defensive limits (the bundle schema is stricter): at most MAX_RULES rules and MAX_WORDS words
 * per rule are compiled; the matcher stays linear in the draft for any rule set.
 */
import type { DetectionRule, Language } from '@/utils/schema';
import { LANGS } from './compile';
import { parsePhrase } from './pattern';
import { type Hit, MAX_BACK, type Program, ProgramBuilder, type WordId } from './program';
import type { Tokens } from './tokenise';

export const MAX_RULES = 5000;
export const MAX_WORDS = MAX_BACK;
/** How many compiled rule sets are kept (one per phrasebook selection in use). */
const KEEP = 8;

export interface CompiledRules {
  program: Program | null;
  /** Accept.id → the rule. */
  rules: DetectionRule[];
}

const NONE: CompiledRules = { program: null, rules: [] };

const byArray = new WeakMap<readonly unknown[], CompiledRules>();
const byText = new Map<string, CompiledRules>();

/** Letters (any script) somewhere in the pattern: a rule of wildcards and symbols matches nothing. */
function hasLetter(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] as string;
    if (ch.toLowerCase() !== ch.toUpperCase()) return true;
    const c = ch.charCodeAt(0);
    if (c >= 0x3040 && c <= 0x9fff) return true; // kana, CJK: no case
  }
  return false;
}

function validRule(r: unknown): r is DetectionRule {
  if (!r || typeof r !== 'object') return false;
  const x = r as Record<string, unknown>;
  if (typeof x.pattern !== 'string' || !hasLetter(x.pattern)) return false;
  if (x.language !== undefined && x.language !== null && !LANGS.includes(x.language as Language))
    return false;
  return ['generic', 'vague', 'risky', 'allow'].includes(x.kind as string);
}

function compile(list: DetectionRule[]): CompiledRules {
  const b = new ProgramBuilder();
  const rules: DetectionRule[] = [];
  for (const rule of list) {
    if (rules.length >= MAX_RULES) break;
    const node = parsePhrase(rule.pattern);
    if (node.t !== 'seq' || node.items.length === 0 || node.items.length > MAX_WORDS) continue;
    // leading `*` words are not matched forward from every word of the draft: the rule starts at its
    // first literal word, and a match reaches back over that many words (program.ts BackWalk)
    let back = 0;
    while (back < node.items.length && node.items[back]?.t === 'star') back++;
    const items = node.items.slice(back);
    if (!items.some((n) => n.t === 'word')) continue;
    const keys = items.map((n) => JSON.stringify(n));
    const li = rule.language ? LANGS.indexOf(rule.language) : -1;
    b.addTrie(items, keys, {
      slot: rules.length,
      order: rules.length,
      id: rules.length,
      langs: li >= 0 ? 1 << li : 0,
      back,
    });
    rules.push(rule);
  }
  return rules.length > 0 ? { program: b.build(5000), rules } : NONE;
}

/** The compiled program of a rule set (cached). */
export function compileRules(input: unknown): CompiledRules {
  if (!Array.isArray(input) || input.length === 0) return NONE;
  const hit = byArray.get(input);
  if (hit) return hit;
  const list = input.filter(validRule);
  const key = JSON.stringify(
    list.map((r) => [r.kind, r.pattern, r.language ?? '', r.id, r.message ?? '', r.fix ?? '']),
  );
  let c = byText.get(key);
  if (c) {
    byText.delete(key);
  } else {
    c = compile(list);
  }
  byText.set(key, c);
  if (byText.size > KEEP) byText.delete(byText.keys().next().value as string);
  byArray.set(input, c);
  return c;
}

export interface RuleHit {
  rule: DetectionRule;
  start: number;
  end: number;
}

/** Matches of the team rules in the draft (per rule, without overlaps), for the active languages. */
export function matchRules(c: CompiledRules, t: Tokens, keys: string[], langs: number): RuleHit[] {
  const p = c.program;
  if (!p) return [];
  const ids: WordId[] = keys.map((k) => p.word(k));
  return p.run(t, ids, langs).map((h: Hit) => ({
    rule: c.rules[h.accept.id] as DetectionRule,
    start: h.start,
    end: h.end,
  }));
}
