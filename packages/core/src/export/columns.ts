// The columns of the graph exports: a node's attributes (its properties, kind, lineage, name and aliases,
// lists as JSON text), the typed aggregate columns of an edge, and the look (colour, size, position).
import type { Entity } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import type { FlatValue } from './flatten.ts';
import type { ColumnType } from './node-columns.ts';
import type { EdgeSummary } from './parts.ts';
import { edgeColor, nodeColor, nodeSize } from './style.ts';
import type { Positions } from './style.ts';

export { flatNode, nodeAttributes } from './node-columns.ts';
export type { ColumnType } from './node-columns.ts';

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
export function nodeLooks(
  ontology: Ontology,
  opts: ExportOptions,
): (id: string, e: Entity, degree: number) => NodeLook {
  const colors = new Map<string, string>();
  return (id, e, degree) => {
    let color = colors.get(e.kind);
    if (!color) colors.set(e.kind, (color = nodeColor(ontology, e.kind)));
    const p = opts.positions?.get(id);
    return { color, size: nodeSize(degree), ...(p ? { x: p.x, y: p.y } : {}) };
  };
}

export const edgeLook = (e: EdgeSummary): string => edgeColor(e.plover);

/** `#rrggbb` as GEXF's r, g, b attributes. */
export function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
