// store.import with records in memory: typed from the ontology (the @ts-expect-error lines are checked by
// `pnpm typecheck`), checked like a fact file, problems named by record number.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/store.ts';
import { InputError } from '../errors.ts';
import type { EntityRecord, FactRecord } from './records.ts';

const entity: EntityRecord = { kind: 'Company', name: 'Ostara Pipe Works', country: 'KAZ' };
const fact: FactRecord = {
  subject: 'Ostara Pipe Works',
  predicate: 'operates',
  object: { name: 'Ostara Line', kind: 'Pipeline' },
};

// @ts-expect-error a predicate that is not an edge kind of the ontology
const typo: FactRecord = { subject: 'a', predicate: 'acuses', object: 'b' };
// @ts-expect-error a kind that is not a concrete node kind
const badKind: EntityRecord = { kind: 'Spaceship', name: 'X' };
// @ts-expect-error a property the kind does not have (a Company has no iso3)
const badProp: EntityRecord = { kind: 'Company', name: 'X', iso3: 'KAZ' };
void [typo, badKind, badProp];

describe('store.import(records)', () => {
  it('imports typed records and reports like the CLI', async () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-records-')), 'data'));
    const s = await store.import([entity, fact], { doc: 'test' });
    expect(s).toMatchObject({ files: 1, claimsNew: 1, claimsKnown: 0 });
    const claims = [];
    for await (const c of store.claims()) claims.push(c);
    expect(claims[0]).toMatchObject({ predicate: 'operates', evidence: { doc: 'test', line: 2 } });
    expect(await store.import([[entity, fact]], { doc: 'test' })).toMatchObject({ claimsNew: 0 });
  });

  it('refuses bad records with their number, writing nothing', async () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-records-')), 'data'));
    const bad = { subject: 'Nowhere Land', predicate: 'accuses', object: 'state:UKR' } as FactRecord;
    const err = await store.import([fact, bad], { doc: 'mine' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/^mine:1: subject: unknown entity "Ostara Pipe Works"/);
    expect((err as InputError).message).toMatch(/mine:2: subject: unknown entity "Nowhere Land"/);
    expect(store.exists()).toBe(false);
  });
});
