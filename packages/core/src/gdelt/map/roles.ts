// The identity convention for unnamed actors known by role. A state's government is the state itself
// (as "Astana requested…" is): "the Kazakhstani government" and GDELT's KAZGOV are `state:KAZ`. Other roles
// are their own nodes with the country set: KAZMIL is `org:kaz:military`, SYRREB `org:syr:rebels`. Every
// reader that meets such an actor (GDELT, the text extractor) makes it here, so the ids and names agree.
import type { Entity } from '../../model/entity.ts';
import { entityId } from '../../model/ids.ts';
import type { Registry } from '../../registry/registry.ts';
import { cameoTables } from './tables.ts';
import type { CameoTables } from './tables.ts';

/** A display name for a scope code: a state or territory name, a region, a religion, else the code itself. */
export function scopeName(scope: string, registry: Registry, tables: CameoTables = cameoTables()): string {
  return (
    registry.get(`state:${scope}`)?.name ??
    tables.countries.get(scope) ??
    tables.segments.get(scope)?.label ??
    scope
  );
}

/**
 * The actor a CAMEO role or organisation-type code stands for within a scope: `roleEntity('GOV', 'KAZ')` is the
 * State `state:KAZ` (a government stands for its state); `roleEntity('MIL', 'KAZ')` the GovernmentBody
 * `org:kaz:military` named "Kazakhstan military" with country KAZ; `roleEntity('REB', 'SYR')`
 * the ArmedGroup `org:syr:rebels`; `roleEntity('CVL')` the Group `group:civilians`. The scope is an ISO-3 code
 * (set as `country`), a CAMEO region code (EUR) or an ethnic or religion code; it only keeps ids apart.
 * The id is `entityId(idPrefix of the kind, label, scope)`; undefined for a code that is not a role.
 */
export function roleEntity(
  code: string,
  scope: string | undefined,
  registry: Registry,
  tables: CameoTables = cameoTables(),
): Entity | undefined {
  const seg = tables.segments.get(code);
  if (!seg || (seg.type !== 'role' && seg.type !== 'org')) return undefined;
  const state = code === 'GOV' && scope ? registry.get(`state:${scope}`) : undefined;
  if (state) return state;
  const kind = registry.ontology.kind(seg.kind);
  const country = scope && tables.countries.has(scope) ? scope : undefined;
  const name = scope ? `${scopeName(scope, registry, tables)} ${seg.label}` : capitalise(seg.label);
  return {
    id: entityId(kind.idPrefix, seg.label, scope),
    kind: seg.kind,
    name,
    aliases: [],
    props: { ...(country ? { country } : {}), ...(kind.properties.has('role') ? { role: code } : {}) },
  };
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
