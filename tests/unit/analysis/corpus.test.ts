import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, type Metrics, parseCorpus } from '@/utils/analysis/evaluate';
import { analyzeDraft } from '@/utils/analysis/index';

const load = (p: string) => parseCorpus(readFileSync(p, 'utf8'));
const rows = [...load('tests/corpus/drafts.jsonl'), ...load('tests/corpus/hard-cases.jsonl')];
const { byLang, overall } = evaluate(rows, (t) => analyzeDraft(t));

function holds(name: string, m: Metrics) {
  it(`${name}: precision ≥ 0.95, recall ≥ 0.92, false flags ≤ 3 %, span recall generic ≥ 0.85 / risky ≥ 0.80`, () => {
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
    expect(m.recall).toBeGreaterThanOrEqual(0.92);
    expect(m.falseFlagRate).toBeLessThanOrEqual(0.03);
    expect(m.genericSpanRecall).toBeGreaterThanOrEqual(0.85);
    expect(m.riskySpanRecall).toBeGreaterThanOrEqual(0.8);
  });
}

describe('corpus (dev corpus + hard cases)', () => {
  holds('overall', overall);
  for (const [lang, m] of Object.entries(byLang)) if (m.n >= 10) holds(lang, m);

  it('detects the language of every labelled draft', () => {
    const wrong = rows.filter((r) => analyzeDraft(r.text).lang !== r.lang).map((r) => r.id);
    expect(wrong).toEqual([]);
  });
});

describe('blind held-out set A (tests/corpus/holdout.jsonl, written by others)', () => {
  const held = evaluate(load('tests/corpus/holdout.jsonl'), (t) => analyzeDraft(t)).overall;
  it('three-way accuracy ≥ 0.90, precision/recall ≥ 0.90, false flags ≤ 3 %, span recall generic ≥ 0.90 / risky ≥ 0.85', () => {
    expect(held.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(held.precision).toBeGreaterThanOrEqual(0.9);
    expect(held.recall).toBeGreaterThanOrEqual(0.9);
    expect(held.falseFlagRate).toBeLessThanOrEqual(0.03);
    expect(held.genericSpanRecall).toBeGreaterThanOrEqual(0.9);
    expect(held.riskySpanRecall).toBeGreaterThanOrEqual(0.85);
  });
});
