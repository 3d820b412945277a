// Blockers with object kinds (relations.yaml `{ match: '* [---]', object: [Organization] }`): a sense of a
// verb that is no event only with such an object ("joined the African Union" is membership, while "joined
// talks" is consultation; "burned <a country>" is a figure of speech, "burned a flag" a protest).
import type { Ontology } from '@geokg/core';
import type { Clause, SubjectInfo } from './clause.ts';

/** Whether the verb's direct object (a passive's patient) is an actor of one of the kinds. A
 * prepositional phrase never counts: "fired on protesters" is not the "fired the spokesman" sense. */
export function blocks(
  cl: Clause,
  v: number,
  kinds: string[],
  passive: boolean,
  subject: SubjectInfo,
  ontology: Ontology,
): boolean {
  const fits = (k: number): boolean => kinds.some((kind) => ontology.isA(cl.mentions[k]!.entity.kind, kind));
  if (passive) return !subject.weak && subject.mentions.length > 0 && subject.mentions.every(fits);
  const obj = cl.args(v).object;
  return !!obj && obj.headMention >= 0 && fits(obj.headMention);
}
