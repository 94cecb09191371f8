/**
 * A bounded table from a word's spelling to a few ints and one cold value, looked up straight from
 * the draft (text, start, end, hash from the tokeniser) without cutting a substring per word. A word
 * is one record in a flat Int32Array — its hash, length, the caller's ints, then its characters two
 * to an int — so a repeated word costs a slot probe and one record read (two cache lines), not a walk
 * over a key string, a value object and their arrays (five). Two generations of at most `limit` words
 * each: when one fills up, the older is dropped (recently seen words move to the newer).
 */

import { SlotIndex } from './slot-index';

/** Record layout: hash, length, index of the cold value, then the caller's ints, then the characters. */
const R_HASH = 0;
const R_LEN = 1;
const R_VALUE = 2;
const R_HEADER = 3;

class Generation<V> {
  /**
   * Hash → 1 + the record's offset. It starts small: a table sized for the limit up front would
   * spread a draft's few hundred words over half a megabyte, one cache miss each.
   */
  readonly index = new SlotIndex();
  /** The records, one after the other (see R_*). */
  data = new Int32Array(8 * 1024);
  end = 0;
  readonly values: V[] = [];

  constructor(private readonly fields: number) {}

  /** Offset of the caller's ints of text[a, b)'s record, or -1. */
  find(text: string, a: number, b: number, hash: number): number {
    const len = b - a;
    const { slots, mask } = this.index;
    const data = this.data;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const e = slots[2 * i + 1] as number;
      if (e === 0) return -1;
      if (slots[2 * i] === hash && data[e - 1 + R_LEN] === len) {
        const r = e - 1 + R_HEADER;
        if (sameChars(data, r + this.fields, text, a, len)) return r;
      }
    }
  }

  /** A new record for text[a, b) (ints zero); returns the offset of its ints. */
  add(text: string, a: number, b: number, hash: number, v: V): number {
    const len = b - a;
    const r = this.room(hash, len, v);
    const c = r + this.fields;
    for (let q = 0; q < len; q += 2) {
      const hi = q + 1 < len ? text.charCodeAt(a + q + 1) : 0;
      this.data[c + (q >> 1)] = text.charCodeAt(a + q) | (hi << 16);
    }
    return r;
  }

  /** A copy of another generation's record (its ints and characters); returns the offset of its ints. */
  copy(from: Generation<V>, at: number): number {
    const rec = at - R_HEADER;
    const hash = from.data[rec + R_HASH] as number;
    const len = from.data[rec + R_LEN] as number;
    const r = this.room(hash, len, from.values[from.data[rec + R_VALUE] as number] as V);
    const n = this.fields + ((len + 1) >> 1);
    this.data.set(from.data.subarray(at, at + n), r);
    return r;
  }

  /** Space for a record of a word of `len` characters, filed under `hash`; returns the offset of its ints. */
  private room(hash: number, len: number, v: V): number {
    const size = R_HEADER + this.fields + ((len + 1) >> 1);
    if (this.end + size > this.data.length) {
      const d = new Int32Array(2 * Math.max(this.data.length, size));
      d.set(this.data.subarray(0, this.end));
      this.data = d;
    }
    const rec = this.end;
    this.end += size;
    this.data[rec + R_HASH] = hash;
    this.data[rec + R_LEN] = len;
    this.data[rec + R_VALUE] = this.values.length;
    this.values.push(v);
    this.index.add(hash, rec + 1);
    return rec + R_HEADER;
  }
}

/** Whether the characters packed at data[c…] are text[a, a + len). */
function sameChars(data: Int32Array, c: number, text: string, a: number, len: number): boolean {
  let q = 0;
  for (; q + 1 < len; q += 2) {
    const x = data[c + (q >> 1)] as number;
    if ((x & 0xffff) !== text.charCodeAt(a + q) || x >>> 16 !== text.charCodeAt(a + q + 1)) return false;
  }
  return q === len || ((data[c + (q >> 1)] as number) & 0xffff) === text.charCodeAt(a + q);
}

export class WordTable<V> {
  private cur: Generation<V>;
  private old: Generation<V> | null = null;
  /**
   * The ints of the records: `find` and `add` return offsets into it. Read it after the call (it
   * is replaced when the table grows); an offset stays valid until the next `add`.
   */
  data: Int32Array;
  /** Generations started so far (offsets from before a new one are stale). */
  epoch = 0;

  /** `fields`: the ints each word carries (zero until the caller sets them). */
  constructor(
    private readonly limit: number,
    private readonly fields: number,
  ) {
    this.cur = new Generation(fields);
    this.data = this.cur.data;
  }

  /** Offset of text[a, b)'s ints in `data`, or -1 if the table does not hold it. */
  find(text: string, a: number, b: number, hash: number): number {
    const r = this.cur.find(text, a, b, hash);
    const from = this.old;
    if (r >= 0 || !from) return r;
    const o = from.find(text, a, b, hash);
    if (o < 0) return -1;
    this.rotate();
    const at = this.cur.copy(from, o);
    this.data = this.cur.data;
    return at;
  }

  /** Adds text[a, b) with its cold value `v`; returns the offset of its ints (zero) in `data`. */
  add(text: string, a: number, b: number, hash: number, v: V): number {
    this.rotate();
    const at = this.cur.add(text, a, b, hash, v);
    this.data = this.cur.data;
    return at;
  }

  /** The cold value of the word whose ints are at `at`. */
  value(at: number): V {
    return this.cur.values[this.data[at - R_HEADER + R_VALUE] as number] as V;
  }

  /** Starts a new generation when the current one is full (the older one is dropped). */
  private rotate(): void {
    if (this.cur.values.length < this.limit) return;
    this.old = this.cur;
    this.cur = new Generation(this.fields);
    this.epoch++;
  }

  get size(): number {
    return this.cur.values.length + (this.old?.values.length ?? 0);
  }
}
