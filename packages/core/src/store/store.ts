// The embedded store: the default home of a geokg graph. See format.ts for the files and why they are safe.
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GeoGraph } from '../graph/geograph.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import { defaultOntology } from '../ontology/load.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { DEFAULT_STORE_DIR } from '../config.ts';
import { StoreError } from './errors.ts';
import { mergeEntity } from '../model/merge.ts';
import { damaged, segmentLines } from './segment-read.ts';
import { refOf } from '../model/entity.ts';
import type { EntityRef } from '../model/entity.ts';
import { claimColumns, decodeClaim } from './claim-line.ts';
import { edgeKey } from '../graph/geograph.ts';
import { alive, takeLock } from './lock.ts';
import {
  LEFTOVER_FILE,
  LOCK_FILE,
  STORE_FORMAT,
  STORE_VERSION,
  emptyManifest,
  segmentFileNames,
  segmentFiles,
  segmentVersion,
} from './format.ts';
import type { Manifest, SegmentInfo } from './format.ts';
import { StoreWriter } from './writer.ts';
import { totalCounts } from './counts.ts';
import type { StoreStats } from './counts.ts';
import { hasCounts, scanCounts } from './scan.ts';
import { importInto, inputList } from '../import/import.ts';
import type { ImportInput, ImportOptions, ImportSummary } from '../import/import.ts';
import type { ImportRecord } from '../import/records.ts';

export { DEFAULT_STORE_DIR };

export interface LoadProgress {
  (done: number, total: number): void;
}

export class Store {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  get manifestPath(): string {
    return join(this.dir, 'manifest.json');
  }

  exists(): boolean {
    return existsSync(this.manifestPath);
  }

  manifest(): Manifest {
    if (!this.exists()) return emptyManifest();
    let m: Manifest;
    try {
      m = JSON.parse(readFileSync(this.manifestPath, 'utf8')) as Manifest;
    } catch (e) {
      throw new StoreError(
        `geokg store: ${this.manifestPath} is not valid JSON (${(e as Error).message}); restore it or rebuild the store`,
      );
    }
    if (m.format !== STORE_FORMAT)
      throw new StoreError(`geokg store: ${this.dir} is not a geokg store (no "${STORE_FORMAT}" manifest)`);
    if (m.version > STORE_VERSION) {
      throw new StoreError(
        `geokg store: ${this.dir} has format version ${m.version}, this geokg reads up to ${STORE_VERSION}; upgrade geokg`,
      );
    }
    return m;
  }

  /** The non-empty lines of one file of every segment, a chunk at a time, with the segment's layout. */
  async *lines(
    kind: 'entities' | 'claims' | 'index',
    segments: SegmentInfo[] = this.manifest().segments,
  ): AsyncGenerator<{ version: number; lines: string[]; segment: string; file: string }> {
    for (const seg of segments) {
      const version = segmentVersion(seg);
      const files = segmentFiles(seg.name, version);
      const name = files[kind];
      if (!name) continue;
      const file = { dir: this.dir, segment: seg.name, file: name, check: seg.files?.[name] };
      for await (const lines of segmentLines({ ...file, terminated: version >= 2, gzip: files.gzip }))
        yield { version, lines, segment: seg.name, file: name };
    }
  }

  /**
   * Entity records in commit order, a segment at a time (memory: one chunk); later records of one id are
   * merged into earlier ones by the caller (mergeEntity), or use entityMap().
   */
  async *entities(segments?: SegmentInfo[]): AsyncGenerator<Entity> {
    for await (const { lines, segment, file } of this.lines('entities', segments))
      for (const l of lines) yield parseLine(l, (l) => JSON.parse(l) as Entity, this.dir, segment, file);
  }

  /** Every entity with its records merged: memory in proportion to the nodes, never the claims. */
  async entityMap(ontology: Ontology = defaultOntology()): Promise<Map<string, Entity>> {
    const entities = new Map<string, Entity>();
    for await (const e of this.entities()) {
      const prev = entities.get(e.id);
      entities.set(e.id, prev ? mergeEntity(prev, e, ontology) : e);
    }
    return entities;
  }

  /**
   * Claims in commit order. Format-2 lines name their entities by id: `ref` looks them up (Store.load
   * passes its graph's); without it the entity records are read first.
   */
  async *claims(ref?: (id: string) => EntityRef, segments?: SegmentInfo[]): AsyncGenerator<Claim> {
    const lookup = ref ?? (await this.refs());
    for await (const { version, lines, segment, file } of this.lines('claims', segments)) {
      for (const l of lines)
        yield parseLine(
          l,
          (l) => (version === 1 ? (JSON.parse(l) as Claim) : decodeClaim(l, lookup)),
          this.dir,
          segment,
          file,
        );
    }
  }

