// A future act of force or sanction on a condition is a threat: "LURD will intensify its attacks if the
// government does not accept the offer", "X will impose sanctions unless Y withdraws". PLOVER_MANUAL section
// THREATEN ("All threats, coercive or forceful warnings with serious potential repercussions"; the mode is
// the content of the threat) and "Auxiliary modes" (THREATEN = ASSAULT + hypothetical: return the single
// category). The content is recoded by complements.yaml's threat class (16 → 1312, 17 → 137, 18–20 → 138).
import type { Entity } from '@geokg/core';
import { recode } from '../patterns/complements-load.ts';
import type { Lexicon } from '../patterns/types.ts';
import type { Clause } from './clause.ts';
import type { Recoded } from './emit.ts';
import type { VerbMatch } from './match.ts';
import type { ModalityResult } from './modality.ts';
import { sameSide } from './sides.ts';

/** Codes whose future, on a condition, is a threat: sanctions, repression and force (CAMEO roots 16–20). */
const COERCIVE = /^(13|16|17|18|19|20)/;

/** The threat a conditional future act v makes, or undefined. */
export function conditionalThreat(
  cl: Clause,
  v: number,
  lex: Lexicon,
  m: VerbMatch,
  mod: ModalityResult,
): Recoded | undefined {
  const threat = lex.governors.get('threaten');
  const cameo = m.pattern.cameo;
  if (!threat || !cameo || !COERCIVE.test(cameo) || !conditionAfter(cl, v)) return undefined;
  // "officials say the militants will attack if …" reports another's plan; the actor's own side says it.
  const who = (k: number): Entity => cl.mentions[k]!.entity;
  if (mod.speaker !== undefined && !m.source.some((s) => sameSide(who(s), who(mod.speaker!))))
    return undefined;
  // A threat already ("will strike if provoked": the generated "* if" 138) keeps its own code.
  const code = cameo.startsWith('13') ? cameo : recode(threat, cameo);
  if (!code || code === '---') return undefined;
  return {
    cameo: code,
    modality: 'asserted',
    rule: 'threat: a future act of force or sanction on a condition (complements.yaml threat)',
    origin: `${threat.origin} ${threat.name}`,
  };
}

/** An if/unless clause after verb v in its sentence ("will strike if provoked", "unless Y withdraws"). */
function conditionAfter(cl: Clause, v: number): boolean {
  for (let i = v + 1; i < cl.toks.length; i++) {
    const w = cl.toks[i]!.lower;
    if (w === ';') return false;
    if ((w === 'if' || w === 'unless') && cl.cover[i]! < 0) return true;
  }
  return false;
}

/** The actor the condition is put to: the subject of the if/unless clause ("unless Iran halts"). */
export function conditionSubject(cl: Clause, v: number): number[] {
  for (let i = v + 1; i < cl.toks.length; i++) {
    const w = cl.toks[i]!.lower;
    if ((w !== 'if' && w !== 'unless') || cl.cover[i]! >= 0) continue;
    const m = cl.mentionFrom(i + 1, 2);
    return m >= 0 ? cl.conjoinedRight(m) : [];
  }
  return [];
}
