// The GDELT reader's and import's types, in one module that imports none of their code, so that the serial
// path (read.ts, import.ts) and the threaded one (threads/) share them without importing each other.
// Options take undefined for "not given", so that a caller passes its own optional values straight on.
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import type { Registry } from '../registry/registry.ts';
import type { ClaimLineBatch } from '../store/claim-batch.ts';
import type { GdeltMapper } from './map/mapper.ts';
import type { GdeltStats } from './stats.ts';

export interface GdeltProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface GdeltOptions {
  registry: Registry;
  /** Defaults to the registry's ontology; must be the same one. */
  ontology?: Ontology | undefined;
  /** Skip bad rows and count them (stats.skippedBy) instead of refusing the file. */
  skipBad?: boolean | undefined;
  onProgress?: ((p: GdeltProgress) => void) | undefined;
  /** Shares what one import has seen across its files; made fresh when absent. */
  mapper?: GdeltMapper | undefined;
  /** Filled in while reading: rows, claims, skipped rows and why. */
  stats?: GdeltStats | undefined;
}

/** What importGdelt needs of a writer: StoreWriter has it (and a GeoGraph adapter would). */
export interface GdeltSink {
  addEntity(e: Entity): void;
  addClaim(c: Claim): unknown;
  /** Entities and claims encoded by worker threads (StoreWriter has these): only such sinks get threads. */
  addEntityLine?(id: string, line: string): unknown;
  addClaimLines?(batch: ClaimLineBatch): unknown;
}

export type GdeltLineSink = GdeltSink & Required<Pick<GdeltSink, 'addEntityLine' | 'addClaimLines'>>;

export interface GdeltImportOptions {
  registry: Registry;
  /**
   * The entities added to a fresh default registry to make `registry` (what the store already holds), so
   * that worker threads can rebuild it. Without it, only the default registry itself goes to threads.
   */
  registryAdditions?: Entity[] | undefined;
  /** Worker threads that map rows (0: all on this thread). Default: one per CPU core, at most 4. */
  workers?: number | undefined;
  /**
   * Inputs smaller than this (bytes, all files) are mapped on this thread: workers take ~1 s of CPU to start,
   * which ~250,000 rows (~100 MiB) win back on 2 cores. Default 96 MiB.
   */
  parallelMinBytes?: number | undefined;
  /** Bytes of rows handed to a thread at a time (default 256 KiB). */
  chunkBytes?: number | undefined;
  skipBad?: boolean | undefined;
  onProgress?: ((p: GdeltProgress & { fileIndex: number; files: number }) => void) | undefined;
}

export interface GdeltImportSummary extends GdeltStats {
  files: number;
  /**
   * Which path mapped the rows: `threads` (worker threads) or `serial` (this thread — small inputs, a
   * sink without line methods, or `workers: 0`). The import falls back quietly, so tests assert this.
   */
  path: 'threads' | 'serial';
}
