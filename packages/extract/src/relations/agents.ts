// An attack named with its attacker as the subject of a verb of harm: "an Israeli airstrike killed four
// observers", "a Taliban attack hit the convoy". The verb's structural `targets` claim (relations.yaml
// block target) says what the attack struck; the attacker uses force against it (PLOVER_MANUAL section
// ASSAULT: "the perpetrator is coded as the actor and the victim as the recipient"; modality.yaml
// attackCode, CAMEO 190 → ASSAULT), as "Israeli shelling in Gaza" does inside a noun phrase (sentence.ts).
import type { Clause } from './clause.ts';
import { emit } from './emit.ts';
import type { EmitContext } from './emit.ts';
import type { VerbMatch } from './match.ts';
import type { ModalityResult } from './modality.ts';

export function agentAttacks(x: EmitContext, cl: Clause, v: number, m: VerbMatch, mod: ModalityResult): void {
  if (m.pattern.predicate !== 'targets' || mod.modality === 'negated') return;
  for (const s of m.source) {
    const attack = cl.mentions[s]!;
    if (!attack.agent || !x.ontology.isA(attack.entity.kind, 'Attack')) continue;
    for (const t of m.target) {
      const victim = cl.mentions[t]!;
      if (victim.quantified) continue;
      emit(x, {
        subject: attack.agent,
        predicate: x.ontology.edgeForCameo(x.rules.attackCode)!.name,
        object: victim.entity,
        modality: mod.modality,
        confidence: mod.confidence,
        cameo: x.rules.attackCode,
        about: attack.entity,
        triggers: [v, ...m.words],
        pattern: `${m.pattern.origin}: ${m.pattern.text}`,
        rule: 'attack: an attack named by its attacker hits or kills someone (modality.yaml attackCode)',
      });
    }
  }
}
