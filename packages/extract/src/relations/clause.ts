// Shallow clause structure around a verb, without a parser: its auxiliaries, whether it is passive, its
// grammatical subject (skipping parentheticals and prepositional phrases, through relative pronouns and
// infinitives), the by-agent of a passive, and where its clause ends.
import type { Tok } from '../nlp/types.ts';
import type { Mention } from '../mentions/types.ts';

const BOUNDARY = new Set([';', ':', '—', '(', ')', '[', ']']);
const SUBORDINATORS = new Set([
  'that',
  'because',
  'when',
  'while',
  'if',
  'unless',
  'although',
  'though',
  'whereas',
  'since',
  'after',
  'before',
  'until',
  'where',
  'but',
  'however',
  'as',
  'whether',
  'so',
]);
const RELATIVE = new Set(['which', 'who', 'whom', 'that', 'whose']);
// Verbs of harm that always take an object: "X killed in a raid" (a headline's reduced passive) makes X
// the victim, never the attacker (PLOVER_MANUAL section ASSAULT: the source is the one who uses force).
const HARM = new Set([
  'kill',
  'slay',
  'wound',
  'injure',
  'hurt',
  'murder',
  'assassinate',
  'execute',
  'behead',
  'abduct',
  'kidnap',
  'capture',
  'arrest',
  'detain',
  'shoot',
  'target',
  'jail',
  'hang',
  'torture',
  'massacre',
]);
const HARM_PREP = new Set(['in', 'during', 'near', 'at', 'after', 'outside', 'while', 'on', 'when', 'as']);
const BE = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'s",
  'get',
  'gets',
  'got',
  'gotten',
  'getting',
  'am',
]);
const PARENTHETICAL_OPENERS = new Set([
  'which',
  'who',
  'whose',
  'whom',
  'in',
  'according',
  'on',
  'at',
  'for',
  'with',
  'despite',
  'after',
  'before',
  'during',
  'including',
  'like',
  'citing',
]);
const PREPOSITIONS = new Set([
  'in',
  'of',
  'from',
  'at',
  'on',
  'near',
  'to',
  'with',
  'for',
  'against',
  'by',
  'about',
  'over',
  'into',
  'across',
  'toward',
  'towards',
  'under',
  'between',
  'among',
  'through',
  'within',
  'regarding',
  'during',
  'since',
  'after',
  'before',
  'like',
]);
const VERB_GROUP = new Set(['AUX', 'ADV', 'PART']);

export interface SubjectInfo {
  /** Mention indices of the subject (several when conjoined: "Brazil and the United States"). */
  mentions: number[];
  /** First token of the subject's region (for the passive's patient and the modality window). */
  regionStart: number;
  /** The verb whose infinitive or gerund complement this is ("wants to attack" → want), if any. */
  governor?: number;
  /** The subject is the governor's object ("urged Kyiv to clarify"): the governor's intent is not its own. */
  objectControl?: boolean;
}

export class Clause {
  /** Token → index of the mention covering it, or -1. */
  readonly cover: Int32Array;
  /** Every lower-case form and lemma in the sentence, to skip patterns that cannot match. */
  readonly words = new Set<string>();

