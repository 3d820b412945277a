// GeoGraph: the one place the graph lives. A graphology multigraph whose nodes are entities and whose
// edges (one per subject–predicate–object) keep every claim behind them plus their aggregate.
import Graph from 'graphology';
import type { Ontology } from '../ontology/ontology.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import { addToAggregate, emptyAggregate } from './aggregate.ts';
import type { EdgeAggregate } from './aggregate.ts';
import { mergeEntity } from '../model/merge.ts';

export interface NodeAttributes {
  kind: string;
  /** The kind and its ancestors, most specific first. */
  kinds: string[];
  name: string;
  aliases: string[];
  [prop: string]: unknown;
}

export interface EdgeAttributes extends EdgeAggregate {
  predicate: string;
  claims: Claim[];
}

export type GeoGraphology = Graph<NodeAttributes, EdgeAttributes>;

/** A part of an edge key with its `\` and `|` escaped, so that no two edges share a key whatever ids hold. */
const keyPart = (s: string): string => (/[\\|]/.test(s) ? s.replace(/[\\|]/g, '\\$&') : s);

/** The key of the edge for subject–predicate–object: `s|p|o`, each part escaped (`a\|b` for an id "a|b"). */
export const edgeKey = (subject: string, predicate: string, object: string): string =>
  `${keyPart(subject)}|${keyPart(predicate)}|${keyPart(object)}`;

export class GeoGraph {
  readonly graph: GeoGraphology;
  readonly ontology: Ontology;
  private readonly claimIds = new Set<string>();

  constructor(ontology: Ontology) {
    this.ontology = ontology;
    this.graph = new Graph<NodeAttributes, EdgeAttributes>({
      multi: true,
      type: 'directed',
      allowSelfLoops: true,
    });
  }

  get claimCount(): number {
    return this.claimIds.size;
  }

  hasClaim(id: string): boolean {
    return this.claimIds.has(id);
  }

  /** Adds the entity or merges it into the one with its id. Returns true when the node is new. */
  addEntity(e: Entity): boolean {
    const existing = this.getEntity(e.id);
    const merged = existing ? mergeEntity(existing, e, this.ontology) : e;
    const attrs: NodeAttributes = {
      ...merged.props,
      kind: merged.kind,
      kinds: this.ontology.lineage(merged.kind),
      name: merged.name,
      aliases: merged.aliases,
    };
    if (existing) this.graph.replaceNodeAttributes(e.id, attrs);
    else this.graph.addNode(e.id, attrs);
    return !existing;
  }

  getEntity(id: string): Entity | undefined {
    if (!this.graph.hasNode(id)) return undefined;
    const { kind, kinds: _kinds, name, aliases, ...props } = this.graph.getNodeAttributes(id);
    return { id, kind, name, aliases, props };
  }

  /**
   * Adds a claim to the edge it supports (creating the edge, and bare nodes for endpoints not yet known).
   * Returns false when a claim with this id is already in the graph. Throws SchemaViolation when the
   * predicate may not join the endpoint kinds.
   */
  addClaim(c: Claim): boolean {
    if (this.claimIds.has(c.id)) return false;
    this.ontology.checkEndpoints(c.predicate, c.subject.kind, c.object.kind);
    for (const ref of [c.subject, c.object]) {
      if (!this.graph.hasNode(ref.id)) {
        const { id, kind, name, ...props } = ref;
        this.addEntity({ id, kind, name, aliases: [], props });
      }
    }
    const key = edgeKey(c.subject.id, c.predicate, c.object.id);
    if (!this.graph.hasEdge(key)) {
      this.graph.addDirectedEdgeWithKey(key, c.subject.id, c.object.id, {
        predicate: c.predicate,
        claims: [],
        ...emptyAggregate(),
      });
    }
    // Mutated in place: graphology hands back the stored attributes object.
    const attrs = this.graph.getEdgeAttributes(key);
    attrs.claims.push(c);
    addToAggregate(attrs, c);
    this.claimIds.add(c.id);
    return true;
  }

  *entities(): Generator<Entity> {
    for (const id of this.graph.nodes()) yield this.getEntity(id)!;
  }

  *claims(): Generator<Claim> {
    for (const key of this.graph.edges()) yield* this.graph.getEdgeAttribute(key, 'claims');
  }
}
