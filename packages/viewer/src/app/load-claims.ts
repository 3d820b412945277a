// An edge's full claims (sentences, triggers, documents), fetched when the evidence panel opens the
// edge: the graph payload carries only their summaries. Kept once fetched.
import type { Claim } from '@geokg/core';

const cache = new Map<string, Promise<Claim[]>>();
/** The part of the store the page shows (shared/subset.ts): its claims come from that part. */
let part = '';

export function setClaimsPart(query: string): void {
  part = query;
}

export function loadClaims(edge: string, base = './api/claims.json'): Promise<Claim[]> {
  let claims = cache.get(edge);
  if (!claims) {
    const url = `${base}?edge=${encodeURIComponent(edge)}${part ? `&${part}` : ''}`;
    claims = fetch(url, { cache: 'no-store' }).then(async (res) => {
      if (!res.ok) {
        throw new Error(
          `geokg viewer: the claims of ${edge} could not be loaded (${res.status}); reload the page or restart \`geokg view\``,
        );
      }
      return (await res.json()) as Claim[];
    });
    // A failed fetch is not kept: opening the edge again tries again.
    claims.catch(() => cache.delete(edge));
    cache.set(edge, claims);
  }
  return claims;
}
