// A set of 64-bit string hashes in one typed array: what the store writer counts distinct edges with. A
// million edge keys as JS strings in a Set take ~150 MB and a cache miss or three per lookup; as hashes,
// 16 MB and one. Two keys sharing a 64-bit hash (about one chance in 10^7 at a million edges) would be
// counted as one edge: good enough for a count, which is all this is used for.

/** Two 32-bit hashes of a string (FNV-1a and a multiply-xorshift lane, each finished with murmur3's mix). */
export function hash64(s: string, out: Uint32Array, at: number): void {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  out[at] = mix(a);
  out[at + 1] = mix(b) || 1; // (0, 0) marks an empty slot
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class HashSet64 {
  private slots = new Uint32Array(2 << 16);
  private count = 0;
  private readonly scratch = new Uint32Array(2);

  get size(): number {
    return this.count;
  }

  /** Adds the hash at `hashes[at]`, `hashes[at + 1]` (from hash64); true when it was not there. */
  addHash(hashes: Uint32Array, at: number): boolean {
    if ((this.count + 1) * 2 > this.slots.length / 2) this.grow();
    if (!this.put(this.slots, hashes[at]!, hashes[at + 1]!)) return false;
    this.count++;
    return true;
  }

  add(key: string): boolean {
    hash64(key, this.scratch, 0);
    return this.addHash(this.scratch, 0);
  }

  private put(slots: Uint32Array, a: number, b: number): boolean {
    const mask = slots.length / 2 - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const sa = slots[2 * i]!;
      const sb = slots[2 * i + 1]!;
      if (sa === 0 && sb === 0) {
        slots[2 * i] = a;
        slots[2 * i + 1] = b;
        return true;
      }
      if (sa === a && sb === b) return false;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2)
      if (old[i] !== 0 || old[i + 1] !== 0) this.put(this.slots, old[i]!, old[i + 1]!);
  }
}
