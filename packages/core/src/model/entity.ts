// A node of the graph as geokg knows it: kind from the ontology, names, and typed properties.

export interface Entity {
  id: string;
  /** The most specific kind (a concrete kind of the ontology). */
  kind: string;
  name: string;
  aliases: string[];
  /** Ontology properties other than name and aliases: iso3, country, capital, date, url… */
  props: Record<string, unknown>;
}

/** How a claim points at an entity: enough to read it without the entity table. */
export interface EntityRef {
  id: string;
  kind: string;
  name: string;
  iso3?: string;
  country?: string;
}

export const refOf = (e: Entity): EntityRef => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  ...(typeof e.props.iso3 === 'string' ? { iso3: e.props.iso3 } : {}),
  ...(typeof e.props.country === 'string' ? { country: e.props.country } : {}),
});

/** The entity a claim's reference stands for, when nothing more is known of it. */
export function entityOfRef(ref: EntityRef): Entity {
  const { id, kind, name, ...props } = ref;
  return { id, kind, name, aliases: [], props };
}
