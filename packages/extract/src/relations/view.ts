// The sentence as the clause layer sees it: tokens, which mention covers each token, noun-phrase chunks
// (chunks.ts), verb groups, and the coordination of mentions ("X, Y and Z"). Everything finer — subjects,
// objects, passives, clause ends — is built on these in the files named in clause.ts.
import type { Tok } from '../nlp/types.ts';
import type { Mention } from '../mentions/types.ts';
import { chunk, type Chunk } from './chunks.ts';
import { BOUNDARY, filled, PREPOSITIONS, RELATIVE, SUBORDINATORS, VERB_GROUP } from './words.ts';

export class ClauseView {
  /** Token → index of the mention covering it, or -1. A plain array: an Int32Array of a sentence's
   * length (over 16 tokens) is allocated off the heap, several times slower, once per sentence. */
  readonly cover: number[];
  /** Every lower-case form and lemma in the sentence, to skip patterns that cannot match. */
  readonly words = new Set<string>();
  private chunked?: { chunks: Chunk[]; at: number[] };

  constructor(
    readonly toks: Tok[],
    readonly mentions: Mention[],
    /** Speech and belief verbs: ", X said" after a clause closes it. */
    readonly frames: ReadonlySet<string> = new Set(),
  ) {
    this.cover = filled(toks.length, -1);
    for (const t of toks) {
      this.words.add(t.lower);
      this.words.add(t.lemma);
    }
    mentions.forEach((m, k) => this.cover.fill(k, m.start, m.end));
  }

  /** The noun-phrase chunks, computed on first use (most sentences have no verb with a pattern). */
  get chunks(): Chunk[] {
    return (this.chunked ??= chunk(this.toks, this.cover, this.mentions)).chunks;
  }

  /** The chunk containing token i, or undefined. */
  chunkAt(i: number): Chunk | undefined {
    this.chunked ??= chunk(this.toks, this.cover, this.mentions);
    const c = this.chunked.at[i] ?? -1;
    return c >= 0 ? this.chunked.chunks[c] : undefined;
  }

  isComma(i: number): boolean {
    return this.toks[i]?.text === ',';
  }

  isBoundary(i: number): boolean {
    const t = this.toks[i];
    return (
      !t || BOUNDARY.has(t.text) || (t.text === '-' && t.pos === 'PUNCT' && this.toks[i - 1]?.end !== t.start)
    );
  }

  /** The first token of the verb's group: auxiliaries, adverbs, negation, "to". */
  groupStart(v: number): number {
    let i = v;
    while (
      i > 0 &&
      this.cover[i - 1]! < 0 &&
      (VERB_GROUP.has(this.toks[i - 1]!.pos) || this.toks[i - 1]!.lower === 'yet')
    )
      i--;
    return i;
  }

  /** The "to" of an infinitive verb group, or -1. */
  infinitiveMarker(v: number): number {
    for (let i = v - 1; i >= this.groupStart(v); i--)
      if (this.toks[i]!.lower === 'to' && this.toks[i]!.pos === 'PART') return i;
    return -1;
  }

  /** The mention starting at i or within `skip` determiners and adjectives after it, or -1. */
  mentionFrom(i: number, skip: number): number {
    for (let k = i; k < this.toks.length && k <= i + skip; k++) {
      const c = this.cover[k]!;
      if (c >= 0) return this.mentions[c]!.start === k ? c : -1;
      const pos = this.toks[k]!.pos;
      if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM') return -1;
    }
    return -1;
  }

  /** The mention ending at token i (inclusive), or -1. */
  mentionEndingAt(i: number): number {
    const c = i >= 0 ? this.cover[i]! : -1;
    return c >= 0 && this.mentions[c]!.end === i + 1 ? c : -1;
  }

