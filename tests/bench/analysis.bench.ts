/**
 * npm run bench (vitest part) — in-process time of analyzeDraft on one 2,000-character draft (all six
 * languages loaded), detectDraft (the content scripts' path: no texts) on the same drafts, one
 * 50,000-character draft, and alex / write-good on the same English text for scale. The issue-11
 * targets are measured by the CLI method in scripts/bench-cli.ts (the first part of npm run bench).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { text as alexText } from 'alex';
import { bench, describe } from 'vitest';
import { analyzeDraft, detectDraft } from '@/utils/analysis/index';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];

const rows = readFileSync('tests/corpus/drafts.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { lang: string; text: string });

/** ~2,000 characters of real drafts in one language. */
function draft(lang: string): string {
  let out = '';
  for (const r of rows) if (r.lang === lang && out.length < 2000) out += `${r.text}\n\n`;
  return out.slice(0, 2000);
}

const en = draft('en');
const long = rows
  .map((r) => r.text)
  .join('\n\n')
  .slice(0, 50_000);
const sv = draft('sv');
const da = draft('da');

const opts = { time: 3000, warmupTime: 1000, warmupIterations: 200 };

describe('one 2,000-character draft', () => {
  bench(
    'klarsvar analyzeDraft (en)',
    () => {
      analyzeDraft(en);
    },
    opts,
  );
  bench(
    'klarsvar analyzeDraft (sv, runs sv+da+nb rules)',
    () => {
      analyzeDraft(sv);
    },
    opts,
  );
  bench(
    'klarsvar analyzeDraft (da, runs sv+da+nb rules)',
    () => {
      analyzeDraft(da);
    },
    opts,
  );
  bench(
    'klarsvar detectDraft (en)',
    () => {
      detectDraft(en);
    },
    opts,
  );
  bench(
    'klarsvar detectDraft (sv, runs sv+da+nb rules)',
    () => {
      detectDraft(sv);
    },
    opts,
  );
  bench(
    'klarsvar detectDraft (50,000 characters, all languages)',
    () => {
      detectDraft(long);
    },
    opts,
  );
  bench(
    'alex (en, same text)',
    () => {
      alexText(en);
    },
    opts,
  );
  bench(
    'write-good (en, same text)',
    () => {
      writeGood(en);
    },
    opts,
  );
});
