// UN member and observer states from the world-countries package (mledoze/countries, ODbL):
// names, official names, alternative spellings, demonyms and capitals.
import countries from 'world-countries';
import { entityId } from '../model/ids.ts';
import type { Entity } from '../model/entity.ts';
import type { Alias } from './registry.ts';

/** Observer states of the UN General Assembly, which world-countries does not flag as members. */
const UN_OBSERVERS = new Set(['PSE', 'VAT']);

export interface CountryEntry {
  entity: Entity;
  aliases: Alias[];
}

export function countryEntries(): CountryEntry[] {
  return countries
    .filter((c) => c.unMember || UN_OBSERVERS.has(c.cca3))
    .map((c) => {
      const demonyms = [...new Set(Object.values(c.demonyms?.eng ?? {}).filter(Boolean))] as string[];
      const aliases: Alias[] = [
        { text: c.name.official, type: 'official' },
        // Two-letter codes (KZ) are too ambiguous in running text to stand as names.
        ...c.altSpellings.filter((s) => s.length > 2).map((text): Alias => ({ text, type: 'alternative' })),
        ...demonyms.map((text): Alias => ({ text, type: 'demonym' })),
        // "the Iraqis", "Afghans": CAMEO codes a people named by its plural demonym as its state.
        ...demonyms.flatMap((text): Alias[] => {
          const plural = pluralDemonym(text);
          return plural ? [{ text: plural, type: 'demonym' }] : [];
        }),
        ...c.capital.map((text): Alias => ({ text, type: 'capital' })),
      ];
      const entity: Entity = {
        id: entityId('state', c.cca3),
        kind: 'State',
        name: c.name.common,
        aliases: [],
        props: {
          iso3: c.cca3,
          iso2: c.cca2,
          ...(c.capital[0] ? { capital: c.capital[0] } : {}),
          demonyms,
          region: c.subregion || c.region,
        },
      };
      return { entity, aliases };
    });
}

/** Iraqi → Iraqis, Afghan → Afghans; none for demonyms that do not take -s (Chinese, French, Swiss). */
export function pluralDemonym(demonym: string): string | undefined {
  if (/(ese|ch|sh|ss|s|x|z)$/i.test(demonym) || !/[a-z]$/.test(demonym)) return undefined;
  return `${demonym}s`;
}