  /** "X, Y and Z": the mention m and those joined to it on the right (the list must close with and/or). */
  conjoinedRight(m: number): number[] {
    const out = [m];
    let closed = 1;
    let end = this.mentions[m]!.end;
    for (;;) {
      let k = end;
      let comma = false;
      let and = false;
      for (; this.toks[k]; k++) {
        const w = this.toks[k]!;
        if (w.text === ',') comma = true;
        else if (w.lower === 'and' || w.lower === 'or') and = true;
        else break;
      }
      const next = comma || and ? this.mentionFrom(k, 1) : -1;
      if (next < 0) break;
      out.push(next);
      if (and) closed = out.length;
      end = this.mentions[next]!.end;
    }
    return out.slice(0, closed);
  }

  /** The mention m and those joined to it on the left ("Brazil and the United States" from the latter). */
  conjoinedLeft(m: number): number[] {
    const out = [m];
    let start = this.mentions[m]!.start;
    for (;;) {
      let k = start - 1;
      while (k >= 0 && this.toks[k]!.pos === 'DET') k--;
      let comma = false;
      let and = false;
      for (; k >= 0; k--) {
        const w = this.toks[k]!;
        if (w.text === ',') comma = true;
        else if (w.lower === 'and') and = true;
        else break;
      }
      // The conjunct nearest the verb is joined by "and"; further ones by commas.
      const prev = and || (comma && out.length > 1) ? this.mentionEndingAt(k) : -1;
      if (prev < 0) return out;
      out.unshift(prev);
      start = this.mentions[prev]!.start;
    }
  }

  /** The preposition governing mention m (skipping determiners and adjectives), if any. */
  prepBefore(m: number): string | undefined {
    let k = this.mentions[m]!.start - 1;
    while (k >= 0 && (this.toks[k]!.pos === 'DET' || this.toks[k]!.pos === 'ADJ')) k--;
    return k >= 0 && this.toks[k]!.pos === 'ADP' ? this.toks[k]!.lower : undefined;
  }

  /**
   * A mention that cannot be a subject or object of its own: governed by a preposition ("in Iraq", also
   * the later conjuncts of "between the Israelis and Palestinians"), a possessor ("Kazakhstan's sector"),
   * or (unless `modifierOk`) a modifier of its chunk's head noun ("a draft EU proposal", "Bhutto supporters").
   */
  inPhrase(m: number, modifierOk = false): boolean {
    const mention = this.mentions[m]!;
    let k = mention.start - 1;
    while (k >= 0 && (this.toks[k]!.pos === 'DET' || this.toks[k]!.pos === 'ADJ')) k--;
    if (k >= 0 && PREPOSITIONS.has(this.toks[k]!.lower) && this.toks[k]!.pos === 'ADP') return true;
    const after = this.toks[mention.end]?.lower;
    if (after === "'s" || after === '’s') return true;
    if (!modifierOk && this.modifies(m)) return true;
    return this.chunkAt(mention.start)?.coordinatedPP === true;
  }

  /** A name before a common noun modifies it ("a draft EU proposal"): the noun is the argument, not the name. */
  modifies(m: number): boolean {
    const mention = this.mentions[m]!;
    const c = this.chunkAt(mention.start);
    return (
      c !== undefined && c.headMention !== m && c.head >= mention.end && this.toks[c.head]!.pos === 'NOUN'
    );
  }

  /** The nearest verb before token i in the sentence, or -1. */
  verbBefore(i: number): number {
    for (let k = i - 1; k >= 0; k--)
      if (this.toks[k]!.pos === 'VERB' && this.cover[k]! < 0 && !this.hyphenated(k)) return k;
    return -1;
  }

  /** Part of a hyphenated modifier ("government-held", "Israeli-occupied"), not a verb of the clause. */
  hyphenated(k: number): boolean {
    const dash = this.toks[k - 1];
    return dash?.text === '-' && dash.end === this.toks[k]!.start;
  }

  /** A clause boundary, subordinator or comma strictly between tokens a and b. */
  boundaryBetween(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++) {
      if (this.cover[k]! >= 0) continue;
      const t = this.toks[k]!;
      if (this.isBoundary(k) || t.text === ',' || SUBORDINATORS.has(t.lower) || RELATIVE.has(t.lower))
        return true;
    }
    return false;
  }
}