  constructor(
    readonly toks: Tok[],
    readonly mentions: Mention[],
    /** Speech and belief verbs: ", X said" after a clause closes it. */
    readonly frames: ReadonlySet<string> = new Set(),
  ) {
    this.cover = new Int32Array(toks.length).fill(-1);
    for (const t of toks) {
      this.words.add(t.lower);
      this.words.add(t.lemma);
    }
    mentions.forEach((m, k) => this.cover.fill(k, m.start, m.end));
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

  isPassive(v: number): boolean {
    const t = this.toks[v]!;
    if (t.lower.endsWith('ing') || (t.lower === t.lemma && !/[a-z]{2}(ed|en)$/.test(t.lower))) return false;
    // A past participle: regular (-ed, -en) or irregular (its form differs from its lemma: "sought").
    const participle = /[a-z]{2}(ed|en)$/.test(t.lower) || (t.lower !== t.lemma && !/s$/.test(t.lower));
    const g = this.groupStart(v);
    for (let i = g; i < v; i++) if (BE.has(this.toks[i]!.lower)) return true;
    // A reduced relative: "the building demolished by protesters", "two men sought in the slaying".
    let n = v - 1; // "a commander reportedly killed": an adverb between the noun and the participle
    while (n > 0 && this.toks[n]!.pos === 'ADV' && this.cover[n]! < 0) n--;
    const afterNoun = n >= 0 && (this.cover[n]! >= 0 || this.toks[n]!.pos === 'NOUN');
    if (g !== v || !afterNoun || !participle) return false;
    if (this.agentStart(v) >= 0) return true;
    // "Two officers killed in an ambush": a verb of harm with no object is passive wherever it stands.
    const nx = this.toks[v + 1];
    if (HARM.has(t.lemma) && (!nx || HARM_PREP.has(nx.lower) || nx.text === ',' || nx.text === '.'))
      return true;
    // Without a by-agent, "two men sought in the slaying" is a reduced relative only inside another
    // predicate's phrase; at the head of a clause "Iraq's adviser met with" is the main verb.
    const next = this.toks[v + 1];
    const prep = next !== undefined && (next.pos === 'ADP' || PREPOSITIONS.has(next.lower));
    return prep && this.verbBefore(v - 1) >= 0 && !this.boundaryBetween(this.verbBefore(v - 1), v);
  }

  /** Index of "by" opening the agent phrase after the verb, or -1. */
  private agentStart(v: number): number {
    for (let i = v + 1; i < this.toks.length && i <= v + 4; i++) {
      const t = this.toks[i]!;
      if (t.lower === 'by') return this.mentionFrom(i + 1, 3) >= 0 ? i : -1;
      if (t.pos !== 'ADV' && t.pos !== 'PART' && t.pos !== 'ADP') return -1;
    }
    return -1;
  }

  /** The by-agent of a passive: its mentions and the token span of "by …". */
  agent(v: number): { mentions: number[]; from: number; to: number } | undefined {
    const by = this.agentStart(v);
    if (by < 0) return undefined;
    const m = this.mentionFrom(by + 1, 3);
    // "by the Malaysia Airlines flight crash": the name modifies a noun; the agent is the crash, no actor.
    const after = this.toks[this.mentions[m]!.end];
    if (after && this.cover[this.mentions[m]!.end]! < 0 && (after.pos === 'NOUN' || after.pos === 'PROPN'))
      return undefined;
    const list = this.conjoinedRight(m);
    return { mentions: list, from: by, to: this.mentions[list[list.length - 1]!]!.end };
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
  private prepBefore(m: number): string | undefined {
    let k = this.mentions[m]!.start - 1;
    while (k >= 0 && (this.toks[k]!.pos === 'DET' || this.toks[k]!.pos === 'ADJ')) k--;
    return k >= 0 && this.toks[k]!.pos === 'ADP' ? this.toks[k]!.lower : undefined;
  }

  /** A mention governed by a preposition ("in Iraq") or a possessor ("Kazakhstan's sector"): not a subject. */
  private inPhrase(m: number): boolean {
    const mention = this.mentions[m]!;
    let k = mention.start - 1;
    while (k >= 0 && (this.toks[k]!.pos === 'DET' || this.toks[k]!.pos === 'ADJ')) k--;
    if (k >= 0 && PREPOSITIONS.has(this.toks[k]!.lower) && this.toks[k]!.pos === 'ADP') return true;
    const after = this.toks[mention.end]?.lower;
    return after === "'s" || after === '’s';
  }

  subject(v: number, depth = 0): SubjectInfo {
    const none: SubjectInfo = { mentions: [], regionStart: v };
    if (depth > 3) return none;
    let g = this.groupStart(v);
    const toks = this.toks;
    // Infinitive or gerund complement: "urging Kyiv to clarify", "wants to attack", "denied attacking".
    // "has yet to issue" is one verb group (a semi-auxiliary), not a complement.
    const to = this.infinitiveMarker(v);
    const infinitive = to >= 0 && !toks.slice(g, to).some((t) => t.pos === 'AUX');
    if (infinitive) g = to;
    const gerund = toks[v]!.lower.endsWith('ing') && g === v;
    // A gerund after a preposition ("by promoting", "for helping") is an adjunct with no subject of its own.
    if (gerund && toks[g - 1]?.pos === 'ADP') return none;
    if (infinitive || (gerund && toks[g - 1]?.pos === 'VERB')) {
      const controller = this.mentionEndingAt(g - 1);
      const gov = this.governorBefore(infinitive ? g : v);
      // Object control: "urged Kyiv to clarify", "called on X to": the object right after the governor.
      if (controller >= 0 && gov >= 0 && this.mentions[controller]!.start <= gov + 4) {
        return {
          mentions: this.conjoinedLeft(controller),
          regionStart: this.mentions[controller]!.start,
          governor: gov,
          objectControl: true,
        };
      }
      if (gov >= 0) return { ...this.subject(gov, depth + 1), governor: gov };
    }
    // Participle adjunct: ", citing unconfirmed reports" takes the main clause's subject.
    if (gerund && this.isComma(g - 1)) {
      const main = this.verbBefore(g - 1);
      return main >= 0 ? this.subject(main, depth + 1) : none;
    }
    // A participle right after a noun phrase modifies it: "infrastructure belonging to …", "officials urging …".
    if (g === v && /(ing|ed|en)$/.test(toks[v]!.lower)) {
      const before = this.mentionEndingAt(v - 1);
      if (before >= 0)
        return { mentions: this.conjoinedLeft(before), regionStart: this.mentions[before]!.start };
    }
    let i = g - 1;
    const region: number[] = [];
    while (i >= 0) {
      const t = toks[i]!;
      const c = this.cover[i]!;
      if (c < 0 && region.length === 0 && RELATIVE.has(t.lower)) {
        let k = i - 1;
        if (this.isComma(k)) k--;
        const ante = this.mentionEndingAt(k);
        return ante >= 0 ? { mentions: this.conjoinedLeft(ante), regionStart: i } : none;
      }
      if (c < 0 && t.text === ',') {
        const j = region.length === 0 ? this.parentheticalOpen(i) : -1;
        if (j >= 0) {
          i = j - 1;
          continue;
        }
        break;
      }
      if (c < 0 && (this.isBoundary(i) || SUBORDINATORS.has(t.lower) || t.pos === 'VERB')) break;
      region.push(i);
      i--;
    }
    if (!region.length) return none;
    const regionStart = region[region.length - 1]!;
    let fallback = -1;
    for (const k of region) {
      const c = this.cover[k]!;
      if (c < 0 || this.mentions[c]!.start !== k) continue;
      if (!this.inPhrase(c)) return { mentions: this.conjoinedLeft(c), regionStart };
      const prep = this.prepBefore(c);
      if (prep === 'in' || prep === 'of' || prep === 'from') fallback = c;
    }
    // "A tribunal in Chile ruled …": the only actor named is inside the phrase.
    if (fallback >= 0) return { mentions: [fallback], regionStart };
    return { mentions: [], regionStart };
  }

  /**
   * Given a comma just before a verb group, the comma that opens the parenthetical it closes
   * (", which includes …,", ", in a statement …,", ", General David Petraeus,"), or -1.
   */
  private parentheticalOpen(close: number): number {
    let nearest = -1;
    for (let j = close - 1; j >= 0; j--) {
      if (this.isBoundary(j)) break;
      if (!this.isComma(j)) continue;
      if (nearest < 0) nearest = j;
      const opener = this.toks[j + 1]!;
      if (PARENTHETICAL_OPENERS.has(opener.lower) && this.mentionEndingAt(j - 1) >= 0) return j;
      if (PARENTHETICAL_OPENERS.has(opener.lower) && this.toks[j - 1]?.pos === 'NOUN') return j;
    }
    if (nearest >= 0) {
      let verbs = 0;
      for (let k = nearest + 1; k < close; k++)
        if (this.toks[k]!.pos === 'VERB' && this.cover[k]! < 0) verbs++;
      if (verbs === 0 && this.mentionEndingAt(nearest - 1) >= 0) return nearest;
    }
    return -1;
  }

  /** The verb governing an infinitive or gerund at i: "wants (Putin) to", "is scheduled to", "denied". */
  private governorBefore(i: number): number {
    let steps = 0;
    for (let k = i - 1; k >= 0 && steps < 8; k--, steps++) {
      const c = this.cover[k]!;
      if (c >= 0) {
        k = this.mentions[c]!.start;
        continue;
      }
      const t = this.toks[k]!;
      if (
        t.pos === 'VERB' ||
        (t.pos === 'ADJ' && (t.lower === 'able' || t.lower === 'likely' || t.lower === 'due'))
      )
        return k;
      if (
        t.pos === 'NOUN' &&
        (t.lemma === 'pressure' ||
          t.lemma === 'plan' ||
          t.lemma === 'call' ||
          t.lemma === 'effort' ||
          t.lemma === 'attempt' ||
          t.lemma === 'bid')
      )
        return k;
      if (this.isBoundary(k) || t.text === ',') return -1;
    }
    return -1;
  }

  /** A clause boundary, subordinator or comma strictly between tokens a and b. */
  private boundaryBetween(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++) {
      if (this.cover[k]! >= 0) continue;
      const t = this.toks[k]!;
      if (this.isBoundary(k) || t.text === ',' || SUBORDINATORS.has(t.lower) || RELATIVE.has(t.lower))
        return true;
    }
    return false;
  }

  /** The nearest verb before token i in the sentence, or -1. */
  verbBefore(i: number): number {
    for (let k = i - 1; k >= 0; k--) if (this.toks[k]!.pos === 'VERB' && this.cover[k]! < 0) return k;
    return -1;
  }

  /** ", Palestinian security officials said" / ", said X": a speech verb before the next comma. */
  private framesAhead(comma: number): boolean {
    for (let k = comma + 1; k < this.toks.length && k <= comma + 12; k++) {
      const t = this.toks[k]!;
      if (t.text === ',' || this.isBoundary(k)) return false;
      if (t.pos === 'VERB' && this.frames.has(t.lemma)) return true;
    }
    return false;
  }

  /** Where the clause after the verb ends: a boundary, a relative or complement clause, another finite clause. */
  clauseEnd(v: number): number {
    const toks = this.toks;
    for (let k = v + 1; k < toks.length; k++) {
      if (this.cover[k]! >= 0) continue;
      const t = toks[k]!;
      if (this.isBoundary(k)) return k;
      if (
        t.text === ',' &&
        (RELATIVE.has(toks[k + 1]?.lower ?? '') || SUBORDINATORS.has(toks[k + 1]?.lower ?? ''))
      )
        return k;
      if (t.text === ',' && this.framesAhead(k)) return k;
      if (t.lower === 'that' && t.pos === 'SCONJ') return k;
      if (t.lower === 'which' || t.lower === 'who') return k;
    }
    return toks.length;
  }
}
