// Writes one commit: new entities and claims stream into a segment under temporary names; commit() renames
// them into place and then swaps the manifest. Claims already in the store (same id) are skipped, so
// re-running an import, or finishing an interrupted one, adds no duplicates.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { mergeEntity } from '../graph/merge.ts';
import { edgeKey } from '../graph/geograph.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity, EntityRef } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { takeLock, writeAtomic } from './files.ts';
import { segmentFiles, segmentName } from './format.ts';
import type { Manifest } from './format.ts';
import type { Store } from './store.ts';

export interface CommitSummary {
  entitiesNew: number;
  entitiesUpdated: number;
  edgesNew: number;
  claimsNew: number;
  claimsKnown: number;
  /** The segment written, or undefined when there was nothing new. */
  segment?: string;
}

const BUFFER_BYTES = 1 << 20;

/** A segment file written through one reused buffer (a million claims make no million strings to join). */
class SegmentFile {
  private fd: number;
  private buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  constructor(
    readonly tmp: string,
    readonly final: string,
  ) {
    this.fd = openSync(tmp, 'w');
  }
  write(line: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; a line that may not fit is flushed around.
    if (this.used + line.length * 3 + 1 > this.buf.length) {
      this.flush();
      if (line.length * 3 + 1 > this.buf.length) {
        writeSync(this.fd, line + '\n');
        return;
      }
    }
    this.used += this.buf.write(line, this.used, 'utf8');
    this.buf[this.used++] = 10;
  }
  private flush(): void {
    if (this.used) writeSync(this.fd, this.buf, 0, this.used);
    this.used = 0;
  }
  finish(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.final);
  }
  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
    try {
      unlinkSync(this.tmp);
    } catch {
      /* never written */
    }
  }
}

export class StoreWriter {
  /** Every entity as it stands with this writer's additions merged in. */
  private readonly entities = new Map<string, Entity>();
  /** Ids first seen in this writer, and stored ids this writer has updated. */
  private readonly created = new Set<string>();
  private readonly updated = new Set<string>();
  private entityRecords = 0;
  private entitiesFile?: SegmentFile;
  private readonly claimIds = new Set<string>();
  private readonly edges = new Set<string>();
  private claimsFile?: SegmentFile;
  private indexFile?: SegmentFile;
  private readonly summary: CommitSummary = {
    entitiesNew: 0,
    entitiesUpdated: 0,
    edgesNew: 0,
    claimsNew: 0,
    claimsKnown: 0,
  };
  private done = false;

  private constructor(
    private readonly store: Store,
    private readonly ontology: Ontology,
    private readonly manifest: Manifest,
    private readonly unlock: () => void,
  ) {}

  static async open(store: Store, ontology: Ontology): Promise<StoreWriter> {
    const unlock = takeLock(join(store.dir, '.lock'));
    try {
      const w = new StoreWriter(store, ontology, store.manifest(), unlock);
      for await (const e of store.entities()) {
        const prev = w.entities.get(e.id);
        w.entities.set(e.id, prev ? mergeEntity(prev, e, ontology) : e);
      }
      for await (const [id, edge] of store.index()) {
        w.claimIds.add(id);
        w.edges.add(edge);
      }
      return w;
    } catch (e) {
      unlock();
      throw e;
    }
  }

  get stats(): Readonly<CommitSummary> {
    return this.summary;
  }

  hasClaim(id: string): boolean {
    return this.claimIds.has(id);
  }

  /**
   * Adds or merges an entity. A record is written only when it is new or says more than what is known;
   * records stream out as they come (a later record of an id merges into the earlier one on load).
   */
  addEntity(e: Entity): void {
    const known = this.entities.get(e.id);
    const merged = known ? mergeEntity(known, e, this.ontology) : e;
    if (known && JSON.stringify(merged) === JSON.stringify(known)) return;
    if (!known) {
      this.created.add(e.id);
      this.summary.entitiesNew++;
    } else if (!this.created.has(e.id) && !this.updated.has(e.id)) {
      this.updated.add(e.id);
      this.summary.entitiesUpdated++;
    }
    this.entities.set(e.id, merged);
    this.entitiesFile ??= this.file('entities');
    this.entitiesFile.write(JSON.stringify(merged));
    this.entityRecords++;
  }

  private ensureRef(ref: EntityRef | undefined): void {
    if (!ref || this.entities.has(ref.id)) return;
    const { id, kind, name, ...props } = ref;
    this.addEntity({ id, kind, name, aliases: [], props });
  }

  /** Adds a claim unless the store already has it. Returns true when it is new. */
  addClaim(c: Claim): boolean {
    if (this.claimIds.has(c.id)) {
      this.summary.claimsKnown++;
      return false;
    }
    this.ontology.checkEndpoints(c.predicate, c.subject.kind, c.object.kind);
    this.ensureRef(c.subject);
    this.ensureRef(c.object);
    this.ensureRef(c.about);
    this.ensureRef(c.claimedBy);
    const key = edgeKey(c.subject.id, c.predicate, c.object.id);
    if (!this.edges.has(key)) {
      this.edges.add(key);
      this.summary.edgesNew++;
    }
    this.claimIds.add(c.id);
    this.summary.claimsNew++;
    this.open();
    this.claimsFile!.write(JSON.stringify(c));
    this.indexFile!.write(`${c.id}\t${key}`);
    return true;
  }

  private get name(): string {
    return segmentName(this.manifest.generation + 1);
  }

  private file(kind: keyof ReturnType<typeof segmentFiles>): SegmentFile {
    const final = join(this.store.dir, segmentFiles(this.name)[kind]);
    return new SegmentFile(`${final}.tmp-${process.pid}`, final);
  }

  private open(): void {
    this.claimsFile ??= this.file('claims');
    this.indexFile ??= this.file('index');
  }

  /** Makes everything added visible at once; a crash before the manifest swap leaves the store as it was. */
  async commit(): Promise<CommitSummary> {
    if (this.done)
      throw new Error('geokg store: this writer has already been committed or aborted; open a new one');
    this.done = true;
    try {
      if (!this.entityRecords && !this.summary.claimsNew) {
        this.discardFiles();
        return { ...this.summary };
      }
      this.entitiesFile ??= this.file('entities');
      this.open();
      this.entitiesFile.finish();
      this.claimsFile!.finish();
      this.indexFile!.finish();
      const next: Manifest = {
        ...this.manifest,
        generation: this.manifest.generation + 1,
        segments: [
          ...this.manifest.segments,
          {
            name: this.name,
            entities: this.entityRecords,
            claims: this.summary.claimsNew,
            created: new Date().toISOString(),
          },
        ],
      };
      writeAtomic(this.store.manifestPath, JSON.stringify(next, null, 2) + '\n');
      return { ...this.summary, segment: this.name };
    } finally {
      this.unlock();
    }
  }

  /** Drops everything added; the store is left byte-for-byte as it was. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    this.discardFiles();
    this.unlock();
  }

  private discardFiles(): void {
    this.entitiesFile?.discard();
    this.claimsFile?.discard();
    this.indexFile?.discard();
  }
}
