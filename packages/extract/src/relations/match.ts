// Matches the verb patterns of the lexicon at one verb: literal words in order within small gaps, actor
// slots, the default target (the first fitting actor after the verb), passives read as their active
// counterpart ("Y was accused by X" ≡ "X accused Y"), and kind constraints from the patterns and the ontology.
import type { Entity, Ontology } from '@geokg/core';
import type { Elem, Lexicon, VerbPattern } from '../patterns/types.ts';
import type { Clause, SubjectInfo } from './clause.ts';
import { blocks } from './blockers.ts';
import { NeedsIndex } from './needs.ts';
import { sameSide } from './sides.ts';
import { culpritOf, isIt, leaks, roleTarget, type TargetQuery } from './target.ts';

export interface VerbMatch {
  pattern: VerbPattern;
  /** Mention indices; several when conjoined. Empty target: none named (pairwise among sources if several). */
  source: number[];
  target: number[];
  /** Token indices of the literal words matched. */
  words: number[];
  /** The grammatical subject, when a $ slot made something else the source (the one who attributes). */
  attributor?: number;
  /** No target mention, but the object act names its agent ("condemned Somalia's attack"): the recipient. */
  culprit?: Entity;
}

/** Words that open or make up a quantity before a noun: "at least six", "more than 2,000", "up to 500". */
const QUANTITY = new Set([
  'at',
  'least',
  'most',
  'more',
  'than',
  'nearly',
  'almost',
  'about',
  'around',
  'some',
  'over',
  'up',
  'roughly',
  'approximately',
  'dozens',
  'hundreds',
  'thousands',
  'of',
]);

/** Token i belongs to a quantity: a number, or a quantity word next to a number or another such word. */
function isQuantity(cl: Clause, i: number): boolean {
  const t = cl.toks[i]!;
  if (t.pos === 'NUM') return true;
  // "a three-month state of emergency", "a two-day truce": a number joined by a hyphen to its unit.
  if (t.text === '-' && cl.toks[i - 1]?.pos === 'NUM') return true;
  if (cl.toks[i - 1]?.text === '-' && cl.toks[i - 2]?.pos === 'NUM' && cl.toks[i + 1]) return true;
  if (!QUANTITY.has(t.lower) || cl.cover[i]! >= 0) return false;
  const next = cl.toks[i + 1];
  return !!next && (next.pos === 'NUM' || QUANTITY.has(next.lower));
}

