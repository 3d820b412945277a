// The set of claim ids a store writer has seen: exact, like a Set<string>, but found by 64-bit hashes in a
// typed array (one cache miss a lookup, where a Set of a million strings takes several), and the hashes of a
// batch can be worked out on the worker thread that encoded it. Ids are compared in full on a hash match.
// A batch's ids may stay in the one string they came in (joined by "\n"): a million ids are then a few
// hundred strings for the garbage collector to trace, not a million.
import { hash64 } from './hash-set.ts';

export class IdSet {
  /** Three words a slot: the two hash words, then 1 + the id's number (0: empty). */
  private slots = new Uint32Array(3 << 16);
  /** Strings holding ids, and where id n is: text number, start, length. */
  private readonly texts: string[] = [];
  private where = new Uint32Array(3 << 12);
  private count = 0;
  private readonly scratch = new Uint32Array(2);

  get size(): number {
    return this.count;
  }

  /** The number the id was added as (ids are numbered in order), or -1. */
  indexOf(id: string, hashes?: Uint32Array, at = 0): number {
    const [h, i] = this.hashesOf(id, hashes, at);
    const slot = this.find(h[i]!, h[i + 1]!, id, 0, id.length);
    return slot < 0 ? -1 : this.slots[3 * slot + 2]! - 1;
  }

  /** Adds the id (its hash from hash64 at `hashes[at]`, or worked out here); false when it was there. */
  add(id: string, hashes?: Uint32Array, at = 0): boolean {
    return this.put(id, hashes, at) < 0;
  }

  /** Adds the id and returns -1, or returns the number it was added as before. One lookup for both. */
  put(id: string, hashes?: Uint32Array, at = 0): number {
    const [h, i] = this.hashesOf(id, hashes, at);
    const known = this.find(h[i]!, h[i + 1]!, id, 0, id.length);
    if (known >= 0) return this.slots[3 * known + 2]! - 1;
    this.texts.push(id);
    this.insert(h[i]!, h[i + 1]!, this.texts.length - 1, 0, id.length);
    return -1;
  }

  /** Keeps a string of ids (joined by "\n") for putIn; returns its number. */
  keep(text: string): number {
    this.texts.push(text);
    return this.texts.length - 1;
  }

  /** put() for the id at `start`, `length` in kept text `t`, hashed as hash64 would. */
  putIn(t: number, start: number, length: number, hashes: Uint32Array, at: number): number {
    const a = hashes[at]!;
    const b = hashes[at + 1]!;
    const known = this.find(a, b, this.texts[t]!, start, length);
    if (known >= 0) return this.slots[3 * known + 2]! - 1;
    this.insert(a, b, t, start, length);
    return -1;
  }

  private hashesOf(id: string, hashes: Uint32Array | undefined, at: number): [Uint32Array, number] {
    if (hashes) return [hashes, at];
    hash64(id, this.scratch, 0);
    return [this.scratch, 0];
  }

  /** The slot of the id `text.slice(start, start + length)`, or -1. */
  private find(a: number, b: number, text: string, start: number, length: number): number {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const n = slots[3 * i + 2]!;
      if (n === 0) return -1;
      if (slots[3 * i] === a && slots[3 * i + 1] === b && this.same(n - 1, text, start, length)) return i;
    }
  }

  private same(n: number, text: string, start: number, length: number): boolean {
    if (this.where[3 * n + 2] !== length) return false;
    const other = this.texts[this.where[3 * n]!]!;
    const from = this.where[3 * n + 1]!;
    for (let k = 0; k < length; k++)
      if (other.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private insert(a: number, b: number, t: number, start: number, length: number): void {
    if ((this.count + 1) * 2 > this.slots.length / 3) this.grow();
    if (3 * (this.count + 1) > this.where.length) {
      const bigger = new Uint32Array(this.where.length * 2);
      bigger.set(this.where);
      this.where = bigger;
    }
    const n = this.count++;
    this.where[3 * n] = t;
    this.where[3 * n + 1] = start;
    this.where[3 * n + 2] = length;
    this.place(this.slots, a, b, n + 1);
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
