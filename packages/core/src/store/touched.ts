// The part of the store that some segments change, as a GeoGraph: what an incremental push sends. It holds
// every entity those segments add or update or name, and every edge they add a claim to with ALL of that
// edge's claims (older ones too), so that each edge's aggregate is exactly the one a full load computes.
// Two streaming passes: the new segments' columns (edge keys, ids), then every segment, parsing only the
// entity records and claim lines that belong to the touched part.
import { GeoGraph, edgeKey } from '../graph/geograph.ts';
import { mergeEntity } from '../model/merge.ts';
import type { Claim } from '../model/claim.ts';
import { refOf } from '../model/entity.ts';
import type { Entity, EntityRef } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { claimColumns, decodeClaim } from './claim-line.ts';
import type { ClaimColumns } from './claim-line.ts';
import type { SegmentInfo } from './format.ts';
import type { StoreReader } from './reader.ts';

export interface TouchedPart {
  graph: GeoGraph;
  /** Ids of the claims the given segments hold (the older claims of a touched edge are in the graph too). */
  claims: Set<string>;
}

/** An entity record's id, read without parsing the record when it is plain (JSON.stringify writes it first). */
function idOfLine(line: string): string {
  const head = '{"id":"';
  if (line.startsWith(head)) {
    const end = line.indexOf('"', head.length);
    const id = line.slice(head.length, end);
    if (!id.includes('\\')) return id;
  }
  return (JSON.parse(line) as Entity).id;
}

/** `all` is the manifest's segment list the push works from, `changed` its tail to send. */
export async function touchedPart(
  store: StoreReader,
  all: SegmentInfo[],
  changed: readonly SegmentInfo[],
  ontology: Ontology,
): Promise<TouchedPart> {
  const edges = new Set<string>();
  const ids = new Set<string>();
  const claims = new Set<string>();
  for await (const { version, lines } of store.lines('claims', [...changed])) {
    for (const l of lines) {
      // The evidence document too: when the store holds it as an entity, that record is its node.
      let c: Omit<ClaimColumns, 'rest'>;
      let doc: string | undefined;
      if (version === 1) {
        const whole = JSON.parse(l) as Claim;
        c = columnsOf(whole);
        doc = whole.evidence?.docId;
      } else {
        const cols = claimColumns(l);
        c = cols;
        doc = (JSON.parse(l.slice(cols.rest)) as Pick<Claim, 'evidence'>).evidence?.docId;
      }
      claims.add(c.id);
      edges.add(edgeKey(c.subject, c.predicate, c.object));
      for (const id of [c.subject, c.object, c.about, c.claimedBy, doc]) if (id) ids.add(id);
    }
  }
  for await (const { lines } of store.lines('entities', [...changed]))
    for (const l of lines) ids.add(idOfLine(l));

  const entities = new Map<string, Entity>();
  for await (const { lines } of store.lines('entities', all)) {
    for (const l of lines) {
      const id = idOfLine(l);
      if (!ids.has(id)) continue;
      const e = JSON.parse(l) as Entity;
      const prev = entities.get(id);
      entities.set(id, prev ? mergeEntity(prev, e, ontology) : e);
    }
  }
  const graph = new GeoGraph(ontology);
  for (const e of entities.values()) graph.addEntity(e);
  // An older claim of a touched edge may name an about or claimedBy outside the touched part: it is in the
  // graph for the edge's aggregate only (the push sends the changed segments' claims), so a bare ref does.
  const refs = new Map<string, EntityRef>();
  const ref = (id: string): EntityRef => {
    let r = refs.get(id);
    if (!r) {
      const e = entities.get(id);
      refs.set(id, (r = e ? refOf(e) : { id, kind: '', name: id }));
    }
    return r;
  };
  for await (const { version, lines } of store.lines('claims', all)) {
    for (const l of lines) {
      if (version === 1) {
        const c = JSON.parse(l) as Claim;
        if (edges.has(edgeKey(c.subject.id, c.predicate, c.object.id))) graph.addClaim(c);
        continue;
      }
      const c = claimColumns(l);
      if (edges.has(edgeKey(c.subject, c.predicate, c.object))) graph.addClaim(decodeClaim(l, ref));
    }
  }
  return { graph, claims };
}

function columnsOf(c: Claim): Omit<ClaimColumns, 'rest'> {
  return {
    id: c.id,
    subject: c.subject.id,
    predicate: c.predicate,
    object: c.object.id,
    about: c.about?.id ?? '',
    claimedBy: c.claimedBy?.id ?? '',
  };
}
