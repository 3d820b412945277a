// The store as the CSV files of `neo4j-admin database import full`, for big first loads (docs/neo4j.md):
// nodes by label set, relationships by type with the aggregate a push sets, Claim nodes (one file per set
// of reader attributes) and their SUBJECT/OBJECT/IN_DOCUMENT/ABOUT/CLAIMED_BY links, Document nodes for
// evidence the store holds no entity for, and schema.cypher with the constraints and indexes a push makes.
// Claims stream from the store; what stays in memory is the entities and one aggregate per edge.
import { addToAggregate, documentEntity, edgeKey, emptyAggregate } from '@geokg/core';
import type { EdgeAggregate, Entity, Ontology, Store } from '@geokg/core';
import { schemaStatements } from '../cypher/schema.ts';
import { CLAIM_PROPERTIES, claimLinks } from '../cypher/claims.ts';
import { RELATIONSHIP_PROPERTIES, relationshipValues } from '../cypher/relationships.ts';
import type { ClaimShape } from '../cypher/claims.ts';
import { CLAIM_LABEL, labelsOf, relationshipType } from '../names.ts';
import { claimRow, nodeRows } from '../rows.ts';
import type { ClaimRow } from '../rows.ts';
import type { Neo4jValue } from '../values.ts';
import { CsvFile, csvField, csvType, headerField } from './csv.ts';
import type { CsvType } from './csv.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ImportFiles {
  /** `--nodes=LABELS=FILE` and `--relationships=TYPE=FILE` pairs, file names relative to the folder. */
  nodes: [labels: string, file: string][];
  relationships: [type: string, file: string][];
  counts: { nodes: number; relationships: number; claims: number };
}

const CLAIM_TYPES: Record<string, CsvType> = {
  confidence: 'double',
  sentence: 'long',
  line: 'long',
  start: 'long',
  end: 'long',
};

const safe = (name: string): string => name.replace(/[^A-Za-z0-9_]+/g, '_');

/** Typed columns for rows of one file: a column whose values differ in type is written as text. */
function columns(rows: Iterable<Record<string, Neo4jValue>>, integers: (k: string) => boolean) {
  const types = new Map<string, CsvType>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      const t = csvType(v, integers(k));
      const known = types.get(k);
      types.set(k, known === undefined || known === t ? t : 'string');
    }
  }
  return types;
}

export async function writeImportFiles(store: Store, dir: string, ontology: Ontology): Promise<ImportFiles> {
  const entities = await store.entityMap(ontology);
  const out: ImportFiles = {
    nodes: [],
    relationships: [],
    counts: { nodes: 0, relationships: 0, claims: 0 },
  };
  const links = new Map<string, CsvFile>();
  const link = (type: string): CsvFile => {
    let f = links.get(type);
    if (!f) {
      links.set(type, (f = new CsvFile(join(dir, `claim-${safe(type)}.csv`), ':START_ID,:END_ID')));
      out.relationships.push([type, `claim-${safe(type)}.csv`]);
    }
    return f;
  };
  const claimFiles = new Map<string, { file: CsvFile; keys: string[]; types: CsvType[] }>();
  const documents = new Map<string, Entity>();
  const edges = new Map<string, { s: string; o: string; p: string; a: EdgeAggregate }>();

  for await (const c of store.claims(store.refLookup((id) => entities.get(id)))) {
    const key = edgeKey(c.subject.id, c.predicate, c.object.id);
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { s: c.subject.id, o: c.object.id, p: c.predicate, a: emptyAggregate() }));
    addToAggregate(e.a, c);
    const row = claimRow(ontology, c);
    writeClaim(row, claimFiles, dir, out);
    const ev = c.evidence;
    if (ev?.docId && !entities.has(ev.docId) && !documents.has(ev.docId))
      documents.set(ev.docId, documentEntity(ev.docId, ev.doc));
    const shape: ClaimShape = {
      document: Boolean(ev?.docId),
      about: Boolean(c.about),
      claimedBy: Boolean(c.claimedBy),
      attrs: false,
    };
    for (const [, field, type] of claimLinks(shape))
      link(type).row([csvField(row.id, 'string'), csvField(row[field] as string, 'string')]);
    out.counts.claims++;
  }
  for (const { file } of claimFiles.values()) file.close();
  for (const f of links.values()) f.close();

  writeNodes([...entities.values(), ...documents.values()], ontology, dir, out);
  writeRelationships(edges, ontology, dir, out);
  writeFileSync(join(dir, 'schema.cypher'), schemaStatements(ontology).join(';\n') + ';\n');
  return out;
}

