// The order generated files list kinds in: the kind tree depth-first, children by name; edges by category.
import type { EdgeKind, NodeKind, Ontology } from '@geokg/core/ontology';

export function kindTree(ontology: Ontology): { kind: NodeKind; depth: number }[] {
  const children = new Map<string | undefined, NodeKind[]>();
  for (const k of ontology.nodeKinds.values())
    children.set(k.extends, [...(children.get(k.extends) ?? []), k]);
  const out: { kind: NodeKind; depth: number }[] = [];
  const walk = (parent: string | undefined, depth: number): void => {
    for (const kind of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({ kind, depth });
      walk(kind.name, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}

export const edgesOf = (ontology: Ontology, category: EdgeKind['category']): EdgeKind[] =>
  [...ontology.edgeKinds.values()].filter((e) => e.category === category);

/** Properties of a kind, inherited ones first (the root's), each once. */
export function propertiesOf(ontology: Ontology, kind: NodeKind) {
  const lineage = [...kind.lineage].reverse();
  return [...kind.properties.values()].sort(
    (a, b) => lineage.indexOf(a.declaredBy) - lineage.indexOf(b.declaredBy),
  );
}
