// The embedded store: the default home of a geokg graph. See format.ts for the files and why they are safe.
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GeoGraph } from '../graph/geograph.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import { defaultOntology } from '../ontology/load.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { StoreError } from './errors.ts';
import { readLines } from './files.ts';
import { STORE_FORMAT, STORE_VERSION, emptyManifest, segmentFiles } from './format.ts';
import type { Manifest } from './format.ts';
import { StoreWriter } from './writer.ts';

export const DEFAULT_STORE_DIR = 'data';

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

  /** Entity records in commit order; later records of one id are merged into earlier ones by the caller. */
  async *entities(): AsyncGenerator<Entity> {
    for (const seg of this.manifest().segments) {
      for await (const line of readLines(join(this.dir, segmentFiles(seg.name).entities)))
        yield JSON.parse(line) as Entity;
    }
  }

  async *claims(): AsyncGenerator<Claim> {
    for (const seg of this.manifest().segments) {
      for await (const line of readLines(join(this.dir, segmentFiles(seg.name).claims)))
        yield JSON.parse(line) as Claim;
    }
  }

  /** Claim id → edge key of every claim in the store, read from the segment indexes. */
  async *index(): AsyncGenerator<[claimId: string, edgeKey: string]> {
    for (const seg of this.manifest().segments) {
      for await (const line of readLines(join(this.dir, segmentFiles(seg.name).index))) {
        const tab = line.indexOf('\t');
        yield [line.slice(0, tab), line.slice(tab + 1)];
      }
    }
  }

  counts(): { entities: number; claims: number; segments: number } {
    const m = this.manifest();
    return {
      entities: m.segments.reduce((n, s) => n + s.entities, 0),
      claims: m.segments.reduce((n, s) => n + s.claims, 0),
      segments: m.segments.length,
    };
  }

  /** Reads the whole store into a GeoGraph. */
  async load(ontology: Ontology = defaultOntology(), onProgress?: LoadProgress): Promise<GeoGraph> {
    const graph = new GeoGraph(ontology);
    for await (const e of this.entities()) graph.addEntity(e);
    const total = this.counts().claims;
    let done = 0;
    for await (const c of this.claims()) {
      graph.addClaim(c);
      if (onProgress && ++done % 10_000 === 0) onProgress(done, total);
    }
    onProgress?.(total, total);
    return graph;
  }

  /** Opens a writer; nothing on disk changes until its commit(). */
  async writer(ontology: Ontology = defaultOntology()): Promise<StoreWriter> {
    mkdirSync(this.dir, { recursive: true });
    this.removeOrphans();
    return StoreWriter.open(this, ontology);
  }

  /** Segment files that no manifest names, left by a crash between writing a segment and the manifest. */
  private removeOrphans(): void {
    const named = new Set(this.manifest().segments.flatMap((s) => Object.values(segmentFiles(s.name))));
    for (const f of readdirSync(this.dir)) {
      if (/^\d{6}\.(entities\.jsonl|claims\.jsonl|index\.tsv)$/.test(f) && !named.has(f))
        unlinkSync(join(this.dir, f));
    }
  }
}

export const openStore = (dir: string = DEFAULT_STORE_DIR): Store => new Store(dir);
