// One chunk of a parallel GDELT import: the task a worker thread is sent (whole lines of the file, as bytes)
// and what it sends back (new entities, claims already encoded as store lines by the store's own encoder,
// store/claim-batch.ts, and the chunk's counts).
import type { Problem } from '../../errors.ts';
import { encodeClaimBatch } from '../../store/claim-batch.ts';
import type { ClaimLineBatch } from '../../store/claim-batch.ts';
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
    claims: encodeClaimBatch(claims, mapper.registry.ontology),
    stats,
    problems,
  };
}
