// The commit point of a writer: its two segment files, flushed and checked, are renamed into place, then the
// manifest naming them replaces the old one by rename, with the folder flushed after each rename so that a
// power loss cannot undo a reported commit. Until the manifest rename the store is as it was (the files
// under their final names are leftovers no manifest names); from it on, the new segment is the store.
import { renameSync } from 'node:fs';
import { basename } from 'node:path';
import { commitStep } from './fault.ts';
import { fsyncDir, tmpName, writeSynced } from './files.ts';
import { STORE_VERSION } from './format.ts';
import type { Manifest, SegmentInfo } from './format.ts';
import { writeFailed } from './segment-file.ts';
import type { SegmentFile } from './segment-file.ts';

export interface NewSegment {
  dir: string;
  manifestPath: string;
  /** The manifest the writer opened, and its segments as they stand now (counted: scan.ts, withCounts). */
  manifest: Manifest;
  previous: SegmentInfo[];
  segment: Required<Pick<SegmentInfo, 'name' | 'entities' | 'claims' | 'counts'>>;
  entities: SegmentFile;
  claims: SegmentFile;
}

/**
 * Publishes the segment. `swapped` is called as soon as the manifest has been renamed: from then on
 * nothing may be removed, even if the last flush of the folder fails (that failure is still reported).
 */
export function publishSegment(s: NewSegment, swapped: () => void): void {
  const files = {
    [basename(s.entities.final)]: s.entities.finish(),
    [basename(s.claims.final)]: s.claims.finish(),
  };
  commitStep('segment-written');
  s.entities.rename();
  fsyncDir(s.dir);
  commitStep('entities-renamed');
  s.claims.rename();
  fsyncDir(s.dir);
  commitStep('claims-renamed');
  const next: Manifest = {
    ...s.manifest,
    version: STORE_VERSION,
    generation: s.manifest.generation + 1,
    segments: [
      ...s.previous,
      {
        name: s.segment.name,
        version: STORE_VERSION,
        entities: s.segment.entities,
        claims: s.segment.claims,
        created: new Date().toISOString(),
        counts: s.segment.counts,
        files,
      },
    ],
  };
  try {
    writeSynced(tmpName(s.manifestPath), JSON.stringify(next, null, 2) + '\n');
    commitStep('manifest-written');
    renameSync(tmpName(s.manifestPath), s.manifestPath);
  } catch (e) {
    throw writeFailed(e, s.manifestPath);
  }
  swapped();
  fsyncDir(s.dir); // a failure here is a commit that a power loss could still undo: it is reported
  commitStep('manifest-renamed');
}
