// The resolver decides identity: known names to registry entities, new names to deterministic ids,
// ambiguous names refused, and two things that share a name kept apart by kind and country.
import { describe, expect, it } from 'vitest';
import { defaultOntology } from '../ontology/load.ts';
import { defaultRegistry } from '../seeded/registry.ts';
import { Registry } from '../registry/registry.ts';
import { Resolver } from './resolver.ts';
import type { Resolution } from './resolver.ts';

const ok = (r: Resolution) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('Resolver', () => {
  it('resolves known names and ids to registry entities without creating anything', () => {
    const res = new Resolver(defaultRegistry());
    expect(ok(res.resolve({ name: 'Astana' }))).toMatchObject({
      entity: { id: 'state:KAZ' },
      created: false,
    });
    expect(ok(res.resolve({ id: 'state:UKR' })).entity.name).toBe('Ukraine');
    expect(ok(res.resolve({ name: 'Nur-Sultan', date: '2020-01-01' })).entity.id).toBe('state:KAZ');
    expect(res.resolve({ name: 'Nur-Sultan', date: '2023-01-01' })).toEqual({
      ok: false,
      message: 'unknown entity "Nur-Sultan"; declare it under entities or give its kind',
    });
    expect(res.localEntities()).toEqual([]);
  });

  it('gives a new name a deterministic id from its kind, country and name', () => {
    const a = ok(
      new Resolver(defaultRegistry()).resolve({
        name: 'Ministry of Energy',
        kind: 'GovernmentBody',
        country: 'KAZ',
      }),
    );
    const b = ok(
      new Resolver(defaultRegistry()).resolve({
        name: 'Ministry of Energy',
        kind: 'GovernmentBody',
        country: 'KAZ',
      }),
    );
    expect(a.created).toBe(true);
    expect(a.entity).toEqual({
      id: 'org:kaz:ministry-of-energy',
      kind: 'GovernmentBody',
      name: 'Ministry of Energy',
      aliases: [],
      props: { country: 'KAZ' },
    });
    expect(b.entity.id).toBe(a.entity.id);
    const other = ok(
      new Resolver(defaultRegistry()).resolve({
        name: 'Ministry of Energy',
        kind: 'GovernmentBody',
        country: 'RUS',
      }),
    );
    expect(other.entity.id).toBe('org:rus:ministry-of-energy');
  });

  it('gives the same new name the same entity the second time, however it is spelt', () => {
    const res = new Resolver(defaultRegistry());
    const first = ok(res.resolve({ name: 'Tengiz pumping station', kind: 'PumpingStation' }));
    const again = ok(res.resolve({ name: 'Tengiz Pumping Station', kind: 'PumpingStation' }));
    const bare = ok(res.resolve({ name: 'tengiz pumping station' }));
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, entity: { id: first.entity.id } });
    expect(bare.entity.id).toBe(first.entity.id);
    expect(res.localEntities().map((e) => e.id)).toEqual([first.entity.id]);
  });

  it('refuses an ambiguous name and says how to pick one', () => {
    const res = new Resolver(defaultRegistry());
    expect(res.resolve({ name: 'Dominican' })).toEqual({
      ok: false,
      message: '"Dominican" is ambiguous: state:DMA, state:DOM; use an id, a kind or a country',
    });
    expect(ok(res.resolve({ name: 'Dominican', country: 'DMA' })).entity.id).toBe('state:DMA');
    expect(ok(res.resolve({ name: 'Brussels', kind: 'State' })).entity.id).toBe('state:BEL');
  });

  it('keeps Georgia the State apart from a Region "Georgia" in the USA: kinds and countries differ', () => {
    const res = new Resolver(defaultRegistry());
    const state = ok(res.resolve({ name: 'Georgia' })).entity;
    const region = ok(res.resolve({ name: 'Georgia', kind: 'Region', country: 'USA' }));
    expect(state).toMatchObject({ id: 'state:GEO', kind: 'State', props: { iso3: 'GEO' } });
    expect(region).toMatchObject({
      created: true,
      entity: { id: 'place:usa:georgia', kind: 'Region', props: { country: 'USA' } },
    });
    // Asked for by kind, each stays itself, whichever came first.
    expect(ok(res.resolve({ name: 'Georgia', kind: 'State' })).entity.id).toBe('state:GEO');
    expect(ok(res.resolve({ name: 'Georgia', kind: 'Region', country: 'USA' }))).toMatchObject({
      created: false,
      entity: { id: 'place:usa:georgia' },
    });
    expect(ok(res.resolve({ name: 'Georgia', kind: 'Place' })).entity.id).toBe('place:usa:georgia');
  });

  it('refuses unknown and abstract kinds, unknown ids and a derived id held by an unrelated kind', () => {
    const res = new Resolver(defaultRegistry());
    const unknown = res.resolve({ name: 'X', kind: 'Galaxy' });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.message).toMatch(/^unknown kind "Galaxy" \(known: .*State/);
    expect(res.resolve({ name: 'X', kind: 'Actor' })).toEqual({
      ok: false,
      message: 'kind "Actor" is abstract; use one of its sub-kinds',
    });
    expect(res.resolve({ id: 'org:nowhere' })).toEqual({
      ok: false,
      message: 'unknown id "org:nowhere"; give its kind and name to create it',
    });
    ok(res.resolve({ name: 'Tbilisi Hub', kind: 'City' }));
    expect(res.resolve({ name: 'Tbilisi Hub', kind: 'Region' })).toEqual({
      ok: false,
      message: '"Tbilisi Hub" as Region clashes with place:tbilisi-hub (City); give it an id',
    });
  });

  it('creates an entity under a given id when kind and name come with it', () => {
    const res = new Resolver(new Registry(defaultOntology()));
    expect(ok(res.resolve({ id: 'facility:line-1', kind: 'Pipeline', name: 'Line 1' }))).toMatchObject({
      created: true,
      entity: { id: 'facility:line-1', kind: 'Pipeline', name: 'Line 1' },
    });
    expect(ok(res.resolve({ id: 'facility:line-1' })).created).toBe(false);
  });
});
