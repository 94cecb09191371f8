import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '@/utils/analysis/evaluate';
import { detectDraft } from '@/utils/analysis/index';

/**
 * The status chip says "Generic rejection — N issues": a generic verdict with nothing underlined
 * leaves the writer without the sentence to fix. Every draft judged generic must show at least one
 * generic (decision, stock phrase or closer) underline, or, where the decision runs straight into a
 * gut-feeling or protected-ground remark ("…, so we won't go further"), that remark's underline,
 * which then holds the decision.
 */
const GENERIC_CATS = new Set(['decision', 'stock', 'closer']);
const files = readdirSync('tests/corpus').filter((f) => f.endsWith('.jsonl'));

describe('a generic verdict always underlines the generic sentence', () => {
  for (const file of files) {
    it(`tests/corpus/${file}`, () => {
      const bare: string[] = [];
      for (const row of parseCorpus(readFileSync(`tests/corpus/${file}`, 'utf8'))) {
        const a = detectDraft(row.text);
        if (a.verdict !== 'generic-rejection') continue;
        const generic = a.flags.some((f) => f.kind === 'generic' && GENERIC_CATS.has(f.cat));
        const hot = a.flags.some((f) => f.kind === 'vague' || f.kind === 'risky');
        if (!generic && !hot) bare.push(row.id);
      }
      expect(bare).toEqual([]);
    });
  }
});
