// The on-disk store, format version 3. A folder holding manifest.json and immutable segments:
//   manifest.json              {format, version, generation, segments:[{name, version, entities, claims, counts,
//                              files: {NAME: {bytes, sha256}}}]}
//   NNNNNN.entities.jsonl.gz   one Entity a line (a later record of an id merges into the earlier one)
//   NNNNNN.claims.tsv.gz       one claim a line: id, subject, predicate, object, then JSON (claim-line.ts)
// Version 3 segments are gzip (level 1, one member per MiB of text: `zcat` reads them); version 2 segments,
// the same lines uncompressed (NNNNNN.entities.jsonl, NNNNNN.claims.tsv), are still read as they are.
// Version 1 segments (still read): NNNNNN.claims.jsonl with whole claims, and NNNNNN.index.tsv holding
// claim id <TAB> edge key. A store is upgraded by its next commit, which writes a version 2 segment.
// A commit writes a new segment under temporary names, renames it into place, then replaces manifest.json
// by rename: a crash at any point leaves the previous manifest, and so the previous version, readable.

export const STORE_FORMAT = 'geokg-store';
export const STORE_VERSION = 3;

export interface SegmentInfo {
  name: string;
  /** The segment's layout; absent in version 1 manifests. */
  version?: number;
  entities: number;
  claims: number;
  created: string;
  /** What the segment adds to the store's counts (counts.ts); absent in stores written before it. */
  counts?: SegmentCounts;
  /** Each file's size and SHA-256, checked when it is read (segment-read.ts); absent in older stores. */
  files?: Record<string, FileCheck>;
}

export interface FileCheck {
  bytes: number;
  sha256: string;
}

/**
 * A segment's contribution to `geokg stats`, written at commit so that counting never loads the store.
 * All are deltas against the store before the segment: summed over the segments they give the totals.
 */
export interface SegmentCounts {
  /** Entities first seen here, by kind; an entity whose kind became more specific moves (-1, +1). */
  kinds: Record<string, number>;
  /** Edges (one per subject–predicate–object) first seen here, by predicate. */
  predicates: Record<string, number>;
  /** The segment's claims by modality. */
  modalities: Record<string, number>;
}

export interface Manifest {
  format: typeof STORE_FORMAT;
  version: number;
  generation: number;
  segments: SegmentInfo[];
}

export const emptyManifest = (): Manifest => ({
  format: STORE_FORMAT,
  version: STORE_VERSION,
  generation: 0,
  segments: [],
});

export interface SegmentFiles {
  entities: string;
  claims: string;
  /** Gzip-compressed (version 3 on). */
  gzip: boolean;
  /** Version 1 only. */
  index?: string;
}

export const segmentVersion = (s: SegmentInfo): number => s.version ?? 1;

export const segmentFiles = (name: string, version: number = STORE_VERSION): SegmentFiles =>
  version === 1
    ? {
        entities: `${name}.entities.jsonl`,
        claims: `${name}.claims.jsonl`,
        index: `${name}.index.tsv`,
        gzip: false,
      }
    : version === 2
      ? { entities: `${name}.entities.jsonl`, claims: `${name}.claims.tsv`, gzip: false }
      : { entities: `${name}.entities.jsonl.gz`, claims: `${name}.claims.tsv.gz`, gzip: true };

/** The file names of a segment (for cleaning up: everything but the gzip flag). */
export const segmentFileNames = (name: string, version: number): string[] => {
  const { gzip: _gzip, ...files } = segmentFiles(name, version);
  return Object.values(files) as string[];
};

/**
 * What a crash or a failed commit may leave, for the next lock holder to remove unless the manifest names
 * it: segment files, and any file under a writer's temporary name (`NAME.tmp-PID`, files.ts).
 */
export const LEFTOVER_FILE =
  /^(\d{6}\.(entities\.jsonl|claims\.jsonl|claims\.tsv|index\.tsv)(\.gz)?|.+\.tmp-\d+)$/;

/** A lock's private file (lock.ts), left when its writer was killed while taking the lock. */
export const LOCK_FILE = /^\.lock\.(takeover\.)?(\d+)$/;

export const segmentName = (n: number): string => String(n).padStart(6, '0');
