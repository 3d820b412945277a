// A map that forgets: two generations of at most `size` entries each. GDELT rows come in time order, so the
// documents and pooled events of a row are nearly always among the recent ones; one forgotten and seen again
// is made again with the same id, which the store takes as the same thing. Memory stays flat however many
// rows an import has.
export class RecentMap<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined) return v;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.size) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
