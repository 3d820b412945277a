// Which of a verb's patterns have every word group they need in the sentence. Some verbs have hundreds of
// patterns (CAMEO's "set", "fight", "open"), and trying each group of each against the sentence's words
// was the largest single cost of extraction. An inverted index per pattern list (word → the groups that
// name it) answers for the whole list from the sentence's few dozen words instead.
import type { VerbPattern } from '../patterns/types.ts';

interface Index {
  /** word → ids of the groups (over all patterns of the list) that contain it. */
  byWord: Map<string, number[]>;
  /** group id → index of its pattern in the list. */
  patternOf: Uint32Array;
  /** pattern index → how many groups it needs. */
  groups: Uint32Array;
  /** Scratch for compute(): groups already counted, groups met per pattern, and the answer. */
  seen: Uint8Array;
  met: Uint32Array;
  out: Uint8Array;
}

/** Lists shorter than this are checked directly: building an index would cost more than it saves. */
const MIN_INDEXED = 16;

export class NeedsIndex {
  private readonly cache = new WeakMap<readonly VerbPattern[], Index>();
  /** Answers for the latest sentence's words: a verb's list is asked again for complements and passes. */
  private words: ReadonlySet<string> | undefined;
  private answers = new Map<readonly VerbPattern[], Uint8Array>();

  /** passing[i] is 1 when list[i] needs no word the sentence lacks. `words` must not change afterwards. */
  passing(list: readonly VerbPattern[], words: ReadonlySet<string>): Uint8Array {
    if (words !== this.words) {
      this.words = words;
      this.answers = new Map();
    }
    let out = this.answers.get(list);
    if (!out) {
      out = this.compute(list, words);
      this.answers.set(list, out);
    }
    return out;
  }

  private compute(list: readonly VerbPattern[], words: ReadonlySet<string>): Uint8Array {
    if (list.length < MIN_INDEXED) {
      const out = new Uint8Array(list.length);
      for (let i = 0; i < list.length; i++) out[i] = needsMet(list[i]!.needs, words) ? 1 : 0;
      return out;
    }
    const ix = this.index(list);
    // Arrays kept with the index: a typed array over 64 bytes is allocated off the heap, which costs
    // microseconds each time. The answer is reused too: a list is computed once per sentence (passing()
    // caches it until the words change), and no caller keeps it past its sentence.
    const { seen, met, out } = ix;
    seen.fill(0);
    met.fill(0);
    for (const w of words) {
      const refs = ix.byWord.get(w);
      if (!refs) continue;
      for (const g of refs) {
        if (seen[g]) continue;
        seen[g] = 1;
        met[ix.patternOf[g]!]!++;
      }
    }
    for (let i = 0; i < list.length; i++) out[i] = met[i] === ix.groups[i] ? 1 : 0;
    return out;
  }

  private index(list: readonly VerbPattern[]): Index {
    let ix = this.cache.get(list);
    if (ix) return ix;
    const byWord = new Map<string, number[]>();
    const patternOf: number[] = [];
    const groups = new Uint32Array(list.length);
    list.forEach((p, i) => {
      groups[i] = p.needs.length;
      for (const alts of p.needs) {
        const g = patternOf.length;
        patternOf.push(i);
        for (const w of new Set(alts)) {
          const refs = byWord.get(w);
          if (refs) refs.push(g);
          else byWord.set(w, [g]);
        }
      }
    });
    ix = {
      byWord,
      patternOf: Uint32Array.from(patternOf),
      groups,
      seen: new Uint8Array(patternOf.length),
      met: new Uint32Array(list.length),
      out: new Uint8Array(list.length),
    };
    this.cache.set(list, ix);
    return ix;
  }
}

/** Whether the words hold a word of each needed group (the direct check, for short lists). */
export function needsMet(needs: readonly string[][], words: ReadonlySet<string>): boolean {
  for (const alts of needs) {
    let found = false;
    for (const w of alts) {
      if (words.has(w)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
