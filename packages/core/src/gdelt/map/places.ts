// Where a GDELT event happened (ActionGeo) → a place node. A country-level location is the State itself; a
// city or region is a City or Region keyed by its name, its ADM1 for cities (Portland, Oregon and Portland,
// Maine stay two) and its country, and lies in its State. Curated registry places (the Black Sea) win by name.
import type { Claim } from '../../model/claim.ts';
import type { Entity } from '../../model/entity.ts';
import { refOf } from '../../model/entity.ts';
import { entityId } from '../../model/ids.ts';
import type { Registry } from '../../registry/registry.ts';
import type { Resolver } from '../../resolve/resolver.ts';
import { own } from './strings.ts';
import type { CameoTables } from './tables.ts';
import { COL } from '../row/columns.ts';

/** GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1 region. */
const KIND_BY_TYPE: Record<string, string> = { '2': 'Region', '3': 'City', '4': 'City', '5': 'Region' };

export interface GeoFields {
  type: string;
  fullName: string;
  /** FIPS 10-4 country code. */
  country: string;
  lat: string;
  lon: string;
}

export interface PlaceHit {
  place: Entity;
  /** Present the first time a place is seen: the entity and its located-in claim to emit. */
  created?: { entity: Entity; claims: Claim[] };
}

export class PlaceResolver {
  private readonly cache = new Map<string, Entity>();

  constructor(
    private readonly registry: Registry,
    private readonly resolver: Resolver,
    private readonly tables: CameoTables,
  ) {}

  /**
   * The ActionGeo of a row cut by splitRow. Keyed by the full name, not the feature id: GDELT gives Bombay and
   * Mumbai, or the Kremlin and Moscow, one feature id, and the id must not depend on which name came first.
   */
  resolveRow(f: readonly string[]): PlaceHit | undefined {
    const type = f[COL.ActionGeo_Type]!;
    if (!type || type === '0') return undefined;
    const known = this.cache.get(`${type}\t${f[COL.ActionGeo_CountryCode]}\t${f[COL.ActionGeo_FullName]}`);
    if (known) return { place: known };
    return this.resolve({
      type,
      fullName: f[COL.ActionGeo_FullName]!,
      country: f[COL.ActionGeo_CountryCode]!,
      lat: f[COL.ActionGeo_Lat]!,
      lon: f[COL.ActionGeo_Long]!,
    });
  }

  resolve(g: GeoFields): PlaceHit | undefined {
    if (!g.type || g.type === '0' || (!g.fullName && !g.country)) return undefined;
    const key = own(`${g.type}\t${g.country}\t${g.fullName}`);
    const known = this.cache.get(key);
    if (known) return { place: known };
    const place = this.make(g);
    this.cache.set(key, place);
    const iso3 = this.tables.fips.get(g.country)?.iso3;
    const state = iso3 ? this.registry.get(`state:${iso3}`) : undefined;
    const claims: Claim[] = [];
    if (state && place.id !== state.id && !place.id.startsWith('state:'))
      claims.push(locatedIn(place, state));
    return { place, created: { entity: place, claims } };
  }

  private make(geo: GeoFields): Entity {
    const g = { ...geo, fullName: own(geo.fullName) };
    const fips = this.tables.fips.get(g.country);
    const iso3 = fips?.iso3;
    if (g.type === '1') {
      const state = iso3 ? this.registry.get(`state:${iso3}`) : undefined;
      if (state) return state;
    }
    const parts = g.fullName
      .split(', ')
      .map((p) => p.trim())
      .filter((p) => p && !p.endsWith('(general)'));
    // The last part names the country, which the id carries as its ISO-3 scope instead.
    if (parts.length > 1) parts.pop();
    const name = parts[0] || fips?.name || g.country;
    const kind = g.country === 'OS' ? 'Sea' : (KIND_BY_TYPE[g.type] ?? 'Region');
    const hits = this.registry.lookup(name, { kinds: ['Place'], ...(iso3 ? { country: iso3 } : {}) });
    if (new Set(hits.map((h) => h.entity.id)).size === 1) return hits[0]!.entity;
    let id = entityId('place', parts.join(' ') || name, iso3);
    const r = this.resolver.resolve({ id });
    if (r.ok) {
      if (this.registry.ontology.moreSpecific(r.entity.kind, kind)) return r.entity;
      // A city and a region of one name and ADM1 ("Quebec, Quebec" the city and the province) stay two.
      id = `${id}-${kind.toLowerCase()}`;
    }
    const lat = Number(g.lat);
    const lon = Number(g.lon);
    return this.resolver.declare({
      id,
      kind,
      name,
      aliases: g.fullName && g.fullName !== name ? [g.fullName] : [],
      props: {
        ...(iso3 && this.tables.countries.has(iso3) ? { country: iso3 } : {}),
        ...(g.lat && Number.isFinite(lat) ? { lat } : {}),
        ...(g.lon && Number.isFinite(lon) ? { lon } : {}),
      },
    });
  }
}

/** A structural fact without a document behind it: GDELT's gazetteer says the place lies in the state. */
function locatedIn(place: Entity, state: Entity): Claim {
  return {
    id: `claim:gdelt:${place.id}:located-in:${state.id}`,
    subject: refOf(place),
    predicate: 'located-in',
    object: refOf(state),
    modality: 'asserted',
    confidence: 0.9,
    source: 'gdelt',
  };
}
