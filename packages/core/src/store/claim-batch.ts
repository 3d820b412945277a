// What a GDELT worker thread hands the store writer: claims encoded as store lines (claim-line.ts), by the
// encoder here, so that the line format and hashing stay in store/ and the GDELT reader never names them.
import { edgeKey } from '../graph/geograph.ts';
import { MODALITIES } from '../model/claim.ts';
import type { Claim } from '../model/claim.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { encodeClaim } from './claim-line.ts';
import { hash64 } from './hash-set.ts';

/**
 * Claims encoded on another thread (encodeClaimBatch, called by gdelt/threads/chunk.ts), in bulk: their lines
 * as UTF-8, one after another, each ending in "\n", with where each ends, their ids and the 64-bit hashes of
 * their edge keys (hash-set.ts).
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

/**
 * The claims as a ClaimLineBatch for StoreWriter.addClaimLines, in memory of its own (to be transferred to
 * another thread). Checks each claim's endpoint kinds, as the writer's addClaim does.
 */
export function encodeClaimBatch(claims: Claim[], ontology: Ontology): ClaimLineBatch {
  const ids: string[] = []; // joined for the importing thread: one string to copy, and to keep
  const idHashes = new Uint32Array(2 * claims.length);
  const edgeHashes = new Uint32Array(2 * claims.length);
  const ends = new Uint32Array(claims.length);
  const modalities = new Uint8Array(claims.length);
  let bytes = Buffer.allocUnsafeSlow(1 << 20);
  let used = 0;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    ontology.checkEndpoints(c.predicate, c.subject.kind, c.object.kind);
    const line = encodeClaim(c);
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (used + 3 * line.length + 1 > bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(2 * bytes.length, used + 3 * line.length + 1));
      bytes.copy(bigger, 0, 0, used);
      bytes = bigger;
    }
    used += bytes.write(line, used);
    bytes[used++] = 10;
    ends[i] = used;
    ids.push(c.id);
    modalities[i] = MODALITIES.indexOf(c.modality);
    hash64(c.id, idHashes, 2 * i);
    hash64(edgeKey(c.subject.id, c.predicate, c.object.id), edgeHashes, 2 * i);
  }
  return {
    ids: ids.join('\n'),
    idHashes,
    edgeHashes,
    bytes: bytes.subarray(0, used),
    ends,
    predicates: claims.map((c) => c.predicate).join('\n'),
    modalities,
  };
}
