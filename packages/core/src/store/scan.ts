// Counts of segments written before the manifest held them (format.ts, SegmentCounts): one streaming pass
// in commit order, keeping an id → kind map and 64-bit edge hashes (counts.ts), never a claim.
import { edgeKey } from '../graph/geograph.ts';
import type { Claim } from '../model/claim.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { claimColumns } from './claim-line.ts';
import { CountTracker, modalityOfJson } from './counts.ts';
import type { SegmentCounts, SegmentInfo } from './format.ts';
import type { LoadProgress, StoreReader } from './reader.ts';

export const hasCounts = (s: SegmentInfo): s is SegmentInfo & { counts: SegmentCounts } =>
  s.counts !== undefined;

/** The counts of every segment, in order (each a delta against the segments before it). */
export async function scanCounts(
  store: StoreReader,
  segments: SegmentInfo[],
  ontology: Ontology,
  onProgress?: LoadProgress,
): Promise<SegmentCounts[]> {
  const tracker = new CountTracker(ontology);
  const total = segments.reduce((n, s) => n + s.claims, 0);
  let done = 0;
  const out: SegmentCounts[] = [];
  for (const seg of segments) {
    for await (const { lines } of store.lines('entities', [seg])) {
      for (const l of lines) {
        const e = JSON.parse(l) as { id: string; kind: string };
        tracker.entity(e.id, e.kind);
      }
    }
    for await (const { version, lines } of store.lines('claims', [seg])) {
      for (const l of lines) {
        if (version === 1) {
          const c = JSON.parse(l) as Claim;
          tracker.claim(edgeKey(c.subject.id, c.predicate, c.object.id), c.predicate, c.modality);
        } else {
          const c = claimColumns(l);
          tracker.claim(
            edgeKey(c.subject, c.predicate, c.object),
            c.predicate,
            modalityOfJson(l.slice(c.rest)),
          );
        }
      }
      done += lines.length;
      onProgress?.(done, total);
    }
    out.push(tracker.next());
  }
  return out;
}

/** The segments with their counts, scanned when any lacks them: how a commit upgrades an older store. */
export async function withCounts(
  store: StoreReader,
  segments: SegmentInfo[],
  ontology: Ontology,
): Promise<SegmentInfo[]> {
  if (segments.every(hasCounts)) return segments;
  const counted = await scanCounts(store, segments, ontology);
  return segments.map((s, i) => ({ ...s, counts: counted[i]! }));
}
