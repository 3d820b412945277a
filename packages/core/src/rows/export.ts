// The graph as claim-contract rows: every entity (Documents too) once, merged, then every claim. From a
// GeoGraph in memory, or streamed from the store holding only the entities.
import type { GeoGraph } from '../graph/geograph.ts';
import { mergeEntity } from '../model/merge.ts';
import type { Entity } from '../model/entity.ts';
import { refOf } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { defaultOntology } from '../ontology/load.ts';
import { StoreError } from '../store/errors.ts';
import type { StoreReader } from '../store/reader.ts';
import { claimRow, entityRow } from './rows.ts';
import type { ClaimRow, EntityRow } from './rows.ts';

export type Row = EntityRow | ClaimRow;

export function* graphRows(graph: GeoGraph): Generator<Row> {
  for (const e of graph.entities()) yield entityRow(e, graph.ontology);
  for (const c of graph.claims()) yield claimRow(c);
}

/** The store's rows, read once for the entities and once for the claims. */
export async function* storeRows(
  store: StoreReader,
  ontology: Ontology = defaultOntology(),
): AsyncGenerator<Row> {
  const entities = new Map<string, Entity>();
  for await (const e of store.entities()) {
    const prev = entities.get(e.id);
    entities.set(e.id, prev ? mergeEntity(prev, e, ontology) : e);
  }
  for (const e of entities.values()) yield entityRow(e, ontology);
  const refs = new Map<string, ReturnType<typeof refOf>>();
  const ref = (id: string): ReturnType<typeof refOf> => {
    let r = refs.get(id);
    if (!r) {
      const e = entities.get(id);
      if (!e)
        throw new StoreError(
          `geokg store: ${store.dir}: a claim names ${id}, which no entity record holds; the store is damaged, rebuild it`,
        );
      refs.set(id, (r = refOf(e)));
    }
    return r;
  };
  for await (const c of store.claims(ref)) yield claimRow(c);
}
