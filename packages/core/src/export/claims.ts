// The graph in the claim contract of `geokg extract` (docs/extraction.md#output): entity rows, Documents
// included, then claim rows; `geokg import` reads it back.
import type { GeoGraph } from '../graph/geograph.ts';
import { graphRows } from '../rows/export.ts';

/** The lines one at a time, for writing large graphs without building one string. */
export function* claimLines(graph: GeoGraph): Generator<string> {
  for (const row of graphRows(graph)) yield JSON.stringify(row);
}

export function toClaimsJsonl(graph: GeoGraph): string {
  let text = '';
  for (const line of claimLines(graph)) text += line + '\n';
  return text;
}
