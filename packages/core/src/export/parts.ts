// What the graph exports (JSON, GEXF, GraphML) are written from: every node, and one small summary per edge
// (its aggregate as typed columns, never its claims: those are in the jsonl export). From a loaded GeoGraph,
// or streamed from the store: the entity records merged (memory in proportion to the nodes) and one pass
// over the claims folding each into its edge's summary, so no claim outlives its line.
import { addToAggregate, emptyAggregate } from '../graph/aggregate.ts';
import type { EdgeAggregate } from '../graph/aggregate.ts';
import { edgeKey } from '../graph/geograph.ts';
import type { GeoGraph } from '../graph/geograph.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { claimColumns } from '../store/claim-line.ts';
import type { LoadProgress, StoreReader } from '../store/reader.ts';

/** An edge as the exports write it: the columns Gephi, yEd or NetworkX can filter and size by. */
export interface EdgeSummary {
  source: string;
  target: string;
  predicate: string;
  claimCount: number;
  modality: string;
  confidence: number;
  cameo?: string | undefined;
  plover?: string | undefined;
  firstSeen?: string | undefined;
  lastSeen?: string | undefined;
}

export interface GraphParts {
  ontology: Ontology;
  nodes: Map<string, Entity>;
  edges: Map<string, EdgeSummary>;
}

const summary = (source: string, target: string, predicate: string, a: EdgeAggregate): EdgeSummary => ({
  source,
  target,
  predicate,
  claimCount: a.claimCount,
  modality: a.modality,
  confidence: a.confidence,
  cameo: a.cameo,
  plover: a.plover,
  firstSeen: a.firstSeen,
  lastSeen: a.lastSeen,
});

export function partsOfGraph(geo: GeoGraph): GraphParts {
  const nodes = new Map<string, Entity>();
  for (const e of geo.entities()) nodes.set(e.id, e);
  const edges = new Map<string, EdgeSummary>();
  geo.graph.forEachEdge((key, a, source, target) => edges.set(key, summary(source, target, a.predicate, a)));
  return { ontology: geo.ontology, nodes, edges };
}

/** The claim fields an aggregate reads: the evidence (documents) is left out, it is no export column. */
type Folded = Pick<Claim, 'modality' | 'confidence' | 'time' | 'cameo' | 'plover'>;

export async function partsOfStore(
  store: StoreReader,
  ontology: Ontology,
  onProgress?: LoadProgress,
): Promise<GraphParts> {
  const nodes = await store.entityMap(ontology);
  const folding = new Map<string, { s: string; p: string; o: string; a: EdgeAggregate }>();
  const total = store.counts().claims;
  let done = 0;
  for await (const { version, lines } of store.lines('claims')) {
    for (const l of lines) {
      let s: string, p: string, o: string, c: Folded;
      if (version === 1) {
        const whole = JSON.parse(l) as Claim;
        [s, p, o, c] = [whole.subject.id, whole.predicate, whole.object.id, whole];
      } else {
        const cols = claimColumns(l);
        [s, p, o] = [cols.subject, cols.predicate, cols.object];
        c = JSON.parse(l.slice(cols.rest)) as Folded;
      }
      const key = edgeKey(s, p, o);
      let e = folding.get(key);
      if (!e) folding.set(key, (e = { s, p, o, a: emptyAggregate() }));
      addToAggregate(e.a, { ...c, evidence: undefined });
    }
    done += lines.length;
    onProgress?.(done, total);
  }
  const edges = new Map<string, EdgeSummary>();
  for (const [key, e] of folding) edges.set(key, summary(e.s, e.o, e.p, e.a));
  return { ontology, nodes, edges };
}
