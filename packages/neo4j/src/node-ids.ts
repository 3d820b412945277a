// Element ids of the nodes a push has written, by geokg id, as the node batches return them. Relationships
// and claims find their endpoints by element id: in a write query a lookup through the uniqueness
// constraint is a locking index seek (a B-tree search plus a lock per endpoint), an element-id seek is
// neither, and the relationship phase costs the server about a quarter less CPU (docs/neo4j.md).
import type { Record as Neo4jRecord } from 'neo4j-driver';

export class NodeIds {
  private readonly ids = new Map<string, string>();

  get size(): number {
    return this.ids.size;
  }

  set(id: string, elementId: string): void {
    this.ids.set(id, elementId);
  }

  /** Records of a node batch: `id` and `elementId` (see mergeNodesStatement). */
  collect(records: readonly Neo4jRecord[]): void {
    for (const r of records) this.ids.set(r.get('id') as string, r.get('elementId') as string);
  }

  /** The element id of a node this push wrote; throws when its node batch has not run. */
  get(id: string): string {
    const elementId = this.ids.get(id);
    if (elementId === undefined) {
      throw new Error(
        `geokg neo4j: node "${id}" was not written before the relationships and claims that need it. ` +
          'Run the whole plan (its node batches first), as pushGraph does.',
      );
    }
    return elementId;
  }
}
