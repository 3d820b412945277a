// `geokg repair`: takes a store whose segments do not all match what their commits wrote back to its last
// whole version. Segments are checked in commit order (size, SHA-256, every line parsed); the first damaged
// one and all after it are dropped from the manifest, whose swap is the same atomic rename a commit makes.
// What they held must be imported again: the result names them with their counts.
import { join } from 'node:path';
import { renameSync } from 'node:fs';
import { claimColumns } from './claim-line.ts';
import { StoreError } from './errors.ts';
import { fsyncDir, tmpName, writeSynced } from './files.ts';
import type { SegmentInfo } from './format.ts';
import { segmentVersion } from './format.ts';
import { takeLock } from './lock.ts';
import { DamagedSegmentError } from './segment-read.ts';
import type { Store } from './store.ts';

export interface RepairResult {
  /** Segments kept, all whole. */
  kept: number;
  /** Segments dropped, in commit order, and what is wrong with the first one. */
  dropped: SegmentInfo[];
  problem?: string;
}

/** Reads every line of a segment; throws the StoreError that names it when it is damaged. */
async function checkSegment(store: Store, seg: SegmentInfo): Promise<void> {
  for await (const { lines } of store.lines('entities', [seg])) for (const l of lines) JSON.parse(l);
  const v1 = segmentVersion(seg) === 1;
  for await (const { lines } of store.lines('claims', [seg]))
    for (const l of lines) JSON.parse(v1 ? l : l.slice(claimColumns(l).rest));
  if (v1) for await (const chunk of store.lines('index', [seg])) void chunk;
}

export async function repairStore(store: Store): Promise<RepairResult> {
  if (!store.exists())
    throw new StoreError(`geokg store: ${store.dir} has no manifest.json: nothing to repair`);
  const release = takeLock(join(store.dir, '.lock'));
  try {
    const manifest = store.manifest();
    const { segments } = manifest;
    let kept = segments.length;
    let problem: string | undefined;
    for (const [i, seg] of segments.entries()) {
      try {
        await checkSegment(store, seg);
      } catch (e) {
        if (!(e instanceof StoreError) && !(e instanceof SyntaxError)) throw e;
        kept = i;
        problem =
          e instanceof DamagedSegmentError ? e.detail : `a line is not valid (${(e as Error).message})`;
        break;
      }
    }
    if (kept === segments.length) return { kept, dropped: [] };
    // The generation stays: the next commit's segment gets a name no dropped segment had.
    const next = { ...manifest, segments: segments.slice(0, kept) };
    const path = store.manifestPath;
    writeSynced(tmpName(path), JSON.stringify(next, null, 2) + '\n');
    renameSync(tmpName(path), path);
    fsyncDir(store.dir);
    store.removeLeftovers();
    return { kept, dropped: segments.slice(kept), ...(problem ? { problem } : {}) };
  } finally {
    release();
  }
}
