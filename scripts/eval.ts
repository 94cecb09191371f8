/**
 * npm run eval [-- --verbose] [-- FILE.jsonl ...]
 * Scores the analyzer on the labelled corpora (default: tests/corpus/drafts.jsonl,
 * tests/corpus/hard-cases.jsonl, tests/corpus/holdout.jsonl, tests/corpus/holdout2.jsonl, tests/corpus/holdout3.jsonl and tests/corpus/holdout4.jsonl). Metric definitions: utils/analysis/evaluate.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type CorpusRow, evaluate, formatTable, parseCorpus } from '../utils/analysis/evaluate';
import { analyzeDraft } from '../utils/analysis/index';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const files = args.filter((a) => !a.startsWith('-'));
const defaults = [
  'tests/corpus/drafts.jsonl',
  'tests/corpus/hard-cases.jsonl',
  'tests/corpus/holdout.jsonl',
  'tests/corpus/holdout2.jsonl',
  'tests/corpus/holdout3.jsonl',
  'tests/corpus/holdout4.jsonl',
];
const paths = files.length > 0 ? files : defaults.filter((p) => existsSync(p));

const all: CorpusRow[] = [];
for (const p of paths) {
  const rows = parseCorpus(readFileSync(p, 'utf8'));
  all.push(...rows);
  const { byLang, overall, results } = evaluate(rows, (t) => analyzeDraft(t));
  console.log(`\n## ${p} (${rows.length} drafts)\n`);
  console.log(formatTable(byLang, overall));
  if (verbose) {
    for (const r of results) {
      const wrong = r.analysis.verdict !== r.row.label;
      if (!wrong && r.missedGeneric.length === 0 && r.missedRisky.length === 0) continue;
      console.log(
        `\n- ${r.row.id}: gold ${r.row.label}, got ${r.analysis.verdict} (${r.analysis.lang}, score ${r.analysis.score})`,
      );
      for (const s of r.missedGeneric) console.log(`    missed generic: ${JSON.stringify(s)}`);
      for (const s of r.missedRisky) console.log(`    missed risky:   ${JSON.stringify(s)}`);
      if (wrong || verbose)
        for (const f of r.analysis.flags)
          console.log(`    flag ${f.kind} ${f.rule}: ${JSON.stringify(f.text)}`);
    }
  }
}
if (paths.length > 1) {
  const { byLang, overall } = evaluate(all, (t) => analyzeDraft(t));
  console.log(`\n## all corpora (${all.length} drafts)\n`);
  console.log(formatTable(byLang, overall));
}
console.log(
  '\nprecision/recall: label generic-rejection. false flags: not-rejection drafts predicted generic-rejection.\n' +
    'span recall: a gold span is found when one flag of that kind covers at least half of it; risky spans count\n' +
    'as found by a risky OR vague flag (the corpus files gut-feeling remarks under risky_spans; the analyzer calls them vague).',
);
