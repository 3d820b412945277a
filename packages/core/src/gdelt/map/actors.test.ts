// Identity: GDELT actor codes resolve through the registry and resolver to the same ids as every other input.
import { describe, expect, it } from 'vitest';
import { entityId } from '../../model/ids.ts';
import { defaultRegistry } from '../../seeded/registry.ts';
import { Resolver } from '../../resolve/resolver.ts';
import { ActorResolver } from './actors.ts';
import { parseActorCode } from './code.ts';
import { roleEntity } from './roles.ts';
import { cameoTables } from './tables.ts';

const registry = defaultRegistry();
const actors = () => new ActorResolver(registry, new Resolver(registry), cameoTables());
const resolve = (code: string, name = '') => actors().resolve(code, name).entity;

describe('GDELT actor codes', () => {
  it('makes KAZGOV the node "the Kazakhstani government" gets: the state it governs', () => {
    const e = resolve('KAZGOV', 'KAZAKHSTAN');
    expect(e).toBe(registry.get('state:KAZ'));
    // The helper the text extractor calls for a demonym + role word.
    expect(roleEntity('GOV', 'KAZ', registry)).toBe(e);
  });

  it('makes other roles of a state nodes of their own with the country set', () => {
    const e = resolve('KAZMIL', 'KAZAKHSTAN');
    expect(e).toMatchObject({ id: 'org:kaz:military', kind: 'GovernmentBody', props: { country: 'KAZ' } });
    expect(e.id).toBe(entityId('org', 'military', 'KAZ'));
    expect(roleEntity('MIL', 'KAZ', registry)!.id).toBe(e.id);
    const viaResolver = new Resolver(registry).resolve({
      name: 'military',
      kind: 'GovernmentBody',
      country: 'KAZ',
    });
    expect(viaResolver.ok && viaResolver.entity.id).toBe(e.id);
  });

  it('makes country codes the registry states', () => {
    expect(resolve('RUS', 'RUSSIA')).toBe(registry.get('state:RUS'));
    expect(resolve('USA', 'WASHINGTON').id).toBe('state:USA');
  });

  it('gives each role its kind, with the country set', () => {
    expect(resolve('SYRREB')).toMatchObject({
      id: 'org:syr:rebels',
      kind: 'ArmedGroup',
      props: { country: 'SYR' },
    });
    expect(resolve('USAMIL')).toMatchObject({ id: 'org:usa:military', kind: 'GovernmentBody' });
    expect(resolve('GBRCOP')).toMatchObject({ id: 'org:gbr:police', kind: 'GovernmentBody' });
    expect(resolve('CHNBUS')).toMatchObject({
      id: 'group:chn:business',
      kind: 'Group',
      props: { country: 'CHN', role: 'BUS' },
    });
    // No country: GDELT's unspecified government of somewhere.
    expect(resolve('GOV')).toMatchObject({ id: 'org:government', kind: 'GovernmentBody', props: {} });
    // The first role is the primary one; later ones only describe it.
    expect(resolve('FRAGOVBUS').id).toBe('state:FRA');
    expect(resolve('FRAMILGOV').id).toBe('org:fra:military');
  });

  it('finds known groups and organisations in the registry', () => {
    expect(resolve('IGOEUREEC', 'THE EU').id).toBe('org:eu');
    // The last known group is the most specific: the World Bank, not the UN.
    expect(resolve('IGOUNODEVWBK', 'WORLD BANK').id).toBe('org:world-bank');
    expect(resolve('IGOUNO').id).toBe('org:un');
    expect(resolve('AFGINSTAL')).toMatchObject({ kind: 'ArmedGroup', name: 'Taliban' });
  });

  it('tells companies apart by name', () => {
    const a = actors();
    const google = a.resolve('MNCUSAMED', 'GOOGLE').entity;
    const netflix = a.resolve('MNCUSA', 'NETFLIX').entity;
    expect(google).toMatchObject({
      id: 'org:usa:google',
      kind: 'Company',
      name: 'Google',
      props: { country: 'USA' },
    });
    expect(netflix.id).toBe('org:usa:netflix');
    expect(a.resolve('MNCUSA', 'EXXONMOBIL').entity.id).toBe('org:exxonmobil');
  });

  it('keeps codes no table knows as actors of their own', () => {
    expect(resolve('XQZ', 'SOMEBODY')).toMatchObject({
      id: 'group:xqz',
      kind: 'Group',
      name: 'Somebody',
      props: { role: 'XQZ' },
    });
    expect(resolve('kur', 'KURD')).toMatchObject({ id: 'group:kur', kind: 'Group', name: 'Kurd' });
    expect(resolve('CHR', 'CHRISTIAN')).toMatchObject({
      id: 'group:christians',
      kind: 'Group',
      name: 'Christians',
    });
    expect(resolve('AFR', 'AFRICA')).toMatchObject({ id: 'group:africa', kind: 'Group' });
    expect(resolve('TWN', 'TAIWAN')).toMatchObject({
      id: 'group:taiwan',
      kind: 'Group',
      props: { country: 'TWN' },
    });
  });

  it('returns the same entity for a code seen again', () => {
    const a = actors();
    expect(a.resolve('KAZGOV', '').created).toBe(true);
    expect(a.resolve('KAZGOV', 'ASTANA').created).toBe(false);
  });
});

describe('parseActorCode', () => {
  const t = cameoTables();
  it('takes a code apart into its segments', () => {
    expect(parseActorCode('USAGOVCVL', t)).toEqual({ country: 'USA', roles: ['GOV', 'CVL'], unknown: [] });
    expect(parseActorCode('IGOUNODEVWBK', t)).toEqual({
      org: 'IGO',
      known: 'WBK',
      roles: ['DEV'],
      unknown: [],
    });
    expect(parseActorCode('MNCUSAMED', t)).toEqual({
      org: 'MNC',
      country: 'USA',
      roles: ['MED'],
      unknown: [],
    });
    expect(parseActorCode('catSEP', t)).toEqual({ ethnic: 'cat', roles: ['SEP'], unknown: [] });
    expect(parseActorCode('EUREDU', t)).toEqual({ region: 'EUR', roles: ['EDU'], unknown: [] });
    expect(parseActorCode('ABCD', t)).toEqual({ roles: [], unknown: ['ABCD'] });
  });
});

describe('the shipped tables', () => {
  it('name only concrete ontology kinds', () => {
    const ontology = registry.ontology;
    const t = cameoTables();
    for (const s of t.segments.values())
      expect(ontology.hasKind(s.kind) && !ontology.kind(s.kind).abstract, s.code).toBe(true);
    for (const [root, r] of t.roots)
      expect(ontology.hasKind(r.kind) && !ontology.kind(r.kind).abstract, root).toBe(true);
    expect(t.roots.size).toBe(20);
  });
});
