// Which of a verb's patterns have every word group they need in the sentence. Some verbs have hundreds of
// patterns (CAMEO's "set", "fight", "open"), and trying each group of each against the sentence's words
// was the largest single cost of extraction. An inverted index per pattern list (word → the groups that
// name it) answers for the whole list from the sentence's few dozen words instead, and the work per
// sentence grows with the groups the sentence's words hit, not with the length of the list: patterns
// added to a verb cost nothing where their words are absent.
import type { VerbPattern } from '../patterns/types.ts';

interface Index {
  /** word → ids of the groups (over all patterns of the list) that contain it. */
  byWord: Map<string, number[]>;
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
  /** Answers for the latest sentence's words: a verb's list is asked again for complements and passes. */
  private words: ReadonlySet<string> | undefined;
  private answers = new Map<readonly VerbPattern[], readonly number[]>();

  /**
   * The indices, ascending, of the patterns of `list` that need no word the sentence lacks. `words` must
   * not change afterwards; the answer holds until the next sentence's words are asked about.
   */
  passing(list: readonly VerbPattern[], words: ReadonlySet<string>): readonly number[] {
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

  private compute(list: readonly VerbPattern[], words: ReadonlySet<string>): readonly number[] {
    if (list.length < MIN_INDEXED) {
      let out: number[] | undefined;
      for (let i = 0; i < list.length; i++) if (needsMet(list[i]!.needs, words)) (out ??= []).push(i);
      return out ?? NONE;
    }
    const ix = this.index(list);
    const stamp = ++ix.stamp;
    const { seen, metAt, met, patternOf, groups } = ix;
    const out = ix.free.slice();
    const before = out.length;
    for (const w of words) {
      const refs = ix.byWord.get(w);
      if (!refs) continue;
      for (let r = 0; r < refs.length; r++) {
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
    }
    if (out.length > before) out.sort((a, b) => a - b);
    return out.length ? out : NONE;
  }

  private index(list: readonly VerbPattern[]): Index {
    let ix = this.cache.get(list);
    if (ix) return ix;
    const byWord = new Map<string, number[]>();
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
