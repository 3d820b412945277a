// The node attribute columns of the graph exports, with their types, in the order a reader meets them going
// through the nodes in export order: the order a Map filled node by node would keep. Collected from nodes
// seen in any order (the store's spill merges nodes a part at a time), given each node's place.
import type { Entity } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { flattenAttributes } from './flatten.ts';
import type { FlatValue } from './flatten.ts';

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

const typeOf = (value: FlatValue): ColumnType =>
  typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'double' : 'string';

export class NodeColumns {
  /** Each name's type (a name whose values mix types is a string) and where it first appears. */
  private readonly seen = new Map<string, { type: ColumnType; node: number; at: number }>();

  /** One node's flat attributes; `node` is its place in the export's order. */
  add(flat: Record<string, FlatValue>, node: number): void {
    let at = 0;
    for (const name in flat) {
      const type = typeOf(flat[name]!);
      const known = this.seen.get(name);
      if (!known) this.seen.set(name, { type, node, at });
      else {
        if (known.type !== type) known.type = 'string';
        if (node < known.node || (node === known.node && at < known.at)) [known.node, known.at] = [node, at];
      }
      at += 1;
    }
  }

  columns(): Map<string, ColumnType> {
    const sorted = [...this.seen].sort(([, a], [, b]) => a.node - b.node || a.at - b.at);
    return new Map(sorted.map(([name, { type }]) => [name, type]));
  }
}
