// Whether two actors are one side: the same entity, or a state and its bodies and officials. CAMEO codes a
// state's government, military, police and officials with the state (KAZ, KAZGOV, KAZMIL, KAZCOP), so a
// president ordering "Russian forces" orders his own side, and a ministry speaking of its state's threat
// speaks in the state's own words; an armed group or party of the same country is another side.
import type { Entity } from '@geokg/core';

const STATAL = new Set(['State', 'GovernmentBody', 'Person']);

export function sameSide(a: Entity, b: Entity): boolean {
  if (a.id === b.id) return true;
  const country = (e: Entity): unknown => e.props.iso3 ?? e.props.country;
  return STATAL.has(a.kind) && STATAL.has(b.kind) && country(a) !== undefined && country(a) === country(b);
}
