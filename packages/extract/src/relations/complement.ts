// Governors that recode their complement (complements.yaml): "agreed to hold talks with X" is one AGREE
// event by the one who agreed, "urged X to withdraw" one REQUEST to X, "threatened to expel Y" one
// THREATEN; the complement's own act is not asserted and makes no claim of its own.
import { recode } from '../patterns/complements-load.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { Clause } from './clause.ts';
import { emitMatch } from './emit.ts';
import type { EmitContext } from './emit.ts';
import type { Matcher, VerbMatch } from './match.ts';
import { modalityOf } from './modality.ts';

/**
 * Whether token v can govern a complement: a verb or adjective ("agreed to", "ready to"), or a present-tense
 * verb that wink-nlp tags as a plural noun right after its subject ("Obama plans to withdraw", "Iran vows
 * to respond").
 */
export function mayGovern(cl: Clause, v: number): boolean {
  const t = cl.toks[v]!;
  if (t.pos === 'VERB' || t.pos === 'ADJ') return true;
  return (
    t.pos === 'NOUN' &&
    t.lower.endsWith('s') &&
    cl.mentionEndingAt(v - 1) >= 0 &&
    cl.toks[v + 1]?.lower === 'to' &&
    cl.toks[v + 2]?.pos === 'VERB'
  );
}

/** The complement verb of governor g: "g to V", "g X to V", "ready to V"; or -1. */
export function complementVerb(cl: Clause, g: number): number {
  const toks = cl.toks;
  let k = g + 1;
  const m = cl.mentionFrom(k, 1);
  if (m >= 0)
    k = cl
      .conjoinedRight(m)
      .map((i) => cl.mentions[i]!.end)
      .pop()!;
  if (toks[k]?.lower !== 'to' || toks[k]!.pos !== 'PART') return -1;
  if (toks[k + 1]?.pos === 'ADV' && toks[k + 2]?.pos === 'VERB') return k + 2;
  return toks[k + 1]?.pos === 'VERB' ? k + 1 : -1;
}

/**
 * At governor g: emits the recoded claims and returns the complement verb it consumed, or -1 when the
 * class does not apply (no complement, a specific pattern of the governor itself, no code, no subject).
 */
export function complementClaims(
  x: EmitContext,
  cl: Clause,
  g: number,
  lex: Lexicon,
  matcher: Matcher,
): number {
  const own0 = lex.governors.get(cl.toks[g]!.lemma) ?? lex.governors.get(cl.toks[g]!.lower);
  if (!own0) return -1;
  const c = complementVerb(cl, g);
  if (c < 0) return -1;
  const gsubj = cl.subject(g);
  // "urged Kyiv to clarify its role" has a pattern of its own (requests-explanation): keep it.
  if (matcher.patternsOf(cl.toks[g]!) && matcher.match(cl, g, gsubj, true).some((m) => m.pattern.weight >= 2))
    return -1;
  const csubj = cl.subject(c);
  const own = matcher.patternsOf(cl.toks[c]!)
    ? matcher.match(cl, c, csubj).find((m) => x.ontology.edge(m.pattern.predicate).category !== 'structural')
    : undefined;
  if (own?.pattern.reverse) return -1;
  const mod = modalityOf(cl, g, gsubj, lex.modality);
  // "was not ready to end the war", "did not agree to meet": a negated intent is a refusal (REJECT).
  const negatedAs = mod.modality === 'negated' ? own0.negated : undefined;
  const cls = negatedAs ?? own0;
  const cameo = recode(cls, own?.pattern.cameo);
  if (!cameo || cameo === '---' || !gsubj.mentions.length) return -1;
  // No pattern of its own: the complement's first fitting actor is the target ("promised to rebuild X").
  const bare = own ? undefined : matcher.match(cl, c, csubj, false, [matcher.bare(cls.origin, cameo)])[0];
  const target = csubj.objectControl ? csubj.mentions : ((own ?? bare)?.target ?? []);
  const match: VerbMatch = {
    pattern: own?.pattern ?? matcher.bare(cls.origin, cameo),
    source: gsubj.mentions,
    target: target.filter((t) => !gsubj.mentions.includes(t)),
    words: [c, ...(own?.words ?? [])],
  };
  // The expression happened; a reported denial keeps its modality, and so does a negated one that no
  // class reads as a refusal.
  const modality = mod.modality === 'hypothetical' || negatedAs ? 'asserted' : mod.modality;
  emitMatch(x, cl, g, match, mod, matcher.about(cl, c), {
    cameo,
    modality,
    rule: `${cls.name}: the complement's act recoded (complements.yaml)`,
    origin: `${cls.origin} ${cls.name}`,
    act: c,
  });
  return c;
}
