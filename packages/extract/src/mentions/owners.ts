// The owner of an unnamed phrase: the registry name before its head ("Iraq's army", "a Kenyan doctors'
// union") or after "of"/"from" ("troops from military-ruled Myanmar"), and the country it gives.
import type { Entity } from '@geokg/core';
import type { Tok } from '../nlp/types.ts';
import type { RegistryAt } from './candidate.ts';
import type { DocState } from './doc-state.ts';

/** Between "of"/"from" and the owner: determiners and modifiers, hyphenated ones included. */
const OWNER_SKIP_POS = new Set(['DET', 'ADJ', 'NUM', 'PUNCT', 'VERB']);

/** The state or organisation after "of", "from", "with ties to" (modifiers skipped: "from military-ruled Myanmar"). */
export function ownerAfter(
  toks: Tok[],
  k: number,
  registryAt: RegistryAt,
  doc: DocState,
  /**
   * "the governor of Basra", "militants from Waziristan": a place after "of"/"from" stands for the state
   * it lies in (after "in" it does not: "Russian troops in Crimea" are not Ukraine's).
   */
  places = false,
): { entity: Entity; end: number } | undefined {
  let m = k;
  while (
    m < toks.length &&
    m < k + 5 &&
    !registryAt[m] &&
    OWNER_SKIP_POS.has(toks[m]!.pos) &&
    toks[m]!.text !== ','
  )
    m++;
  const r = registryAt[m];
  const place = r && places && r.entity.id.startsWith('place:') ? countryOf(r.entity) : undefined;
  const state = place ? doc.byId(`state:${place}`) : undefined;
  if (r && state) return { entity: state, end: placeEnd(toks, r.end) };
  if (!r || (r.entity.kind !== 'State' && !doc.ontology.isA(r.entity.kind, 'Organization'))) return undefined;
  // "people in the Nigerian state of Borno": a demonym's noun belongs to the owner phrase, not after it.
  let end = r.end;
  while (toks[end]?.pos === 'NOUN' && !registryAt[end]) end++;
  return { entity: r.entity, end };
}

/** "Helmand province", "Sindh region": the place noun after a place's name belongs to the phrase. */
const PLACE_NOUNS = new Set(['province', 'state', 'region', 'district', 'city', 'governorate', 'county']);
const placeEnd = (toks: Tok[], end: number): number =>
  PLACE_NOUNS.has(toks[end]?.lower ?? '') ? end + 1 : end;

/** The registry hit that ends at token k (for scanning a phrase leftwards). */
export function registryAtEnd(
  k: number,
  registryAt: RegistryAt,
  toks: Tok[],
): { entity: Entity; start: number } | undefined {
  for (let s = k; s >= 0 && s > k - 6; s--) {
    const r = registryAt[s];
    if (r && r.end === k + 1) return { entity: r.entity, start: s };
    if (toks[s]!.pos === 'PUNCT' && toks[s]!.text !== '.' && toks[s]!.text !== '-') break;
  }
  return undefined;
}

export function countryOf(e: Entity): string | undefined {
  const c = e.props.iso3 ?? e.props.country;
  return typeof c === 'string' ? c : undefined;
}

/** An entity that never reaches the output: "any group" names nobody. */
export function placeholder(name: string): Entity {
  return { id: `none:${name}`, kind: 'Group', name, aliases: [], props: {} };
}
