/**
 * Task h11a: a decision's sentence often runs on in a relative clause about the person taken ("We offered the
 * role to someone else, who accepted and starts on the 3rd", "Valitsimme yhden muista tytöistä, jotka olivat
 * kokeilemassa"): it is part of the decision sentence, so the decision's underline reaches the sentence end.
 * Not when the tail holds a reason or anything else the analyzer reads ("another fitter who can do the late
 * shifts": the relative clause is the reason and must stay countable).
 */
import type { Match, Matches } from './match';

/** Where the sentence holding offset p ends: the first . ! ? or line break from p on. */
function sentenceEnd(text: string, p: number): number {
  for (let i = p; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return i;
  }
  return text.length;
}

/** Categories whose words in the tail keep it out of the decision's wording. */
const READ = [
  'qualification',
  'requirement',
  'evidence',
  'comparison',
  'causal',
  'contrast',
  'stock',
  'risky',
  'vague',
  'closer',
  'decision',
] as const;

/**
 * Whether a match of `list` other than `d` lies in d's tail (after d, before `end`). A module function, not a closure
 * per decision: the CLI runs under tsx, which names every named closure with a defineProperty call each time.
 */
function inTail(list: readonly Match[], d: Match, end: number): boolean {
  for (const x of list) if (x !== d && x.s < end && x.e > d.e) return true;
  return false;
}

export function withRelativeTail(m: Matches, text: string): Matches {
  if (m.decision.length === 0 || m.relative.length === 0) return m;
  let changed = false;
  const decision = m.decision.map((d) => {
    const rel = m.relative.find((r) => r.sent === d.sent && r.s >= d.e && r.s - d.e <= 2);
    if (!rel) return d;
    const end = sentenceEnd(text, rel.e);
    for (const c of READ) if (inTail(m[c], d, end)) return d;
    changed = true;
    return { ...d, e: end };
  });
  // the list replaced in place, no copy of the matches (see `Matches`, match.ts)
  if (changed) m.decision = decision;
  return m;
}
