// GeoGraph → parameter rows, grouped the way the Cypher needs them: nodes by label set, relationships by
// type. Groups hold references into the graph and rows are built one batch at a time, so a push of
// 200,000 relationships never holds all of its rows at once. Pure data: testable without a server.
import { documentEntity } from '@geokg/core';
import type { Claim, EdgeAttributes, Entity, GeoGraph, Ontology } from '@geokg/core';
import { labelsOf, relationshipType } from './names.ts';
import type { NodeIds } from './node-ids.ts';
import { setProp, toNeo4jValue } from './values.ts';
import type { Neo4jProps, Neo4jValue } from './values.ts';
import { attrsByName } from './cypher/claims.ts';
import { RELATIONSHIP_PROPERTIES, relationshipValues } from './cypher/relationships.ts';
import type { ClaimShape } from './cypher/claims.ts';

export interface NodeRow {
  id: string;
  props: Neo4jProps;
}
/** Flat: `SET rel.x = row.x` for each of RELATIONSHIP_PROPERTIES (integers are made so by the Cypher). */
export interface RelationshipRow {
  source: string;
  target: string;
  [property: string]: Neo4jValue | null;
}
/** What a relationship batch sends: `[source element id, target element id, …RELATIONSHIP_PROPERTIES]`. */
export type RelationshipParams = (Neo4jValue | null)[];
export interface ClaimRow {
  id: string;
  subject: string;
  object: string;
  attrs?: Neo4jProps;
  [property: string]: Neo4jValue | Neo4jProps | null | undefined;
}

export interface NodeGroup {
  labels: string[];
  entities: Entity[];
}
/** A GeoGraph edge with its ends and attributes, read once when planning rather than per row. */
export interface RelationshipEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}
export interface RelationshipGroup {
  type: string;
  edges: RelationshipEdge[];
}

const DOCUMENT_KIND = 'Document';

function integerProps(ontology: Ontology, kind: string): Set<string> {
  const props = ontology.kind(kind).properties;
  return new Set([...props.values()].filter((p) => p.type === 'integer').map((p) => p.name));
}

/** Every property of the entity; `id`, `kind`, `name` and `aliases` first. Integers per the ontology. */
export function nodeRow(entity: Entity, integers: ReadonlySet<string>): NodeRow {
  const props: Neo4jProps = { id: entity.id, kind: entity.kind, name: entity.name, aliases: entity.aliases };
  for (const key in entity.props) {
    if (!(key in props)) setProp(props, key, entity.props[key], integers.has(key));
  }
  return { id: entity.id, props };
}

/**
 * Entities grouped by label set, plus a Document for every evidence document the graph lacks, of the
 * claims `sent` picks (an incremental push's graph lacks the documents of claims it does not send). The
 * `known` ones are left out: the database holds them as they are (an incremental push's stand-ins).
 */
export function nodeGroups(
  geo: GeoGraph,
  sent: (c: Claim) => boolean = () => true,
  known: ReadonlySet<string> = new Set(),
): NodeGroup[] {
  const { ontology } = geo;
  const labelsByKind = new Map<string, string>();
  const groups = new Map<string, Entity[]>();
  const add = (e: Entity): void => {
    let key = labelsByKind.get(e.kind);
    if (key === undefined) labelsByKind.set(e.kind, (key = labelsOf(ontology, e.kind).join(':')));
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  };
  for (const e of geo.entities()) if (!known.has(e.id)) add(e);
  if (ontology.hasKind(DOCUMENT_KIND)) {
    const seen = new Set<string>();
    for (const c of geo.claims()) {
      if (!sent(c)) continue;
      const ev = c.evidence;
      if (!ev?.docId || seen.has(ev.docId) || geo.graph.hasNode(ev.docId)) continue;
      seen.add(ev.docId);
      add(documentEntity(ev.docId, ev.doc));
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, entities]) => ({ labels: key.split(':'), entities }));
}

/** Builds rows of one node group, with the integer properties of each kind looked up once. */
export function nodeRows(ontology: Ontology, entities: readonly Entity[]): NodeRow[] {
  const integers = new Map<string, Set<string>>();
  return entities.map((e) => {
    let ints = integers.get(e.kind);
    if (!ints) integers.set(e.kind, (ints = integerProps(ontology, e.kind)));
    return nodeRow(e, ints);
  });
}

export function relationshipGroups(geo: GeoGraph): RelationshipGroup[] {
  const groups = new Map<string, RelationshipEdge[]>();
  geo.graph.forEachEdge((key, attributes, source, target) => {
    const type = relationshipType(geo.ontology, attributes.predicate);
    const edge = { key, source, target, attributes };
    const list = groups.get(type);
    if (list) list.push(edge);
    else groups.set(type, [edge]);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, edges]) => ({ type, edges }));
}

/** One row per GeoGraph edge, carrying the aggregate of its claims. */
export function relationshipRow(geo: GeoGraph, edge: string): RelationshipRow {
  const g = geo.graph;
  const a = g.getEdgeAttributes(edge);
  const values = relationshipValues(a.predicate, a);
  const row: RelationshipRow = { source: g.source(edge), target: g.target(edge) };
  RELATIONSHIP_PROPERTIES.forEach((k, i) => (row[k] = values[i]!));
  return row;
}