  /** Claim id → edge key of every claim in the store, read without parsing claims. */
  async *index(): AsyncGenerator<[claimId: string, edgeKey: string][]> {
    for (const seg of this.manifest().segments) {
      const v1 = segmentVersion(seg) === 1;
      for await (const { lines } of this.lines(v1 ? 'index' : 'claims', [seg])) {
        yield lines.map((l): [string, string] => {
          if (!v1) {
            const c = claimColumns(l);
            return [c.id, edgeKey(c.subject, c.predicate, c.object)];
          }
          // Version 1 stored the key unescaped; it is the same key for ids without "|" or a backslash.
          const tab = l.indexOf('\t');
          return [l.slice(0, tab), l.slice(tab + 1)];
        });
      }
    }
  }

  /** Every entity (records merged) as a claim refers to it. */
  async refs(ontology: Ontology = defaultOntology()): Promise<(id: string) => EntityRef> {
    const entities = await this.entityMap(ontology);
    return this.refLookup((id) => entities.get(id));
  }

  refLookup(get: (id: string) => Entity | undefined): (id: string) => EntityRef {
    const refs = new Map<string, EntityRef>();
    return (id) => {
      let r = refs.get(id);
      if (!r) {
        const e = get(id);
        if (!e)
          throw new StoreError(
            `geokg store: ${this.dir}: a claim names ${id}, which no entity record holds; the store is damaged, rebuild it`,
          );
        refs.set(id, (r = refOf(e)));
      }
      return r;
    };
  }

  counts(): { entities: number; claims: number; segments: number } {
    const m = this.manifest();
    return {
      entities: m.segments.reduce((n, s) => n + s.entities, 0),
      claims: m.segments.reduce((n, s) => n + s.claims, 0),
      segments: m.segments.length,
    };
  }

  /**
   * Counts by kind, predicate and modality from the manifest, without reading a segment. Segments written
   * before counts existed are counted by one streaming pass (reported through onProgress) until the
   * next commit records their counts.
   */
  async stats(ontology?: Ontology, onProgress?: LoadProgress): Promise<StoreStats> {
    const { segments } = this.manifest();
    if (segments.every(hasCounts)) return totalCounts(segments);
    const counted = await scanCounts(this, segments, ontology ?? defaultOntology(), onProgress);
    return totalCounts(segments.map((s, i) => ({ ...s, counts: counted[i]! })));
  }

  /** Reads the whole store into a GeoGraph. */
  async load(ontology: Ontology = defaultOntology(), onProgress?: LoadProgress): Promise<GeoGraph> {
    const graph = new GeoGraph(ontology);
    for await (const e of this.entities()) graph.addEntity(e);
    const total = this.counts().claims;
    let done = 0;
    for await (const c of this.claims(this.refLookup((id) => graph.getEntity(id)))) {
      graph.addClaim(c);
      if (onProgress && ++done % 10_000 === 0) onProgress(done, total);
    }
    onProgress?.(total, total);
    return graph;
  }

  /**
   * Imports fact files, claim rows, GDELT exports, or records in memory (fact records, extract()'s rows),
   * all or nothing, and returns what was added: the summary `geokg import --json` prints.
   */
  import(
    inputs: ImportInput | readonly (ImportInput | ImportRecord)[],
    opts: ImportOptions = {},
  ): Promise<ImportSummary> {
    return importInto(this, inputList(inputs), opts);
  }

  /**
   * Opens a writer; nothing the manifest names changes until its commit(). The lock is taken before
   * anything else in the folder is touched: only its holder may remove what a crashed writer left.
   */
  async writer(ontology: Ontology = defaultOntology()): Promise<StoreWriter> {
    mkdirSync(this.dir, { recursive: true });
    const unlock = takeLock(join(this.dir, '.lock'));
    try {
      this.removeLeftovers();
    } catch (e) {
      unlock();
      throw e;
    }
    return StoreWriter.open(this, ontology, unlock);
  }

  /**
   * Removes files no manifest names, left by a writer that crashed or failed before its manifest swap, or
   * dropped by repair. Only for the holder of the lock.
   */
  removeLeftovers(): void {
    const named = new Set(
      this.manifest().segments.flatMap((s) => segmentFileNames(s.name, segmentVersion(s))),
    );
    for (const f of readdirSync(this.dir)) {
      const lock = LOCK_FILE.exec(f);
      const left = lock ? Number(lock[2]) !== process.pid && !alive(Number(lock[2])) : LEFTOVER_FILE.test(f);
      if (left && !named.has(f)) unlinkSync(join(this.dir, f));
    }
  }
}

/** A line parsed, or the segment named as damaged when it is not JSON (a flipped byte, a cut line). */
function parseLine<T>(line: string, parse: (l: string) => T, dir: string, segment: string, file: string): T {
  try {
    return parse(line);
  } catch (e) {
    if (e instanceof SyntaxError) throw damaged(dir, segment, `a line of ${file} is not valid JSON`);
    throw e;
  }
}

export const openStore = (dir: string = DEFAULT_STORE_DIR): Store => new Store(dir);
