// Seeded randomness for first positions: a node's start point depends on its id and the seed only,
// so a layout run from scratch gives the same picture every time (screenshot tests rely on it).

/** 32-bit FNV-1a of a string. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small, good-enough PRNG returning floats in [0, 1). Core has the same (util/random.ts);
 * this copy stays because the browser bundle takes only types from core. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
