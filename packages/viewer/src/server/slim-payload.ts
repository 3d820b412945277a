// What the server sends up front and what it keeps for later: every claim shrinks to its summary (the
// fields the filters read), and the full claims, with their sentences, wait per edge until the browser
// opens that edge. On 50,000 edges this takes the page's download and parse from tens of megabytes to a
// few.
import type { Claim } from '@geokg/core';
import type { ClaimSummary, ViewerPayload } from '../shared/payload.ts';

export interface SlimPayload {
  payload: ViewerPayload;
  /** Full claims by edge key. */
  claims: Map<string, Claim[]>;
}

export function summarizeClaim(c: ClaimSummary): ClaimSummary {
  return {
    modality: c.modality,
    confidence: c.confidence,
    ...(c.time ? { time: c.time } : {}),
    ...(c.source ? { source: c.source } : {}),
    ...(c.about ? { about: { id: c.about.id } } : {}),
  };
}

export function slimPayload(full: ViewerPayload): SlimPayload {
  const claims = new Map<string, Claim[]>();
  const edges = (full.graph.edges ?? []).map((e, i) => {
    const key = e.key ?? String(i);
    const all = (e.attributes?.claims ?? []) as Claim[];
    claims.set(key, all);
    // Without the aggregate's per-modality sums, which the app never reads.
    const { weights: _w, maxConfidence: _m, ...aggregate } = e.attributes!;
    return { ...e, key, attributes: { ...aggregate, claims: all.map(summarizeClaim) } };
  });
  return { payload: { ...full, graph: { ...full.graph, edges } }, claims };
}
