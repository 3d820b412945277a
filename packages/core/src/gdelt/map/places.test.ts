// ActionGeo → place nodes: states for countries, cities keyed with their ADM1, registry places by name.
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../seeded/registry.ts';
import { Resolver } from '../../resolve/resolver.ts';
import { PlaceResolver } from './places.ts';
import { cameoTables } from './tables.ts';

const registry = defaultRegistry();
const places = () => new PlaceResolver(registry, new Resolver(registry), cameoTables());
const geo = (type: string, fullName: string, country: string) => ({
  type,
  fullName,
  country,
  lat: '45.5',
  lon: '-122.6',
});

describe('PlaceResolver', () => {
  it('makes a country-level location its State, with no located-in of its own', () => {
    const hit = places().resolve(geo('1', 'Belarus', 'BO'))!;
    expect(hit.place.id).toBe('state:BLR');
    expect(hit.created!.claims).toEqual([]);
  });

  it('keys cities by name and ADM1, so two Portlands stay two, each located in its state', () => {
    const p = places();
    const or = p.resolve(geo('3', 'Portland, Oregon, United States', 'US'))!;
    const me = p.resolve(geo('3', 'Portland, Maine, United States', 'US'))!;
    expect(or.place).toMatchObject({
      id: 'place:usa:portland-oregon',
      kind: 'City',
      name: 'Portland',
      props: { country: 'USA', lat: 45.5, lon: -122.6 },
    });
    expect(me.place.id).toBe('place:usa:portland-maine');
    expect(or.created!.claims[0]).toMatchObject({
      predicate: 'located-in',
      subject: { id: or.place.id },
      object: { id: 'state:USA' },
    });
    expect(p.resolve(geo('3', 'Portland, Oregon, United States', 'US'))!.created).toBeUndefined();
  });

  it('drops "(general)" ADM1s and names regions plainly', () => {
    const p = places();
    expect(p.resolve(geo('4', 'Minsk, Belarus (general), Belarus', 'BO'))!.place.id).toBe('place:blr:minsk');
    expect(p.resolve(geo('2', 'Maryland, United States', 'US'))!.place).toMatchObject({
      id: 'place:usa:maryland',
      kind: 'Region',
    });
  });

  it('keeps a city and a region of one name and ADM1 apart', () => {
    const p = places();
    const region = p.resolve(geo('5', 'Quebec, Quebec, Canada', 'CA'))!.place;
    const city = p.resolve(geo('4', 'Quebec, Quebec, Canada', 'CA'))!.place;
    expect(region.kind).toBe('Region');
    expect(city).toMatchObject({ kind: 'City', id: `${region.id}-city` });
  });

  it('uses the registry place of that name: the Black Sea in the Oceans', () => {
    expect(places().resolve(geo('4', 'Black Sea, Oceans (general), Oceans', 'OS'))!.place.id).toBe(
      'place:black-sea',
    );
    expect(places().resolve(geo('4', 'Novorossiysk, Krasnodarskiy Kray, Russia', 'RS'))!.place.id).toBe(
      'place:rus:novorossiysk',
    );
  });

  it('has no place for a row without ActionGeo', () => {
    expect(places().resolve(geo('0', '', ''))).toBeUndefined();
  });
});