/** Verb particles that stay with a passive verb ("was carried out"), unlike prepositions ("blamed on"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'away', 'back']);
const ABOUT = new Set(['regarding', 'over', 'about', 'concerning', 'for', 'following', 'after']);

export class Matcher {
  private readonly bareCache = new Map<string, VerbPattern>();
  private readonly needs = new NeedsIndex();
  /** Whether the last match() ended on a blocker: the verb's sense there is no event ("compromise
   * national security"), so a governor has nothing to recode ("willing to compromise …" is no AGREE). */
  blocked = false;

  constructor(
    private readonly lex: Lexicon,
    private readonly ontology: Ontology,
  ) {}

  /** The patterns of the verb at token t: by lemma, else by the surface form with -ed/-d stripped. */
  patternsOf(t: { lemma: string; lower: string }): VerbPattern[] | undefined {
    const p = this.lex.patterns;
    const w = t.lower;
    return (
      p.get(t.lemma) ??
      p.get(w) ??
      (w.endsWith('ed')
        ? (p.get(w.slice(0, -1)) ?? p.get(w.slice(0, -2)) ?? p.get(w.slice(0, -3)))
        : undefined)
    );
  }

  /** False when no pattern of the verb at v can match: each needs a word the sentence lacks. */
  mayMatch(cl: Clause, v: number): boolean {
    const list = this.patternsOf(cl.toks[v]!);
    return !!list && this.needs.passing(list, cl.words).length > 0;
  }

  /** The best interaction and the best structural match at verb v (either may be missing). */
  match(cl: Clause, v: number, subj: SubjectInfo, literalOnly = false, only?: VerbPattern[]): VerbMatch[] {
    this.blocked = false;
    const list = only ?? this.patternsOf(cl.toks[v]!);
    if (!list) return [];
    const frame = this.lex.frameVerbs.has(cl.toks[v]!.lemma);
    const out: VerbMatch[] = [];
    let interaction = false;
    let structural = false;
    // Most of a long list needs a word the sentence lacks (over bench text, 19 of 20): only the others are
    // tried, in the list's order.
    const pass = this.needs.passing(list, cl.words);
    // Voice, agent and the clause's items, found when a pattern first gets that far: for one verb in five
    // over bench text none does.
    let reading: Reading | undefined;
    for (const pi of pass) {
      const p = list[pi]!;
      const isStructural =
        p.predicate !== 'none' && this.ontology.edge(p.predicate).category === 'structural';
      if ((isStructural && structural) || (!isStructural && interaction)) continue;
      if (literalOnly && !p.needs.length) continue;
      // A speaker who talks of an attack ("X says the attack …") uses no force: a reporting verb never
      // codes FIGHT/ASSAULT/COERCE roots 18–20 (PLOVER_MANUAL section ASSAULT; the generated "say * attack").
      // A curated pattern may ("claimed responsibility for the attack": the claimant is the perpetrator).
      if (frame && p.rank > 0 && /^(18|19|20)/.test(p.cameo ?? '')) continue;
      if (!this.preMatches(cl, v, p)) continue;
      reading ??= readClause(cl, v, subj);
      const { passive, agent, items, source } = reading;
      const m = this.postMatch(cl, items, p.post);
      if (!m) continue;
      if (p.predicate === 'none') {
        // A blocker: this reading is not an event. With object kinds it blocks only that sense ("joined
        // the African Union" is membership, "joined talks" is not blocked).
        if (!p.objectKinds || blocks(cl, v, p.objectKinds, passive, subj, this.ontology))
          interaction = this.blocked = true;
        continue;
      }
      const src = m.source ?? source;
      const query: TargetQuery = {
        v,
        pattern: p,
        words: m.words,
        source: src,
        passive,
        subject: subj,
        ...(agent ? { agent } : {}),
        fits: (k) => this.fitsTarget(cl, p, k),
        isPlace: (k) => this.ontology.isA(cl.mentions[k]!.entity.kind, 'Place'),
        isState: (k) => this.ontology.isA(cl.mentions[k]!.entity.kind, 'State'),
      };
      // "Senegal amassed troops": the actor's own forces named by the pattern's noun are the act, not its
      // recipient ("expelled Russian diplomats" still reaches Russia).
      const ownAct = (k: number): boolean =>
        m.words.some((w) => w >= cl.mentions[k]!.start && w < cl.mentions[k]!.end) &&
        src.some((s0) => sameSide(cl.mentions[s0]!.entity, cl.mentions[k]!.entity));
      // "Sudan, which it accuses of backing rebels": the slot is the object relative's antecedent, never a
      // name later in the clause.
      const slot =
        m.target && subj.relativeObject && !passive && !cl.args(v).object ? subj.relativeObject : m.target;
      // "met Ugandan officials in Nairobi", "X and Y met in Rome": the place of a meeting is its host only
      // when no one else is named to meet; beside a direct object or among conjoined parties the place is
      // where they met (PLOVER_MANUAL section CONSULT, and "Compound and Reciprocal Actors").
      if (slot && p.cameo?.startsWith('04') && !passive && meetingPlace(cl, v, slot, src)) continue;
      const tgt = slot ?? roleTarget(cl, query)?.filter((k) => !ownAct(k));
      if (!tgt) continue;
      const kept = this.fit(cl, p, src, tgt);
      if (!kept) continue;
      const culprit = kept.target.length || m.target ? undefined : culpritOf(cl, query);
      out.push({
        pattern: p,
        source: kept.source,
        target: kept.target,
        ...(culprit ? { culprit } : {}),
        words: m.words,
        ...(m.source && !passive && subj.mentions[0] !== undefined ? { attributor: subj.mentions[0] } : {}),
      });
      if (isStructural) structural = true;
      else interaction = true;
      if (structural && interaction) break;
    }
    return out;
  }

  /** A pattern that is just the verb with a code: a complement whose verb codes nothing of its own. */
  bare(origin: string, cameo: string): VerbPattern {
    const key = `${origin}#${cameo}`;
    let p = this.bareCache.get(key);
    if (!p) {
      const predicate = this.ontology.edgeForCameo(cameo)!.name;
      const plover = this.ontology.edge(predicate).plover;
      p = {
        verb: '*',
        pre: [],
        post: [],
        predicate,
        cameo,
        ...(plover ? { plover } : {}),
        reverse: false,
        symmetric: false,
        weight: 0,
        origin,
        text: `* [${cameo}]`,
        rank: 0,
        needs: [],
      };
      this.bareCache.set(key, p);
    }
    return p;
  }

  private preMatches(cl: Clause, v: number, p: VerbPattern): boolean {
    return p.pre.every((alts) => {
      for (let i = v - 1; i >= 0 && i >= v - 3; i--)
        if (alts.includes(cl.toks[i]!.lemma) || alts.includes(cl.toks[i]!.lower)) return true;
      return false;
    });
  }

  /** Walks the pattern's elements over the items. Returns slot fillers and the last matched item position. */
  private postMatch(
    cl: Clause,
    items: number[],
    post: Elem[],
  ): { source?: number[]; target?: number[]; words: number[]; last: number } | undefined {
    let pos = 0;
    const words: number[] = [];
    let source: number[] | undefined;
    let target: number[] | undefined;
    for (const el of post) {
      let found = -1;
      let width = 1;
      let skipped = 0; // words of a quantity ("at least six", "more than 2,000"): inside the noun's phrase
      for (let q = pos + 1; q < items.length && q <= pos + el.gap + skipped; q++) {
        // Words of the pattern belong to this verb's phrase: another verb starts another predicate.
        const tok = cl.toks[items[q]!]!;
        if (el.type !== 'slot' && el.gap > 1 && isQuantity(cl, items[q]!)) skipped++;
        const isVerb = tok.pos === 'VERB' && cl.cover[items[q]!]! < 0;
        // A verb after an actor is that actor's own predicate ("said [troops] attacked"), not a word of
        // this verb's pattern.
        if (
          el.type !== 'slot' &&
          isVerb &&
          cl.mentions.some((m) => m.start > items[pos]! && m.end <= items[q]!)
        )
          break;
        if (el.type === 'slot') {
          const m = cl.mentionFrom(items[q]!, 2);
          if (m >= 0) {
            found = q;
            const list = cl.conjoinedRight(m);
            width = positionAfter(items, q, cl.mentions[list[list.length - 1]!]!.end) - q;
            if (el.role === 'source') source = list;
            else target = list;
            break;
          }
          continue;
        }
        // An infinitive ("continued to attack the base") is its own predicate, read as the complement: not
        // the noun of this verb's pattern ("continued the attack"), unless the pattern names its "to".
        const to = cl.toks[items[q]! - 1];
        if (isVerb && to?.lower === 'to' && to.pos === 'PART' && !words.includes(items[q]! - 1)) break;
        const n = this.litAt(cl, items, q, el.alts);
        if (n > 0) {
          found = q;
          width = n;
          for (let k = 0; k < n; k++) words.push(items[q + k]!);
          break;
        }
        if (isVerb) break;
      }
      if (found < 0) return undefined;
      pos = found + width - 1;
    }
    return { ...(source ? { source } : {}), ...(target ? { target } : {}), words, last: pos };
  }

  /** Width of the alternative matching at items[q] (lemma or lower-case form, word by word), or 0. */
  private litAt(cl: Clause, items: number[], q: number, alts: string[][]): number {
    for (const alt of alts) {
      let ok = true;
      for (let k = 0; k < alt.length && ok; k++) {
        const t = cl.toks[items[q + k] ?? -1];
        ok = !!t && (t.lemma === alt[k] || t.lower === alt[k]);
      }
      if (ok) return alt.length;
    }
    return 0;
  }

  /** Whether mention k can be the pattern's target: its kind, a place inside a state, or "any group". */
  private fitsTarget(cl: Clause, p: VerbPattern, k: number): boolean {
    const mention = cl.mentions[k]!;
    if (mention.quantified) return true;
    const kind = mention.entity.kind;
    return (
      this.targetKindOk(p, kind) || (this.ontology.isA(kind, 'Place') && this.placeHasState(mention.entity))
    );
  }

  private placeHasState(e: { props: Record<string, unknown> }): boolean {
    return typeof e.props.country === 'string';
  }

  private targetKindOk(p: VerbPattern, kind: string): boolean {
    const edge = this.ontology.edge(p.predicate);
    const kinds = p.objectKinds ?? named(edge.target);
    const reverseKinds = p.subjectKinds ?? named(edge.source);
    return (p.reverse ? reverseKinds : kinds).some((k) => this.ontology.isA(kind, k));
  }

  /** Applies the pattern's kind constraints to both ends; quantified targets ("any group") name nobody. */
  private fit(
    cl: Clause,
    p: VerbPattern,
    source: number[],
    target: number[],
  ): { source: number[]; target: number[] } | undefined {
    const kindOf = (m: number): string => cl.mentions[m]!.entity.kind;
    const edge = this.ontology.edge(p.predicate);
    const subjKinds = p.subjectKinds ?? named(edge.source);
    const objKinds = p.objectKinds ?? named(edge.target);
    const okAs = (m: number, kinds: string[]): boolean =>
      kinds.some((k) => this.ontology.isA(kindOf(m), k)) ||
      (kinds.includes('Actor') && this.placeHasState(cl.mentions[m]!.entity));
    const keep = (m: number): boolean =>
      !cl.mentions[m]!.quantified && cl.mentions[m]!.role !== 'speaker' && !leaks(cl, m);
    const s = source.filter(keep);
    const t = target.filter((m) => keep(m) && !isIt(cl, m));
    if (!s.length && !t.length) return undefined;
    if (target.length && !t.length) return undefined;
    const [from, to] = p.reverse ? [t, s] : [s, t];
    if (!from.every((m) => okAs(m, subjKinds)) || !to.every((m) => okAs(m, objKinds))) return undefined;
    if (!s.length) return undefined;
    return { source: s, target: t };
  }

  /** The event a claim is about: "regarding the recent attack", "over the incident". */
  about(cl: Clause, v: number): number | undefined {
    const end = cl.clauseEnd(v);
    for (let i = v + 1; i < end; i++) {
      if (!ABOUT.has(cl.toks[i]!.lower)) continue;
      const m = cl.mentionFrom(i + 1, 3);
      if (m >= 0 && this.ontology.isA(cl.mentions[m]!.entity.kind, 'Event')) return m;
    }
    return undefined;
  }
}