/**
 * The row as the relationship statement takes it (cypher/relationships.ts): endpoints by element id, then
 * the values of relationshipRow in RELATIONSHIP_PROPERTIES order, built without the keyed object.
 */
export function relationshipParams(edge: RelationshipEdge, ids: NodeIds): RelationshipParams {
  const a = edge.attributes;
  return [ids.get(edge.source), ids.get(edge.target), ...relationshipValues(a.predicate, a)];
}

/** Which optional links a claim's row needs; `about` and `claimedBy` only when their node is in the graph. */
export function claimShape(geo: GeoGraph, c: Claim): ClaimShape {
  return {
    document: Boolean(c.evidence?.docId),
    about: c.about !== undefined && geo.graph.hasNode(c.about.id),
    claimedBy: c.claimedBy !== undefined && geo.graph.hasNode(c.claimedBy.id),
    attrs: c.attrs !== undefined && Object.keys(c.attrs).length > 0,
  };
}

/**
 * A claim with its evidence flattened (`subject`, `object` and `docId` say which nodes it links to; the node
 * stores CLAIM_PROPERTIES of it); `attrs` become `attr_<name>` properties.
 */
export function claimRow(ontology: Ontology, c: Claim): ClaimRow {
  const ev = c.evidence;
  const row: ClaimRow = {
    id: c.id,
    predicate: c.predicate,
    type: relationshipType(ontology, c.predicate),
    subject: c.subject.id,
    object: c.object.id,
    modality: c.modality,
    confidence: c.confidence,
    cameo: c.cameo ?? null,
    plover: c.plover ?? null,
    source: c.source,
    claimedBy: c.claimedBy?.id ?? null,
    about: c.about?.id ?? null,
    occurred: c.time?.occurred ?? null,
    reported: c.time?.reported ?? null,
    docId: ev?.docId ?? null,
    sentence: ev?.sentence ?? null,
    line: ev?.line ?? null,
    start: ev?.start ?? null,
    end: ev?.end ?? null,
    text: ev?.text ?? null,
  };
  if (c.attrs) {
    const attrs: Neo4jProps = {};
    for (const key in c.attrs) setProp(attrs, `attr_${key}`, c.attrs[key]);
    row.attrs = attrs;
  }
  return row;
}

/** A claim's row as its statement takes it (cypher/claims.ts, claimsStatement): a list. */
export type ClaimParams = (Neo4jValue | Neo4jProps | null)[];

/**
 * `[id, …CLAIM_PROPERTIES, …element ids of the links, …attributes]`: the attributes one value per name of
 * `attrKeys` (null where the claim has none) when they go by name (attrsByName), else one map.
 */
export function claimParams(
  ontology: Ontology,
  c: Claim,
  shape: ClaimShape,
  ids: NodeIds,
  attrKeys?: string[],
): ClaimParams {
  return claimParamsOf(ontology, shape, ids, attrKeys)(c);
}

/**
 * claimParams for many claims of one shape: what is the same for all of them (the relationship type of
 * each predicate, which links and attributes a row holds) is worked out once, and each row is written
 * straight into its list, without the keyed row of claimRow (the client's share of a claim; the order is
 * CLAIM_PROPERTIES', which a unit test checks against claimRow).
 */
export function claimParamsOf(
  ontology: Ontology,
  shape: ClaimShape,
  ids: NodeIds,
  attrKeys?: string[],
): (c: Claim) => ClaimParams {
  const types = new Map<string, string>();
  const typeOf = (predicate: string): string => {
    let type = types.get(predicate);
    if (type === undefined) types.set(predicate, (type = relationshipType(ontology, predicate)));
    return type;
  };
  const byName = shape.attrs && attrsByName(attrKeys) ? attrKeys.map((k) => k.slice(ATTR.length)) : undefined;
  return (c) => {
    const ev = c.evidence;
    const t = c.time;
    const out: ClaimParams = [
      c.id,
      c.predicate,
      typeOf(c.predicate),
      c.modality,
      c.confidence,
      c.cameo ?? null,
      c.plover ?? null,
      c.source,
      c.claimedBy?.id ?? null,
      c.about?.id ?? null,
      t?.occurred ?? null,
      t?.reported ?? null,
      ev?.docId ?? null,
      ev?.sentence ?? null,
      ev?.line ?? null,
      ev?.start ?? null,
      ev?.end ?? null,
      ev?.text ?? null,
      ids.get(c.subject.id),
      ids.get(c.object.id),
    ];
    // The optional links in claimLinks' order: document, about, claimedBy.
    if (shape.document) out.push(ids.get(ev!.docId!));
    if (shape.about) out.push(ids.get(c.about!.id));
    if (shape.claimedBy) out.push(ids.get(c.claimedBy!.id));
    if (!shape.attrs) return out;
    const attrs = c.attrs;
    if (byName) {
      for (const name of byName) out.push(attrs ? (toNeo4jValue(attrs[name]) ?? null) : null);
    } else {
      const map: Neo4jProps = {};
      for (const key in attrs) setProp(map, `${ATTR}${key}`, attrs[key]);
      out.push(map);
    }
    return out;
  };
}
const ATTR = 'attr_';
