// GeoGraph → parameter rows, grouped the way the Cypher needs them: nodes by label set, relationships by
// type. Pure data (no driver), so the shape of a push can be tested without a server.
import type { Claim, GeoGraph, Ontology } from '@geokg/core';
import { labelsOf, relationshipType } from './names.ts';
import { toNeo4jProps } from './values.ts';
import type { Neo4jProps } from './values.ts';

export interface NodeRow {
  id: string;
  props: Neo4jProps;
}
export interface NodeGroup {
  labels: string[];
  rows: NodeRow[];
}
export interface RelationshipRow {
  source: string;
  target: string;
  props: Neo4jProps;
}
export interface RelationshipGroup {
  type: string;
  rows: RelationshipRow[];
}
export interface ClaimRow {
  id: string;
  subject: string;
  object: string;
  docId?: string;
  about?: string;
  claimedBy?: string;
  props: Neo4jProps;
}

const DOCUMENT_KIND = 'Document';
const CLAIM_INTEGERS = new Set(['sentence', 'line', 'start', 'end']);
const RELATIONSHIP_INTEGERS = new Set(['claimCount']);

function integerProps(ontology: Ontology, kind: string): Set<string> {
  const props = ontology.kind(kind).properties;
  return new Set([...props.values()].filter((p) => p.type === 'integer').map((p) => p.name));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Entities grouped by label set, plus a Document node for every evidence document the graph lacks. */
export function nodeGroups(geo: GeoGraph): NodeGroup[] {
  const { ontology } = geo;
  const groups = new Map<string, NodeRow[]>();
  const add = (kind: string, values: Record<string, unknown>): void => {
    const row = { id: String(values.id), props: toNeo4jProps(values, integerProps(ontology, kind)) };
    push(groups, labelsOf(ontology, kind).join(':'), row);
  };
  for (const e of geo.entities()) {
    add(e.kind, { ...e.props, id: e.id, kind: e.kind, name: e.name, aliases: e.aliases });
  }
  if (ontology.hasKind(DOCUMENT_KIND)) {
    const seen = new Set<string>();
    for (const c of geo.claims()) {
      const ev = c.evidence;
      if (!ev?.docId || seen.has(ev.docId) || geo.graph.hasNode(ev.docId)) continue;
      seen.add(ev.docId);
      add(DOCUMENT_KIND, { id: ev.docId, kind: DOCUMENT_KIND, name: ev.doc, aliases: [], path: ev.doc });
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, rows]) => ({ labels: key.split(':'), rows }));
}

/** One row per GeoGraph edge, carrying the aggregate of its claims. */
export function relationshipGroups(geo: GeoGraph): RelationshipGroup[] {
  const groups = new Map<string, RelationshipRow[]>();
  geo.graph.forEachEdge((_key, a, source, target) => {
    const props = toNeo4jProps(
      {
        predicate: a.predicate,
        modality: a.modality,
        confidence: a.confidence,
        cameo: a.cameo,
        plover: a.plover,
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
        claimCount: a.claimCount,
        documents: a.documents,
      },
      RELATIONSHIP_INTEGERS,
    );
    push(groups, relationshipType(geo.ontology, a.predicate), { source, target, props });
  });
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, rows]) => ({ type, rows }));
}

/** A claim with its evidence flattened onto the Claim node; `attrs` become `attr_<name>` properties. */
export function claimRow(ontology: Ontology, c: Claim): ClaimRow {
  const ev = c.evidence;
  const attrs = Object.fromEntries(Object.entries(c.attrs ?? {}).map(([k, v]) => [`attr_${k}`, v]));
  const props = toNeo4jProps(
    {
      ...attrs,
      id: c.id,
      predicate: c.predicate,
      type: relationshipType(ontology, c.predicate),
      subject: c.subject.id,
      object: c.object.id,
      modality: c.modality,
      confidence: c.confidence,
      cameo: c.cameo,
      plover: c.plover,
      source: c.source,
      claimedBy: c.claimedBy?.id,
      about: c.about?.id,
      occurred: c.time?.occurred,
      reported: c.time?.reported,
      doc: ev?.doc,
      docId: ev?.docId,
      sentence: ev?.sentence,
      line: ev?.line,
      start: ev?.start,
      end: ev?.end,
      text: ev?.text,
    },
    CLAIM_INTEGERS,
  );
  return {
    id: c.id,
    subject: c.subject.id,
    object: c.object.id,
    ...(ev?.docId ? { docId: ev.docId } : {}),
    ...(c.about ? { about: c.about.id } : {}),
    ...(c.claimedBy ? { claimedBy: c.claimedBy.id } : {}),
    props,
  };
}

export function claimRows(geo: GeoGraph): ClaimRow[] {
  return [...geo.claims()].map((c) => claimRow(geo.ontology, c));
}
