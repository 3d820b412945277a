// An incremental push that reads only the new segments (core segment-part.ts) and takes the rest from the
// database the earlier pushes filled: the element ids (and kinds) of the nodes the new claims name, and the
// aggregate state of each edge they add to (cypher/relationships.ts, relationshipValues: summed and highest
// confidence per modality beside the visible aggregate), into which the new claims are folded in commit
// order, exactly as a full load folds them. So its cost follows what changed, not the store's size.
// Folding is right only if no aggregate in the database counts a new claim already. Every push writes an
// edge's aggregate after the claims it counts (plan.ts), so that holds exactly when none of the new claims
// is in the database: checked first, by id. A push of these segments that died half-way, or one from
// another copy of the store or through another URI of the same server, fails the check. So do a node the
// database lacks and a relationship without the state (an older geokg, a bulk import): then this returns
// undefined and the caller re-aggregates from the store (touched.ts). Having passed, the claims are CREATEd.
import { GeoGraph, addToAggregate } from '@geokg/core';
import type { Entity, EntityRef, Ontology, SegmentPart } from '@geokg/core';
import { isInt } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';
import { aggregateOf } from './cypher/relationships.ts';
import { CLAIM_LABEL, quoteName, relationshipType, rootLabel } from './names.ts';
import { NodeIds } from './node-ids.ts';
import { planPush } from './plan.ts';
import type { PushPlan } from './plan.ts';

/** Ids looked up per read query: a big import's segment names hundreds of thousands. */
const LOOKUP_ROWS = 10_000;

interface Found {
  elementId: string;
  kind: string;
  name: string;
}

async function read<T>(
  driver: Driver,
  config: Pick<Neo4jConfig, 'database'>,
  cypher: string,
  rows: unknown[],
  map: (get: (key: string) => unknown) => T,
): Promise<T[]> {
  const out: T[] = [];
  const session = driver.session(config.database ? { database: config.database } : {});
  try {
    for (let i = 0; i < rows.length; i += LOOKUP_ROWS) {
      const r = await session.executeRead((tx) => tx.run(cypher, { rows: rows.slice(i, i + LOOKUP_ROWS) }));
      for (const record of r.records) out.push(map((k) => record.get(k)));
    }
  } finally {
    await session.close();
  }
  return out;
}

const plain = (v: unknown): unknown => (isInt(v) ? v.toNumber() : v);

export async function incrementalPlan(
  driver: Driver,
  config: Pick<Neo4jConfig, 'database' | 'batchSize'>,
  part: SegmentPart,
  ontology: Ontology,
): Promise<PushPlan | undefined> {
  const root = quoteName(rootLabel(ontology));
  const sent = await read(
    driver,
    config,
    `UNWIND $rows AS id MATCH (c:${quoteName(CLAIM_LABEL)} {id: id}) RETURN count(c) AS n`,
    part.claimIds,
    (get) => plain(get('n')) as number,
  );
  if (sent.some((n) => n > 0)) return undefined;
  const ids = [...part.named, ...part.documents, ...part.entities.keys()];
  const found = new Map<string, Found>();
  const nodes = await read(
    driver,
    config,
    `UNWIND $rows AS id MATCH (n:${root} {id: id}) RETURN id, elementId(n) AS elementId, n.kind AS kind, n.name AS name`,
    ids,
    (get): [string, Found] => [
      get('id') as string,
      { elementId: get('elementId') as string, kind: get('kind') as string, name: get('name') as string },
    ],
  );
  for (const [id, f] of nodes) found.set(id, f);
  if ([...part.named].some((id) => !found.has(id))) return undefined;

  const graph = new GeoGraph(ontology);
  const known = new Set<string>();
  const nodeIds = new NodeIds();
  for (const e of part.entities.values()) graph.addEntity(e);
  // Stand-ins for the nodes the database holds as they are: planPush sends none of them.
  const stub = (id: string, f: Found): Entity => ({ id, kind: f.kind, name: f.name, aliases: [], props: {} });
  for (const id of [...part.named, ...part.documents]) {
    const f = found.get(id);
    if (!f) continue; // an evidence document no push has sent: planPush sends it
    graph.addEntity(stub(id, f));
    known.add(id);
    nodeIds.set(id, f.elementId);
  }
  const ref = (id: string): EntityRef => {
    const e = graph.getEntity(id);
    return e ? { id, kind: e.kind, name: e.name } : { id, kind: '', name: id };
  };
  for (const c of part.claims(ref)) graph.addClaim(c);

  // The state of every edge whose ends the database holds already; an edge it lacks is new.
  const edges: [string, string, string, string][] = [];
  graph.graph.forEachEdge((key, a, source, target) => {
    const s = found.get(source);
    const t = found.get(target);
    if (s && t) edges.push([s.elementId, t.elementId, relationshipType(ontology, a.predicate), key]);
  });
  const states = await read(
    driver,
    config,
    [
      'UNWIND $rows AS row',
      `MATCH (a:${root}) WHERE elementId(a) = row[0]`,
      `MATCH (b:${root}) WHERE elementId(b) = row[1]`,
      'MATCH (a)-[r]->(b) WHERE type(r) = row[2]',
      'RETURN row[3] AS key, properties(r) AS props',
    ].join('\n'),
    edges,
    (get) => [get('key') as string, get('props') as Record<string, unknown>] as const,
  );
  for (const [key, props] of states) {
    const state = aggregateOf(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plain(v)])));
    if (!state) return undefined;
    const attrs = graph.graph.getEdgeAttributes(key);
    for (const c of attrs.claims) addToAggregate(state, c);
    graph.graph.mergeEdgeAttributes(key, state);
  }
  return planPush(graph, config.batchSize, () => true, { known, nodeIds, createClaims: true });
}
