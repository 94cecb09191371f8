/**
 * Open addressing from a 32-bit hash to a positive int (an entry number + 1, or an id ≥ 1): two ints
 * a slot, the hash then the value (0: empty), linear probing. It starts small and doubles at half
 * full. Callers probe `slots` themselves (`for (let i = h & mask; ; i = (i + 1) & mask)`), so their
 * key comparison stays inline in their hot loop; the hash is only a first filter.
 */
export class SlotIndex {
  slots = new Int32Array(2 * 1024);
  mask = 1023;
  private n = 0;

  /** Files `value` (≥ 1) under hash `h`. */
  add(h: number, value: number): void {
    if (2 * (this.n + 1) > this.mask + 1) this.grow();
    this.place(h, value);
    this.n++;
  }

  /** Empties the index (it keeps its size). */
  clear(): void {
    this.slots.fill(0);
    this.n = 0;
  }

  private place(h: number, value: number): void {
    let i = h & this.mask;
    while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
    this.slots[2 * i] = h;
    this.slots[2 * i + 1] = value;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * (this.mask + 1) - 1;
    this.slots = new Int32Array(2 * (this.mask + 1));
    for (let i = 0; i < old.length; i += 2)
      if (old[i + 1] !== 0) this.place(old[i] as number, old[i + 1] as number);
  }
}
