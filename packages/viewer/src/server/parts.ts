// Parts of a big store chosen by URL parameters (shared/subset.ts), answered by the `select` function
// geokg view passes in (server/subgraph.ts). Each part costs two passes over the store, so the last few
// are kept, with their claims for /api/claims.json: an edge of a part may be in no other part.
import type { Claim, Ontology } from '@geokg/core';
import { subsetQuery } from '../shared/subset.ts';
import { toViewerPayload } from './payload.ts';
import type { ViewerInput } from './payload.ts';
import { slimPayload } from './slim-payload.ts';

export interface Part {
  /** The slim payload, as JSON. */
  body: Buffer;
  /** Full claims by edge key. */
  claims: Map<string, Claim[]>;
}

const KEPT = 8;

export class Parts {
  private readonly cache = new Map<string, Promise<Part>>();

  constructor(
    private readonly select: (params: URLSearchParams) => Promise<ViewerInput>,
    private readonly meta: { id?: string; title?: string; ontology?: Ontology },
  ) {}

  /** The part a query asks for (its subset parameters, in their fixed order, are the key). */
  get(search: string): Promise<Part> {
    const key = subsetQuery(search);
    let p = this.cache.get(key);
    if (!p) {
      p = this.select(new URLSearchParams(key)).then((g) => {
        const slim = slimPayload(toViewerPayload(g, this.meta));
        return { body: Buffer.from(JSON.stringify({ ...slim.payload, part: key })), claims: slim.claims };
      });
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
      if (this.cache.size > KEPT) this.cache.delete(this.cache.keys().next().value!);
    }
    return p;
  }
}
