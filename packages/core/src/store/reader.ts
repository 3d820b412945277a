// The read side of the store: its manifest and the lines, entities and claims of its segments, streamed a
// chunk at a time. Store (store.ts) adds writing, importing and loading on top; the writer, the counts scan
// and the push's touched part need only this, so they import it rather than Store (no import circle).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { edgeKey } from '../graph/geograph.ts';
import type { Claim } from '../model/claim.ts';
import { refOf } from '../model/entity.ts';
import type { Entity, EntityRef } from '../model/entity.ts';
import { mergeEntity } from '../model/merge.ts';
import { defaultOntology } from '../ontology/load.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { claimColumns, decodeClaim } from './claim-line.ts';
import { StoreError } from './errors.ts';
import { STORE_FORMAT, STORE_VERSION, emptyManifest, segmentFiles, segmentVersion } from './format.ts';
import type { Manifest, SegmentInfo } from './format.ts';
import { damaged, segmentLines } from './segment-read.ts';

export interface LoadProgress {
  (done: number, total: number): void;
}

export class StoreReader {
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
