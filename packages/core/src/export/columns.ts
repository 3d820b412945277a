// The columns of the graph exports: a node's attributes (its properties, kind, lineage, name and aliases,
// lists as JSON text), the typed aggregate columns of an edge, and the look (colour, size, position).
import type { Entity } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { flattenAttributes } from './flatten.ts';
import type { FlatValue } from './flatten.ts';
import type { EdgeSummary, GraphParts } from './parts.ts';
import { degrees, edgeColor, nodeColor, nodeSize } from './style.ts';
import type { Positions } from './style.ts';

export type ColumnType = 'boolean' | 'integer' | 'double' | 'string';

/** The attributes of a node as a loaded GeoGraph holds them. */
export const nodeAttributes = (ontology: Ontology, e: Entity): Record<string, unknown> => ({
  ...e.props,
  kind: e.kind,
  kinds: ontology.hasKind(e.kind) ? ontology.lineage(e.kind) : [e.kind],
  name: e.name,
  aliases: e.aliases,
});

export const flatNode = (ontology: Ontology, e: Entity): Record<string, FlatValue> =>
  flattenAttributes(nodeAttributes(ontology, e));

/** Column types of the node attributes: a name whose values mix types is a string. */
export function nodeColumns(parts: GraphParts): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  for (const e of parts.nodes.values()) {
    for (const [name, value] of Object.entries(flatNode(parts.ontology, e))) {
      const type = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'double' : 'string';
      const known = types.get(name);
      if (!known) types.set(name, type);
      else if (known !== type) types.set(name, 'string');
    }
  }
  return types;
}

/** An edge's columns, in this order, with their types: its aggregate, never its claims. */
export const EDGE_COLUMNS: readonly [keyof EdgeSummary, ColumnType][] = [
  ['predicate', 'string'],
  ['claimCount', 'integer'],
  ['modality', 'string'],
  ['confidence', 'double'],
  ['cameo', 'string'],
  ['plover', 'string'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
];

export function edgeValues(e: EdgeSummary): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const [name] of EDGE_COLUMNS) {
    const v = e[name];
    if (v !== undefined) out[name] = v;
  }
  return out;
}

export interface ExportOptions {
  /** Node positions (style.ts layout); without them no position is written. */
  positions?: Positions | undefined;
}

export interface NodeLook {
  color: string;
  size: number;
  x?: number;
  y?: number;
}

/** Colour, size and position of each node, computed as it is written. */
export function nodeLooks(parts: GraphParts, opts: ExportOptions): (id: string, e: Entity) => NodeLook {
  const degree = degrees(parts);
  const colors = new Map<string, string>();
  return (id, e) => {
    let color = colors.get(e.kind);
    if (!color) colors.set(e.kind, (color = nodeColor(parts.ontology, e.kind)));
    const p = opts.positions?.get(id);
    return { color, size: nodeSize(degree.get(id) ?? 0), ...(p ? { x: p.x, y: p.y } : {}) };
  };
}

export const edgeLook = (e: EdgeSummary): string => edgeColor(e.plover);

/** `#rrggbb` as GEXF's r, g, b attributes. */
export function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
