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

// mulberry32 is core's (util/random.ts), taken through the browser-safe subpath like the palette.
export { mulberry32 } from '@geokg/core/random';
