// States, a company and claims between them, for core's unit tests and the other packages' tests (the neo4j
// incremental and kill tests): one definition instead of a copy a file.
import { claimId } from '../src/model/claim.ts';
import type { Claim } from '../src/model/claim.ts';
import { refOf } from '../src/model/entity.ts';
import type { Entity, EntityRef } from '../src/model/entity.ts';

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

export const uzb: Entity = {
  id: 'state:UZB',
  kind: 'State',
  name: 'Uzbekistan',
  aliases: [],
  props: { iso3: 'UZB' },
};
export const acme: Entity = {
  id: 'org:acme',
  kind: 'Organization',
  name: 'Acme',
  aliases: ['ACME'],
  props: {},
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

/**
 * The claim of sentence `n` of its own document (`doc:<tag><n>`, `<tag><n>.txt`), asserted with confidence 0.5
 * unless `extra` says otherwise: the n-th of a run of claims whose ids all differ.
 */
export function sentenceClaim(
  s: EntityRef,
  predicate: string,
  o: EntityRef,
  n: number,
  tag: string,
  extra: Partial<Omit<Claim, 'id'>> = {},
): Claim {
  const draft: Omit<Claim, 'id'> = {
    subject: { id: s.id, kind: s.kind, name: s.name },
    predicate,
    object: { id: o.id, kind: o.kind, name: o.name },
    modality: 'asserted',
    confidence: 0.5,
    evidence: { docId: `doc:${tag}${n}`, doc: `${tag}${n}.txt`, sentence: n, start: 0, end: 1, text: 'x' },
    source: 'text',
    ...extra,
  };
  return { id: claimId(draft), ...draft };
}

/** `o` without `key`: the key absent, not undefined (as exactOptionalPropertyTypes asks of a Claim). */
export function without<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = o;
  return rest;
}