function writeClaim(
  row: ClaimRow,
  files: Map<string, { file: CsvFile; keys: string[]; types: CsvType[] }>,
  dir: string,
  out: ImportFiles,
): void {
  const attrs = (row.attrs ?? {}) as Record<string, Neo4jValue>;
  const attrKeys = Object.keys(attrs).sort();
  const shape = attrKeys.map((k) => `${k}:${csvType(attrs[k]!, false)}`).join(',');
  let f = files.get(shape);
  if (!f) {
    const keys = ['id', ...CLAIM_PROPERTIES, ...attrKeys];
    const types = keys.map((k, i): CsvType =>
      i > CLAIM_PROPERTIES.length ? csvType(attrs[k]!, false) : (CLAIM_TYPES[k] ?? 'string'),
    );
    const name = `claims-${files.size}.csv`;
    const header = keys.map((k, i) => (i === 0 ? 'id:ID' : headerField(k, types[i]!))).join(',');
    files.set(shape, (f = { file: new CsvFile(join(dir, name), header), keys, types }));
    out.nodes.push([CLAIM_LABEL, name]);
  }
  const { file, keys, types } = f;
  file.row(keys.map((k, i) => csvField((k in attrs ? attrs[k] : row[k]) as Neo4jValue | null, types[i]!)));
}

function writeNodes(all: Entity[], ontology: Ontology, dir: string, out: ImportFiles): void {
  const groups = new Map<string, Entity[]>();
  for (const e of all) {
    const labels = labelsOf(ontology, e.kind).join(':');
    const g = groups.get(labels);
    if (g) g.push(e);
    else groups.set(labels, [e]);
  }
  for (const [labels, entities] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const rows = nodeRows(ontology, entities).map((r) => r.props);
    const types = columns(rows, () => false);
    types.delete('id');
    const keys = [...types.keys()];
    const name = `nodes-${safe(labels)}.csv`;
    const file = new CsvFile(
      join(dir, name),
      ['id:ID', ...keys.map((k) => headerField(k, types.get(k)!))].join(','),
    );
    for (const r of rows)
      file.row([csvField(r.id, 'string'), ...keys.map((k) => csvField(r[k], types.get(k)!))]);
    file.close();
    out.nodes.push([labels, name]);
    out.counts.nodes += rows.length;
  }
}

/** The CSV types of RELATIONSHIP_PROPERTIES that are not plain strings. */
const REL_TYPES: Partial<Record<(typeof RELATIONSHIP_PROPERTIES)[number], CsvType>> = {
  confidence: 'double',
  claimCount: 'long',
  documents: 'string[]',
  modalityWeights: 'double[]',
  modalityConfidence: 'double[]',
};
const relType = (k: (typeof RELATIONSHIP_PROPERTIES)[number]): CsvType => REL_TYPES[k] ?? 'string';
const REL_HEADER = [
  ':START_ID',
  ':END_ID',
  ...RELATIONSHIP_PROPERTIES.map((k) => headerField(k, relType(k))),
].join(',');

function writeRelationships(
  edges: Map<string, { s: string; o: string; p: string; a: EdgeAggregate }>,
  ontology: Ontology,
  dir: string,
  out: ImportFiles,
): void {
  const files = new Map<string, CsvFile>();
  for (const { s, o, p, a } of edges.values()) {
    const type = relationshipType(ontology, p);
    let f = files.get(type);
    if (!f) {
      files.set(type, (f = new CsvFile(join(dir, `rels-${safe(type)}.csv`), REL_HEADER)));
      out.relationships.push([type, `rels-${safe(type)}.csv`]);
    }
    const str = (v: string | undefined) => csvField(v, 'string');
    const values = relationshipValues(p, a);
    f.row([str(s), str(o), ...RELATIONSHIP_PROPERTIES.map((k, i) => csvField(values[i], relType(k)))]);
    out.counts.relationships++;
  }
  for (const f of files.values()) f.close();
}
