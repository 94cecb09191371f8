import { describe, expect, it } from 'vitest';
import { SlotIndex } from '@/utils/analysis/slot-index';

/** Every value filed under hash h, by probing as the callers do. */
function valuesAt(ix: SlotIndex, h: number): number[] {
  const { slots, mask } = ix;
  const out: number[] = [];
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const v = slots[2 * i + 1] as number;
    if (v === 0) return out;
    if (slots[2 * i] === h) out.push(v);
  }
}

describe('SlotIndex', () => {
  it('finds every value after growing far past its first size, colliding hashes included', () => {
    const ix = new SlotIndex();
    for (let v = 1; v <= 5000; v++) ix.add((v * 2654435761) | 0, v);
    ix.add(1024, 9001); // same first slot as hash 0 under the first mask
    ix.add(0, 9002);
    expect(ix.mask + 1).toBeGreaterThanOrEqual(2 * 5002);
    for (let v = 1; v <= 5000; v += 499) expect(valuesAt(ix, (v * 2654435761) | 0)).toContain(v);
    expect(valuesAt(ix, 1024)).toEqual([9001]);
    expect(valuesAt(ix, 0)).toEqual([9002]);
  });

  it('is empty after clear and takes new values at the size it had', () => {
    const ix = new SlotIndex();
    for (let v = 1; v <= 3000; v++) ix.add(v, v);
    const size = ix.mask;
    ix.clear();
    expect(valuesAt(ix, 7)).toEqual([]);
    ix.add(7, 70);
    expect(ix.mask).toBe(size);
    expect(valuesAt(ix, 7)).toEqual([70]);
  });
});
