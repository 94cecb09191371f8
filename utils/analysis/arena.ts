/**
 * Typed arrays for the stages' per-draft data (word offsets, sentence of each word, language
 * scores …), cut from shared chunks. In V8 a new small typed array costs about a microsecond (its
 * own backing store, tracked as external memory); a view into an existing buffer costs a few dozen
 * nanoseconds. Memory is never reused: a full chunk is dropped (the GC frees it once no view into it
 * is alive) and the next array comes from a fresh one, so every array starts zeroed, exactly like
 * `new Int32Array(n)`. Large arrays (long drafts) get their own buffer.
 */

/** 256 KB: about ten 2,000-character drafts (the first chunk is made on first use, not at load). */
const CHUNK = 1 << 18;
/** Arrays above this many bytes are allocated on their own (a chunk holds at least eight). */
const MAX_SHARED = CHUNK >> 3;

let buffer = new ArrayBuffer(0);
let used = 0;

/** Byte offset of `bytes` fresh zeroed bytes in `buffer` (8-byte aligned), moving to a new chunk if needed. */
function take(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (used + size > buffer.byteLength) {
    buffer = new ArrayBuffer(CHUNK);
    used = 0;
  }
  const at = used;
  used += size;
  return at;
}

/** A zeroed Int32Array of length n. */
export function int32s(n: number): Int32Array {
  if (n * 4 > MAX_SHARED) return new Int32Array(n);
  const at = take(n * 4); // first: it may start a new chunk
  return new Int32Array(buffer, at, n);
}

/** A zeroed Uint8Array of length n. */
export function bytes(n: number): Uint8Array {
  if (n > MAX_SHARED) return new Uint8Array(n);
  const at = take(n);
  return new Uint8Array(buffer, at, n);
}

/** A zeroed Float64Array of length n. */
export function float64s(n: number): Float64Array {
  if (n * 8 > MAX_SHARED) return new Float64Array(n);
  const at = take(n * 8);
  return new Float64Array(buffer, at, n);
}
