// Every claim of the graph, one JSON object a line, in the `{"type":"claim",...}` shape of `geokg extract`.
import type { GeoGraph } from '../graph/geograph.ts';

/** The lines one at a time, for writing large graphs without building one string. */
export function* claimLines(graph: GeoGraph): Generator<string> {
  for (const claim of graph.claims()) yield JSON.stringify({ type: 'claim', ...claim });
}

export function toClaimsJsonl(graph: GeoGraph): string {
  let text = '';
  for (const line of claimLines(graph)) text += line + '\n';
  return text;
}
