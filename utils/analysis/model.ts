/**
 * A second opinion after the verdict (issue 11): a small logistic-regression model over hashed word
 * unigrams and bigrams, trained by scripts/train-model.ts on the labelled corpora and shipped as data
 * (model/weights.ts). The rules still decide and explain: the engine asks the model only when the
 * rules found no rejection, no veto (colleague talk, good news, a withdrawal, "not a rejection") cleared
 * the draft and it has a recruiting word. Pure: no DOM, no browser API.
 *
 * Features are built from the analyzer's own folded words (engine.ts foldWord) and sentences
 * (segment.ts), so training and runtime see the same tokens.
 */

/** Number of hash bits: 2^BITS weight slots. */
export const MODEL_BITS = 18;
const MASK = (1 << MODEL_BITS) - 1;

/** Shipped form: int8 weights at sorted slots, as base64 of (varint slot delta, int8 weight) pairs. */
export interface ModelData {
  bits: number;
  /** weight = int8 × scale */
  scale: number;
  bias: number;
  /** Probability at or above which the model's yes counts (chosen on held-out folds, precision first). */
  threshold: number;
  data: string;
}

export interface LinearModel {
  weights: Float32Array;
  bias: number;
  threshold: number;
}

/** FNV-1a over the string, then the feature slot. */
function slot(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** A number is one word ("#"): the model should not learn dates, salaries or phone numbers. */
function norm(key: string): string {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 ? '#' : key;
}

/**
 * Feature slots of the words keys[0, n), per sentence: each word (unigram), each pair of words in one
 * sentence (bigram) and the sentence's first word marked as such. `wordSent[i]` = sentence of word i.
 * Returns the slots in word order and, per slot position, its sentence.
 */
export function featureSlots(
  keys: readonly string[],
  wordSent: ArrayLike<number>,
  n: number,
): { slots: Int32Array; sents: Int32Array } {
  const slots = new Int32Array(n * 2 + 1);
  const sents = new Int32Array(n * 2 + 1);
  let k = 0;
  let prev = '';
  let prevSent = -1;
  for (let i = 0; i < n; i++) {
    const w = norm(keys[i] as string);
    const s = wordSent[i] as number;
    slots[k] = slot(w);
    sents[k++] = s;
    slots[k] = slot(s === prevSent ? `${prev} ${w}` : `^ ${w}`);
    sents[k++] = s;
    prev = w;
    prevSent = s;
  }
  return { slots: slots.subarray(0, k), sents: sents.subarray(0, k) };
}

/** What the model reads of a draft: its own words (folded) and their sentences. */
export interface ModelInput {
  keys: readonly string[];
  wordSent: ArrayLike<number>;
  n: number;
}

/** Distinct slots, sorted (the draft's binary feature vector). */
export function distinct(slots: Int32Array): Int32Array {
  const sorted = Int32Array.from(slots).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[k++] = sorted[i] as number;
  return sorted.subarray(0, k);
}

/**
 * Each feature's value: 1/log2(2 + distinct features), so a long draft's words weigh a little less
 * (held-out, this ranked better than 1/√count or plain 1: docs/model-experiment.md).
 */
export function featureValue(count: number): number {
  return count > 0 ? 1 / Math.log2(2 + count) : 0;
}

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probability that the draft is a rejection, from its distinct slots. */
export function probability(model: Pick<LinearModel, 'weights' | 'bias'>, feats: Int32Array): number {
  const v = featureValue(feats.length);
  let z = model.bias;
  for (let i = 0; i < feats.length; i++) z += (model.weights[feats[i] as number] as number) * v;
  return logistic(z);
}

/** The model's opinion of a draft: its probability and the sentence it scores highest (-1 if none). */
export interface Opinion {
  p: number;
  sent: number;
}

export function opinion(model: LinearModel, inp: ModelInput): Opinion {
  if (inp.n === 0) return { p: 0, sent: -1 };
  const { slots, sents } = featureSlots(inp.keys, inp.wordSent, inp.n);
  const p = probability(model, distinct(slots));
  // the sentence whose own words add most to the rejection side
  const sum = new Map<number, number>();
  for (let i = 0; i < slots.length; i++) {
    const s = sents[i] as number;
    sum.set(s, (sum.get(s) ?? 0) + (model.weights[slots[i] as number] as number));
  }
  let sent = -1;
  let best = -Infinity;
  for (const [s, z] of sum)
    if (z > best) {
      best = z;
      sent = s;
    }
  return { p, sent };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = i + 1 < bytes.length ? (bytes[i + 1] as number) : 0;
    const c = i + 2 < bytes.length ? (bytes[i + 2] as number) : 0;
    out += B64[a >> 2];
    out += B64[((a & 3) << 4) | (b >> 4)];
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)] : '=';
    out += i + 2 < bytes.length ? B64[c & 63] : '=';
  }
  return out;
}

function decodeBytes(s: string): Uint8Array {
  const idx = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) idx[B64.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let k = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | (idx[clean.charCodeAt(i)] as number);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >> bits) & 255;
    }
  }
  return out.subarray(0, k);
}

/** Quantised weights (slot → int8, slots ascending) as the shipped string. */
export function packWeights(pairs: readonly [number, number][]): string {
  const bytes: number[] = [];
  let last = 0;
  for (const [s, q] of pairs) {
    let d = s - last;
    last = s;
    while (d >= 128) {
      bytes.push((d & 127) | 128);
      d >>>= 7;
    }
    bytes.push(d);
    bytes.push(q & 255);
  }
  return encodeBytes(Uint8Array.from(bytes));
}

/** The shipped data as a model. */
export function loadModel(m: ModelData): LinearModel {
  const weights = new Float32Array(1 << m.bits);
  const bytes = decodeBytes(m.data);
  let s = 0;
  let i = 0;
  while (i < bytes.length) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++] as number;
      d |= (b & 127) << shift;
      shift += 7;
    } while (b & 128);
    s += d;
    const q = bytes[i++] as number;
    weights[s] = (q > 127 ? q - 256 : q) * m.scale;
  }
  return { weights, bias: m.bias, threshold: m.threshold };
}
