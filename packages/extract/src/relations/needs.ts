// Which of a verb's patterns have every word group they need in the sentence. Some verbs have hundreds of
// patterns (CAMEO's "set", "fight", "open"), and trying each group of each against the sentence's words
// was the largest single cost of extraction. An inverted index per pattern list (word → the groups that
// name it) answers for the whole list from the sentence's few dozen words instead, and the work per
// sentence grows with the groups the sentence's words hit, not with the length of the list: patterns
// added to a verb cost nothing where their words are absent.
import type { VerbPattern } from '../patterns/types.ts';

interface Index {
  /** The distinct word ids (see NeedsIndex.vocab) the list's groups name, ascending. */
  vocab: Int32Array;
  /** For vocab[k], the ids of its groups (over all patterns of the list) are refs[refStart[k]..refStart[k+1]). */
  refStart: Int32Array;
  refs: Int32Array;
  /** group id → index of its pattern in the list. */
  patternOf: Uint32Array;
  /** pattern index → how many groups it needs. */
  groups: Uint32Array;
  /** Patterns that need no word: they always pass. */
  free: number[];
  /** Scratch for compute(), stamped with the call's number instead of cleared: a group counted in this
   * call, and the groups met per pattern in this call. */
  seen: Uint32Array;
  metAt: Uint32Array;
  met: Uint32Array;
  stamp: number;
}

/** Lists shorter than this are checked directly: building an index would cost more than it saves. */
const MIN_INDEXED = 16;

const NONE: readonly number[] = [];

export class NeedsIndex {
  private readonly cache = new WeakMap<readonly VerbPattern[], Index>();
  /** Every word an indexed list needs → a number: a sentence's words are looked up once, not per list. */
  private readonly vocab = new Map<string, number>();
  /** Answers for the latest sentence's words: a verb's list is asked again for complements and passes. */
  private words: ReadonlySet<string> | undefined;
  /** The ids of the latest sentence's words, ascending, and the vocabulary size they were taken at. */
  private ids: number[] = [];
  private idsAt = -1;
  private answers = new Map<readonly VerbPattern[], readonly number[]>();

  /**
   * The indices, ascending, of the patterns of `list` that need no word the sentence lacks. `words` must
   * not change afterwards; the answer holds until the next sentence's words are asked about.
   */
  passing(list: readonly VerbPattern[], words: ReadonlySet<string>): readonly number[] {
    if (words !== this.words) {
      this.words = words;
      this.idsAt = -1;
      this.answers = new Map();
    }
    let out = this.answers.get(list);
    if (!out) {
      out = this.compute(list, words);
      this.answers.set(list, out);
    }
    return out;
  }

  private compute(list: readonly VerbPattern[], words: ReadonlySet<string>): readonly number[] {
    if (list.length < MIN_INDEXED) {
      let out: number[] | undefined;
      for (let i = 0; i < list.length; i++) if (needsMet(list[i]!.needs, words)) (out ??= []).push(i);
      return out ?? NONE;
    }
    const ix = this.index(list);
    // (Indexing a list may add words: the sentence's ids are taken after it.)
    if (this.idsAt !== this.vocab.size) this.sentenceIds(words);
    const stamp = ++ix.stamp;
    const { seen, metAt, met, patternOf, groups, vocab, refStart, refs } = ix;
    const ids = this.ids;
    const out = ix.free.slice();
    const before = out.length;
    // Both id lists ascend: each of the sentence's ids is searched for from where the last one was found.
    let lo = 0;
    for (let s = 0; s < ids.length && lo < vocab.length; s++) {
      const id = ids[s]!;
      let hi = vocab.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (vocab[mid]! < id) lo = mid + 1;
        else hi = mid;
      }
      if (lo >= vocab.length || vocab[lo] !== id) continue;
      for (let r = refStart[lo]!; r < refStart[lo + 1]!; r++) {
        const g = refs[r]!;
        if (seen[g] === stamp) continue;
        seen[g] = stamp;
        const p = patternOf[g]!;
        if (metAt[p] !== stamp) {
          metAt[p] = stamp;
          met[p] = 0;
        }
        if (++met[p]! === groups[p]) out.push(p);
      }
      lo++;
    }
    if (out.length > before) out.sort((a, b) => a - b);
    return out.length ? out : NONE;
  }

  /** The vocabulary ids of the sentence's words, ascending (words no indexed list needs are left out). */
  private sentenceIds(words: ReadonlySet<string>): void {
    const ids: number[] = [];
    for (const w of words) {
      const id = this.vocab.get(w);
      if (id !== undefined) ids.push(id);
    }
    // A plain array: a typed one over 64 bytes is allocated off the heap, microseconds each sentence.
    this.ids = ids.sort((a, b) => a - b);
    this.idsAt = this.vocab.size;
  }

  private index(list: readonly VerbPattern[]): Index {
    let ix = this.cache.get(list);
    if (ix) return ix;
    const byWord = new Map<number, number[]>();
    const patternOf: number[] = [];
    const groups = new Uint32Array(list.length);
    const free: number[] = [];
    list.forEach((p, i) => {
      groups[i] = p.needs.length;
      if (!p.needs.length) free.push(i);
      for (const alts of p.needs) {
        const g = patternOf.length;
        patternOf.push(i);
        for (const w of new Set(alts)) {
          let id = this.vocab.get(w);
          if (id === undefined) this.vocab.set(w, (id = this.vocab.size));
          const refs = byWord.get(id);
          if (refs) refs.push(g);
          else byWord.set(id, [g]);
        }
      }
    });
    const vocab = Int32Array.from(byWord.keys()).sort();
    const refStart = new Int32Array(vocab.length + 1);
    const refs: number[] = [];
    vocab.forEach((id, k) => {
      refs.push(...byWord.get(id)!);
      refStart[k + 1] = refs.length;
    });
    ix = {
      vocab,
      refStart,
      refs: Int32Array.from(refs),
      patternOf: Uint32Array.from(patternOf),
      groups,
      free,
      seen: new Uint32Array(patternOf.length),
      metAt: new Uint32Array(list.length),
      met: new Uint32Array(list.length),
      stamp: 0,
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