/** The slot is the place after "in"/"at" of a meeting with a direct object actor or several parties. */
function meetingPlace(cl: Clause, v: number, slot: number[], source: number[]): boolean {
  const prep = cl.prepBefore(slot[0]!);
  if (prep !== 'in' && prep !== 'at') return false;
  if (source.length > 1) return true;
  const obj = cl.args(v).object;
  return obj !== undefined && obj.headMention >= 0 && !slot.includes(obj.headMention);
}

/** How the patterns read a verb's clause: its voice, by-agent, source and items in active order. */
interface Reading {
  passive: boolean;
  agent: { mentions: number[]; from: number; to: number } | undefined;
  /** Token indices: the verb, (passive: the grammatical subject's region), the rest of the clause. */
  items: number[];
  source: number[];
}

function readClause(cl: Clause, v: number, subj: SubjectInfo): Reading {
  const passive = cl.isPassive(v);
  const agent = passive ? cl.agent(v) : undefined;
  const end = cl.clauseEnd(v);
  const items: number[] = [v];
  let after = v + 1;
  if (passive) {
    // Particles stay with the verb ("carried out"); then the patient, then the rest of the clause.
    while (after < end && PARTICLES.has(cl.toks[after]!.lower)) items.push(after++);
    for (let i = subj.regionStart; i < cl.groupStart(v); i++) items.push(i);
  }
  for (let i = after; i < end; i++) if (!agent || i < agent.from || i >= agent.to) items.push(i);
  const source = passive ? (agent?.mentions ?? []) : subj.mentions;
  return { passive, agent, items, source };
}

/** An edge's end kinds without Event: an event is the object only of a targetless act (emit.ts), never a
 * target found in the text unless a pattern names it. */
const named = (kinds: string[]): string[] => kinds.filter((k) => k !== 'Event');

function positionAfter(items: number[], from: number, tokenEnd: number): number {
  let q = from;
  while (q < items.length && items[q]! < tokenEnd) q++;
  return q;
}
