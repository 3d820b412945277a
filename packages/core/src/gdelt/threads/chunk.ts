// One chunk of a parallel GDELT import: the task a worker thread is sent (whole lines of the file, as bytes)
// and what it sends back (new entities, claims already encoded as store lines, the chunk's counts).
import type { Problem } from '../../errors.ts';
import { edgeKey } from '../../graph/geograph.ts';
import { MODALITIES } from '../../model/claim.ts';
import type { Claim } from '../../model/claim.ts';
import type { Ontology } from '../../ontology/ontology.ts';
import { encodeClaim } from '../../store/claim-line.ts';
import { hash64 } from '../../store/hash-set.ts';
import type { ClaimLineBatch } from '../../store/writer.ts';
import type { GdeltBatch, GdeltMapper } from '../map/mapper.ts';
import { splitLines } from '../../io/lines.ts';
import { mapLines } from '../map/lines.ts';
import { emptyGdeltStats } from '../stats.ts';
import type { GdeltStats } from '../stats.ts';

export interface ChunkTask {
  seq: number;
  file: string;
  /** 1-based line number of the chunk's first line. */
  firstLine: number;
  /** Whole lines (the last one ends the chunk), UTF-8. */
  bytes: Uint8Array;
  skipBad: boolean;
  /** A bad row was seen in an earlier chunk: only check these rows. */
  refused: boolean;
}

export interface ChunkResult {
  seq: number;
  /** New entities as JSON records, with their ids. */
  entityIds: string[];
  entityLines: string[];
  claims: ClaimLineBatch;
  stats: GdeltStats;
  problems: Problem[];
}

/** The lines of a chunk, without line ends (the chunk's own last line end starts no line). */
export function chunkLines(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return splitLines(text.endsWith('\n') ? text.slice(0, -1) : text);
}

/** Maps a chunk with a mapper kept from chunk to chunk; it hands on every entity its claims name, once. */
export function runChunk(task: ChunkTask, mapper: GdeltMapper): ChunkResult {
  const stats = emptyGdeltStats();
  const problems: Problem[] = [];
  const out: GdeltBatch = { entities: [], claims: [] };
  const ctx = {
    path: task.file,
    mapper,
    stats,
    skipBad: task.skipBad,
    problems,
    refused: task.refused,
  };
  mapLines(chunkLines(task.bytes), task.firstLine, ctx, out);
  const refused = task.refused || problems.length > 0;
  const claims = refused ? [] : out.claims;
  const entities = refused ? [] : out.entities;
  stats.entities = entities.length;
  stats.claims = claims.length;
  return {
    seq: task.seq,
    entityIds: entities.map((e) => e.id),
    entityLines: entities.map((e) => JSON.stringify(e)),
    claims: encodeClaims(claims, mapper.registry.ontology),
    stats,
    problems,
  };
}

/** The claims as a ClaimLineBatch for StoreWriter.addClaimLines, in memory of its own (to be transferred). */
function encodeClaims(claims: Claim[], ontology: Ontology): ClaimLineBatch {
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
