// The on-disk store, format version 1. A folder holding manifest.json and immutable segments:
//   manifest.json            {format, version, generation, segments:[{name, entities, claims}]}
//   NNNNNN.entities.jsonl    one Entity a line (a later record of an id merges into the earlier one)
//   NNNNNN.claims.jsonl      one Claim a line
//   NNNNNN.index.tsv         claim id <TAB> edge key, so a writer learns what is known without parsing claims
// A commit writes a new segment under temporary names, renames it into place, then replaces manifest.json
// by rename: a crash at any point leaves the previous manifest, and so the previous version, readable.

export const STORE_FORMAT = 'geokg-store';
export const STORE_VERSION = 1;

export interface SegmentInfo {
  name: string;
  entities: number;
  claims: number;
  created: string;
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

export const segmentFiles = (name: string) => ({
  entities: `${name}.entities.jsonl`,
  claims: `${name}.claims.jsonl`,
  index: `${name}.index.tsv`,
});

export const segmentName = (n: number): string => String(n).padStart(6, '0');
