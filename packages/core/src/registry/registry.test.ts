// Alias resolution against the default registry (world-countries plus seeds/registry): capitals,
// demonyms, official names, date-bounded names, and names two things share.
import { describe, expect, it } from 'vitest';
import { defaultOntology } from '../ontology/load.ts';
import { defaultRegistry } from '../seeded/registry.ts';
import { Registry } from './registry.ts';

const registry = defaultRegistry();
const ids = (name: string, opts = {}) => [...new Set(registry.lookup(name, opts).map((h) => h.entity.id))];

describe('registry aliases', () => {
  it.each([
    ['Kazakhstan', 'name'],
    ['Astana', 'capital'],
    ['Kazakhstani', 'demonym'],
    ['Kazakh', 'demonym'],
    ['Republic of Kazakhstan', 'official'],
    ['the Republic of Kazakhstan', 'official'],
    ['KAZAKHSTAN', 'name'],
  ])('"%s" resolves to state:KAZ (as %s)', (name, type) => {
    expect(registry.resolve(name)?.id).toBe('state:KAZ');
    expect(registry.lookup(name).map((h) => h.alias.type)).toContain(type);
  });

  it('resolves capitals and their other spellings to the state they stand for', () => {
    expect(registry.resolve('Kyiv')?.id).toBe('state:UKR');
    expect(registry.resolve('Kiev')?.id).toBe('state:UKR');
    expect(registry.resolve('Ukrainian')?.id).toBe('state:UKR');
    expect(registry.resolve('Moscow')?.id).toBe('state:RUS');
  });

  it('knows every UN member state with its ISO codes', () => {
    const states = [...registry.all()].filter((e) => e.kind === 'State');
    expect(states.length).toBeGreaterThanOrEqual(193);
    expect(registry.get('state:KAZ')?.props).toMatchObject({ iso3: 'KAZ', iso2: 'KZ', capital: 'Astana' });
  });

  it('takes Nur-Sultan for Kazakhstan only from 2019-03-23 to 2022-09-17', () => {
    const nur = registry.lookup('Nur-Sultan');
    expect(nur.map((h) => [h.entity.id, h.alias.validFrom, h.alias.validTo])).toEqual([
      ['state:KAZ', '2019-03-23', '2022-09-17'],
    ]);
    expect(ids('Nur-Sultan', { date: '2019-03-22' })).toEqual([]);
    expect(ids('Nur-Sultan', { date: '2019-03-23' })).toEqual(['state:KAZ']);
    expect(ids('Nur-Sultan', { date: '2020-06-01' })).toEqual(['state:KAZ']);
    expect(ids('Nur-Sultan', { date: '2022-09-17' })).toEqual(['state:KAZ']);
    expect(ids('Nur-Sultan', { date: '2022-09-18' })).toEqual([]);
    expect(ids('Nur-Sultan', { date: '2024-01-01' })).toEqual([]);
    // Astana is the capital again after 2022 and was before 2019: undated names hold on every date.
    expect(ids('Astana', { date: '2024-01-01' })).toEqual(['state:KAZ']);
  });

  it('takes a year or a month as the whole period: valid if any day of it is', () => {
    expect(ids('Nur-Sultan', { date: '2019' })).toEqual(['state:KAZ']);
    expect(ids('Nur-Sultan', { date: '2022-09' })).toEqual(['state:KAZ']);
    expect(ids('Nur-Sultan', { date: '2019-02' })).toEqual([]);
    expect(ids('Nur-Sultan', { date: '2023' })).toEqual([]);
  });

  it('returns every candidate of a name two entities share, and resolves none of them', () => {
    expect(ids('Dominican').sort()).toEqual(['state:DMA', 'state:DOM']);
    expect(registry.resolve('Dominican')).toBeUndefined();
    // Narrowing by kind or country picks one.
    expect(ids('Brussels').sort()).toEqual(['org:eu', 'state:BEL']);
    expect(registry.resolve('Brussels', { kinds: ['IntergovernmentalOrganization'] })?.id).toBe('org:eu');
    expect(registry.resolve('Brussels', { kinds: ['State'] })?.id).toBe('state:BEL');
    expect(registry.resolve('Dominican', { country: 'DOM' })?.id).toBe('state:DOM');
  });

  it('filters by kind through the kind tree', () => {
    expect(registry.resolve('NATO', { kinds: ['Organization'] })?.id).toBe('org:nato');
    expect(registry.resolve('NATO', { kinds: ['Actor'] })?.id).toBe('org:nato');
    expect(registry.resolve('NATO', { kinds: ['State'] })).toBeUndefined();
  });
});

describe('Registry.add', () => {
  const kaz = () => ({
    id: 'state:KAZ',
    kind: 'State',
    name: 'Kazakhstan',
    aliases: [],
    props: { iso3: 'KAZ' },
  });

  it('indexes a name given both plainly and as a dated alias only with its dates', () => {
    const r = new Registry(defaultOntology());
    r.add({ ...kaz(), aliases: ['Nur-Sultan'] }, [
      { text: 'Nur-Sultan', type: 'capital', validFrom: '2019-03-23', validTo: '2022-09-17' },
    ]);
    expect(r.lookup('Nur-Sultan', { date: '2023-01-01' })).toEqual([]);
    expect(r.get('state:KAZ')?.aliases).toEqual(['Nur-Sultan']);
  });

  it('leaves the entity it is given unchanged and merges a second record of one id', () => {
    const r = new Registry(defaultOntology());
    const first = kaz();
    r.add(first, [{ text: 'Astana', type: 'capital' }]);
    expect(first.aliases).toEqual([]);
    r.add({ ...kaz(), name: 'Qazaqstan', props: { iso3: 'KAZ', capital: 'Astana' } });
    expect(r.size).toBe(1);
    expect(r.get('state:KAZ')).toMatchObject({ name: 'Kazakhstan', props: { capital: 'Astana' } });
    expect(r.get('state:KAZ')?.aliases).toEqual(expect.arrayContaining(['Astana', 'Qazaqstan']));
    expect(r.resolve('Qazaqstan')?.id).toBe('state:KAZ');
  });

  it('keeps a date bound when the same entity comes back later with the name as a plain alias', () => {
    // What an import does: the registry is loaded, then the store's copy of each entity is added to it.
    const r = new Registry(defaultOntology());
    r.add(kaz(), [{ text: 'Nur-Sultan', type: 'capital', validFrom: '2019-03-23', validTo: '2022-09-17' }]);
    r.add({ ...r.get('state:KAZ')! });
    expect(r.lookup('Nur-Sultan', { date: '2023-01-01' })).toEqual([]);
    expect(r.lookup('Nur-Sultan', { date: '2020-01-01' })).toHaveLength(1);
  });
});
