/**
 * The analyzer's whole output, pinned: language, verdict, score, checklist and every flag (kind,
 * rule, span) of each labelled corpus draft, of 2,000-character drafts joined from several of them
 * (mixed languages, as the speed bench builds them), and of drafts with team rules, criteria or a
 * language restriction. Engine work that should change nothing (speed, refactoring) must leave
 * this file unchanged; a change of the language data or of what the analyzer decides changes it on
 * purpose: review the diff, then update it with `npx vitest run tests/unit/analysis/detect-snapshot.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { detectDraft } from '@/utils/analysis/detect';
import type { AnalyzeOptions, Detection } from '@/utils/analysis/types';
import { corpusRows } from './corpus-rows';

const rows = corpusRows();

function line(name: string, d: Detection): string {
  const c = d.checklist;
  const checks = [c.thanks, c.decision, c.reason, c.comparison, c.tip, c.nextStep]
    .map((b) => (b ? 1 : 0))
    .join('');
  const flags = d.flags.map((f) => `${f.kind}:${f.rule}:${f.cat}@${f.start}-${f.end}`).join(' ');
  return `${name}\t${d.lang}\t${d.verdict}\t${d.score}\t${checks}\t${flags}`;
}

/** ~2,000 characters joined from corpus drafts starting at row k (a stride mixes sources and languages). */
function joined(k: number): string {
  let s = '';
  for (let i = k; s.length < 2000; i += 7) s += `${(rows[i % rows.length] as { text: string }).text}\n\n`;
  return s.slice(0, 2000);
}

/** FNV-1a over the id's UTF-16 units. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const RULES: AnalyzeOptions['rules'] = [
  { id: 't1', kind: 'generic', pattern: 'andra kandidater' },
  { id: 't2', kind: 'vague', pattern: '* * lycka till' },
  { id: 't3', kind: 'risky', pattern: 'culture fit' },
  { id: 't4', kind: 'allow', pattern: 'other candidates' },
];
const CRITERIA: AnalyzeOptions['criteria'] = [
  { label: 'B-körkort', category: 'skill', description: 'driving licence B' },
  { label: 'Python', category: 'skill', description: '' },
  { label: 'Fluent German', category: 'language', description: 'Deutsch fließend' },
];

describe('detectDraft output over the corpora (pinned)', { timeout: 60_000 }, () => {
  it('is unchanged for every corpus draft, joined drafts and drafts with options', async () => {
    const out: string[] = [];
    for (const r of rows) out.push(line(r.id, detectDraft(r.text)));
    for (let k = 0; k < 200; k++) out.push(line(`joined-${k}`, detectDraft(joined(k * 5))));
    for (const r of rows) {
      // sampled by the id, not the position, so a new corpus file leaves the other rows' samples alone
      if (idHash(r.id) % 9 !== 0) continue;
      out.push(line(`${r.id}+rules`, detectDraft(r.text, { rules: RULES })));
      out.push(line(`${r.id}+criteria`, detectDraft(r.text, { criteria: CRITERIA, profileTitle: 'Driver' })));
      out.push(line(`${r.id}+sv,en`, detectDraft(r.text, { languages: ['sv', 'en'] })));
    }
    await expect(`${out.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/detect-corpus.txt');
  });
});
