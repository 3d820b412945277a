// Two states and a claim between entities, for core's unit tests: one definition instead of a copy a file.
import { claimId } from '../src/model/claim.ts';
import type { Claim } from '../src/model/claim.ts';
import { refOf } from '../src/model/entity.ts';
import type { Entity } from '../src/model/entity.ts';

export const kaz: Entity = {
  id: 'state:KAZ',
  kind: 'State',
  name: 'Kazakhstan',
  aliases: ['Astana'],
  props: { iso3: 'KAZ' },
};
export const ukr: Entity = {
  id: 'state:UKR',
  kind: 'State',
  name: 'Ukraine',
  aliases: [],
  props: { iso3: 'UKR' },
};

let n = 0;
/** A text claim from its own sentence (a counter) unless `extra` says otherwise; its id is claimId's. */
export function claimOf(
  s: Entity,
  predicate: string,
  o: Entity,
  extra: Partial<Omit<Claim, 'id'>> = {},
): Claim {
  const draft: Omit<Claim, 'id'> = {
    subject: refOf(s),
    predicate,
    object: refOf(o),
    modality: 'asserted',
    confidence: 1,
    source: 'text',
    evidence: { docId: 'doc:one', doc: 'one.txt', sentence: n++ },
    ...extra,
  };
  return { id: claimId(draft), ...draft };
}

/** `o` without `key`: the key absent, not undefined (as exactOptionalPropertyTypes asks of a Claim). */
export function without<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = o;
  return rest;
}
