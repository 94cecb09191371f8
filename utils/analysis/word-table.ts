/**
 * A bounded table from a word's spelling to what the engine knows about it, looked up straight from
 * the draft (text, start, end, hash from the tokeniser) without cutting a substring per word: a
 * repeated word costs one probe and a character compare. Two generations of at most `limit`
 * words each: when one fills up, the older is dropped (recently seen words move to the newer).
 */

class Generation<V> {
  /**
   * Open addressing, two ints a slot: the word's hash, then 1 + its index (0: empty). It starts
   * small and doubles at half full: a table sized for the limit up front would spread a draft's
   * few hundred words over half a megabyte, one cache miss each.
   */
  slots = new Int32Array(2 * 1024);
  mask = 1023;
  readonly keys: string[] = [];
  readonly hashes: number[] = [];
  readonly values: V[] = [];

  find(text: string, a: number, b: number, hash: number): number {
    const len = b - a;
    const slots = this.slots;
    let i = hash & this.mask;
    while (true) {
      const e = slots[2 * i + 1] as number;
      if (e === 0) return -1;
      if (slots[2 * i] === hash) {
        const k = e - 1;
        const key = this.keys[k] as string;
        if (key.length === len) {
          let q = 0;
          while (q < len && key.charCodeAt(q) === text.charCodeAt(a + q)) q++;
          if (q === len) return k;
        }
      }
      i = (i + 1) & this.mask;
    }
  }

  add(key: string, hash: number, v: V): void {
    if (2 * (this.keys.length + 1) > this.mask + 1) this.grow();
    this.keys.push(key);
    this.hashes.push(hash);
    this.values.push(v);
    this.place(hash, this.keys.length);
  }

  private place(hash: number, entry: number): void {
    let i = hash & this.mask;
    while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
    this.slots[2 * i] = hash;
    this.slots[2 * i + 1] = entry;
  }

  private grow(): void {
    const size = 2 * (this.mask + 1);
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let k = 0; k < this.keys.length; k++) this.place(this.hashes[k] as number, k + 1);
  }
}

export class WordTable<V> {
  private cur: Generation<V>;
  private old: Generation<V> | null = null;

  constructor(private readonly limit: number) {
    this.cur = new Generation();
  }

  get(text: string, a: number, b: number, hash: number): V | undefined {
    const k = this.cur.find(text, a, b, hash);
    if (k >= 0) return this.cur.values[k];
    if (!this.old) return undefined;
    const o = this.old.find(text, a, b, hash);
    if (o < 0) return undefined;
    const v = this.old.values[o] as V;
    this.set(this.old.keys[o] as string, hash, v);
    return v;
  }

  set(key: string, hash: number, v: V): void {
    if (this.cur.keys.length >= this.limit) {
      this.old = this.cur;
      this.cur = new Generation();
    }
    this.cur.add(key, hash, v);
  }

  get size(): number {
    return this.cur.keys.length + (this.old?.keys.length ?? 0);
  }
}
