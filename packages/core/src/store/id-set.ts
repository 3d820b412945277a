// The set of claim ids a store writer has seen: exact, like a Set<string>, but found by 64-bit hashes in a
// typed array (one cache miss a lookup, where a Set of a million strings takes several), and the hashes of a
// batch can be worked out on the worker thread that encoded it. Ids are compared in full on a hash match.
import { hash64 } from './hash-set.ts';

export class IdSet {
  /** Three words a slot: the two hash words, then 1 + the id's index in `ids` (0: empty). */
  private slots = new Uint32Array(3 << 16);
  private readonly ids: string[] = [];
  private readonly scratch = new Uint32Array(2);

  get size(): number {
    return this.ids.length;
  }

  /** The index the id was added at (ids are numbered in order), or -1. */
  indexOf(id: string, hashes?: Uint32Array, at = 0): number {
    const [h, i] = this.hashesOf(id, hashes, at);
    const slot = this.find(h[i]!, h[i + 1]!, id);
    return slot < 0 ? -1 : this.slots[3 * slot + 2]! - 1;
  }

  /** Adds the id (its hash from hash64 at `hashes[at]`, or worked out here); false when it was there. */
  add(id: string, hashes?: Uint32Array, at = 0): boolean {
    return this.put(id, hashes, at) < 0;
  }

  /** Adds the id and returns -1, or returns the index it was added at before. One lookup for both. */
  put(id: string, hashes?: Uint32Array, at = 0): number {
    const [h, i] = this.hashesOf(id, hashes, at);
    const a = h[i]!;
    const b = h[i + 1]!;
    const slot = this.find(a, b, id);
    if (slot >= 0) return this.slots[3 * slot + 2]! - 1;
    if ((this.ids.length + 1) * 2 > this.slots.length / 3) this.grow();
    this.ids.push(id);
    this.place(this.slots, a, b, this.ids.length);
    return -1;
  }

  private hashesOf(id: string, hashes: Uint32Array | undefined, at: number): [Uint32Array, number] {
    if (hashes) return [hashes, at];
    hash64(id, this.scratch, 0);
    return [this.scratch, 0];
  }

  private find(a: number, b: number, id: string): number {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const n = slots[3 * i + 2]!;
      if (n === 0) return -1;
      if (slots[3 * i] === a && slots[3 * i + 1] === b && this.ids[n - 1] === id) return i;
    }
  }

  private place(slots: Uint32Array, a: number, b: number, n: number): void {
    const mask = slots.length / 3 - 1;
    let i = a & mask;
    while (slots[3 * i + 2] !== 0) i = (i + 1) & mask;
    slots[3 * i] = a;
    slots[3 * i + 1] = b;
    slots[3 * i + 2] = n;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 3)
      if (old[i + 2] !== 0) this.place(this.slots, old[i]!, old[i + 1]!, old[i + 2]!);
  }
}
