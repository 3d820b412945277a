// What a GDELT worker thread hands the store writer: claims it encoded as store lines (claim-line.ts).

/**
 * Claims encoded on another thread (gdelt/chunk.ts), in bulk: their lines as UTF-8, one after another, each
 * ending in "\n", with where each ends, their ids and the 64-bit hashes of their edge keys (hash-set.ts).
 * Whoever encodes them has checked their endpoints and added every entity they name first.
 */
export interface ClaimLineBatch {
  /** The claim ids, joined by "\n". */
  ids: string;
  /** hash64 of each id and each edge key: two 32-bit words per claim. */
  idHashes: Uint32Array;
  edgeHashes: Uint32Array;
  bytes: Uint8Array;
  /** Byte offset just past each line's "\n". */
  ends: Uint32Array;
  /** Each claim's predicate, joined by "\n", and its modality as an index into MODALITIES: for the counts. */
  predicates: string;
  modalities: Uint8Array;
}
