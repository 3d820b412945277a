// Queries over a loaded ontology: ancestry, endpoint checks, CAMEO lookup and the Neo4j names derived from it.
import { SchemaViolation } from './errors.ts';
import type { EdgeKind, NodeKind } from './types.ts';

export class Ontology {
  readonly nodeKinds: ReadonlyMap<string, NodeKind>;
  readonly edgeKinds: ReadonlyMap<string, EdgeKind>;
  private readonly cameoIndex: [string, EdgeKind][];

  constructor(nodeKinds: Map<string, NodeKind>, edgeKinds: Map<string, EdgeKind>) {
    this.nodeKinds = nodeKinds;
    this.edgeKinds = edgeKinds;
    // Longest prefix first so that 0256 wins over 02 and 1712 over 17.
    this.cameoIndex = [...edgeKinds.values()]
      .flatMap((e) => e.cameo.map((c) => [c, e] as [string, EdgeKind]))
      .sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
  }

  hasKind(name: string): boolean {
    return this.nodeKinds.has(name);
  }

  kind(name: string): NodeKind {
    const k = this.nodeKinds.get(name);
    if (!k) throw new SchemaViolation(`unknown kind "${name}" (known: ${this.concreteKinds().join(', ')})`);
    return k;
  }

  edge(name: string): EdgeKind {
    const e = this.edgeKinds.get(name);
    if (!e)
      throw new SchemaViolation(
        `unknown predicate "${name}" (known: ${[...this.edgeKinds.keys()].join(', ')})`,
      );
    return e;
  }

  concreteKinds(): string[] {
    return [...this.nodeKinds.values()].filter((k) => !k.abstract).map((k) => k.name);
  }

  /** The kind and its ancestors, most specific first. */
  lineage(kind: string): string[] {
    return this.kind(kind).lineage;
  }

  isA(kind: string, ancestor: string): boolean {
    return this.nodeKinds.get(kind)?.lineage.includes(ancestor) ?? false;
  }

  /** Throws SchemaViolation naming both kinds when an edge may not join them. */
  checkEndpoints(predicate: string, sourceKind: string, targetKind: string): void {
    const e = this.edge(predicate);
    const okSource = e.source.some((k) => this.isA(sourceKind, k));
    const okTarget = e.target.some((k) => this.isA(targetKind, k));
    if (!okSource || !okTarget) {
      throw new SchemaViolation(
        `"${predicate}" cannot join ${sourceKind} → ${targetKind}: it goes from ${e.source.join('|')} to ${e.target.join('|')}`,
      );
    }
  }

  /** Edge kind for a CAMEO event code by longest matching prefix, or undefined. */
  edgeForCameo(code: string): EdgeKind | undefined {
    return this.cameoIndex.find(([prefix]) => code.startsWith(prefix))?.[1];
  }

  /** Of two kinds claimed for one node, the more specific one when they lie on one line of descent. */
  moreSpecific(a: string, b: string): string | undefined {
    if (a === b || this.isA(a, b)) return a;
    if (this.isA(b, a)) return b;
    return undefined;
  }

  /** Neo4j labels: the lineage without the abstract root kinds, most general first (`Facility`, `PumpingStation`). */
  neo4jLabels(kind: string): string[] {
    return this.lineage(kind)
      .filter((k) => k !== 'Thing')
      .reverse();
  }

  /** Neo4j relationship type: `requests-explanation` → `REQUESTS_EXPLANATION`. */
  neo4jType(predicate: string): string {
    return this.edge(predicate).name.toUpperCase().replace(/-/g, '_');
  }
}
