// Writes one commit: new entities and claims stream into a segment under temporary names; commit() renames
// them into place and then swaps the manifest. Claims already in the store (same id) are skipped, so
// re-running an import, or finishing an interrupted one, adds no duplicates.
import { join } from 'node:path';
import { publishSegment } from './commit.ts';
import { SegmentFile } from './segment-file.ts';
import { mergeEntity } from '../model/merge.ts';
import { edgeKey } from '../graph/geograph.ts';
import { MODALITIES } from '../model/claim.ts';
import type { Claim } from '../model/claim.ts';
import { entityOfRef } from '../model/entity.ts';
import { idProblem } from '../model/ids.ts';
import { GeokgError } from '../errors.ts';
import type { Entity, EntityRef } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { tmpName, unlinkQuietly } from './files.ts';
import type { ClaimLineBatch } from './claim-batch.ts';
import { encodeClaim } from './claim-line.ts';
import { bump, emptyCounts, kindOfLine } from './counts.ts';
import { withCounts } from './scan.ts';
import { HashSet64, hash64 } from './hash-set.ts';
import { IdSet } from './id-set.ts';
import { segmentFiles, segmentName } from './format.ts';
import type { Manifest, SegmentCounts } from './format.ts';
import type { StoreReader } from './reader.ts';

export interface CommitSummary {
  entitiesNew: number;
  entitiesUpdated: number;
  edgesNew: number;
  claimsNew: number;
  claimsKnown: number;
  /** The segment written, or undefined when there was nothing new. */
  segment?: string;
}

export type { ClaimLineBatch };

export class StoreWriter {
  /**
   * Every entity as it stands with this writer's additions merged in. An entity added as an encoded line
   * stays a string until it needs merging: parsing half a million records nobody merges is wasted time.
   */
  private readonly entities = new Map<string, Entity | string>();
  /** Ids first seen in this writer, and stored ids this writer has updated. */
  private readonly created = new Set<string>();
  private readonly updated = new Set<string>();
  private entityRecords = 0;
  private entitiesFile?: SegmentFile;
  /** Claim ids the store holds, and those this writer has added. */
  private readonly claimIds = new IdSet();
  private readonly edges = new HashSet64();
  private readonly idHash = new Uint32Array(2);
  private readonly edgeHash = new Uint32Array(2);
  private claimsFile?: SegmentFile;
  private readonly summary: CommitSummary = {
    entitiesNew: 0,
    entitiesUpdated: 0,
    edgesNew: 0,
    claimsNew: 0,
    claimsKnown: 0,
  };
  /** What this commit adds to the store's counts (format.ts, SegmentCounts). */
  private readonly counts: SegmentCounts = emptyCounts();
  private state: 'open' | 'committing' | 'committed' | 'closed' = 'open';

  private constructor(
    private readonly store: StoreReader,
    private readonly ontology: Ontology,
    private readonly manifest: Manifest,
    private unlock: () => void,
  ) {}

  /** Reads what the store holds; `unlock` releases the lock the caller has taken (Store.writer). */
  static async open(store: StoreReader, ontology: Ontology, unlock: () => void): Promise<StoreWriter> {
    try {
      const w = new StoreWriter(store, ontology, store.manifest(), unlock);
      for await (const e of store.entities()) {
        const prev = w.entity(e.id);
        w.entities.set(e.id, prev ? mergeEntity(prev, e, ontology) : e);
      }
      for await (const pairs of store.index()) {
        for (const [id, edge] of pairs) {
          w.claimIds.add(id);
          w.edges.add(edge);
        }
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
    return this.claimIds.indexOf(id) >= 0;
  }

  private entity(id: string): Entity | undefined {
    const e = this.entities.get(id);
    return typeof e === 'string' ? (JSON.parse(e) as Entity) : e;
  }

  /**
   * Adds or merges an entity. A record is written only when it is new or says more than what is known;
   * records stream out as they come (a later record of an id merges into the earlier one on load).
   */
  addEntity(e: Entity): void {
    // Readers check ids with the file and line; this catches one that a reader let through.
    const problem = idProblem(e.id, e.kind, this.ontology.kind(e.kind).idPrefix);
    if (problem) throw new GeokgError(`geokg: entity "${e.name}" (${e.kind}): ${problem}`, 'input');
    const known = this.entity(e.id);
    if (!known) {
      this.record(e.id, JSON.stringify(e), e, e.kind);
      return;
    }
    const merged = mergeEntity(known, e, this.ontology);
    const line = JSON.stringify(merged);
    if (line !== JSON.stringify(known)) this.record(e.id, line, merged, merged.kind, known.kind);
  }

  /** addEntity for an entity already encoded as JSON (by a worker thread); skips parsing when it is new. */
  addEntityLine(id: string, line: string): void {
    const known = this.entities.get(id);
    if (known === undefined) this.record(id, line, line, kindOfLine(line) ?? '');
    else if (known !== line) this.addEntity(JSON.parse(line) as Entity);
  }

  private record(id: string, line: string, value: Entity | string, kind: string, prevKind?: string): void {
    if (kind !== prevKind) {
      if (prevKind !== undefined) bump(this.counts.kinds, prevKind, -1);
      bump(this.counts.kinds, kind);
    }
    if (!this.entities.has(id)) {
      this.created.add(id);
      this.summary.entitiesNew++;
    } else if (!this.created.has(id) && !this.updated.has(id)) {
      this.updated.add(id);
      this.summary.entitiesUpdated++;
    }
    this.entities.set(id, value);
    this.entitiesFile ??= this.file('entities');
    this.entitiesFile.write(line);
    this.entityRecords++;
  }

  private ensureRef(ref: EntityRef | undefined): void {
    if (ref && !this.entities.has(ref.id)) this.addEntity(entityOfRef(ref));
  }

  /** Takes in a claim id; false (and counted as known) when the store or this writer has it already. */
  private isNewAt(index: number): boolean {
    if (index < 0) return true;
    this.summary.claimsKnown++;
    return false;
  }

  /** Adds a claim unless the store already has it. Returns true when it is new. */
  addClaim(c: Claim): boolean {
    // One hash of the id for the lookup and the insertion.
    hash64(c.id, this.idHash, 0);
    if (!this.isNewAt(this.claimIds.indexOf(c.id, this.idHash))) return false;
    // Checked before any entity of a bad claim is written.
    this.ontology.checkEndpoints(c.predicate, c.subject.kind, c.object.kind);
    this.claimIds.add(c.id, this.idHash);
    this.ensureRef(c.subject);
    this.ensureRef(c.object);
    this.ensureRef(c.about);
    this.ensureRef(c.claimedBy);
    const line = encodeClaim(c);
    hash64(edgeKey(c.subject.id, c.predicate, c.object.id), this.edgeHash, 0);
    this.count(this.edgeHash, 0, c.predicate, c.modality);
    this.claimsFile ??= this.file('claims');
    this.claimsFile.write(line);
    return true;
  }

  private count(edgeHashes: Uint32Array, at: number, predicate: string, modality: string): void {
    if (this.edges.addHash(edgeHashes, at)) {
      this.summary.edgesNew++;
      bump(this.counts.predicates, predicate);
    }
    bump(this.counts.modalities, modality);
    this.summary.claimsNew++;
  }

  /** Adds the new claims of a batch encoded elsewhere; returns how many were new. */
  addClaimLines(batch: ClaimLineBatch): number {
    const { ids, idHashes, edgeHashes, bytes, ends, modalities } = batch;
    const predicates = batch.predicates.split('\n');
    this.claimsFile ??= this.file('claims');
    const text = this.claimIds.keep(ids);
    let written = 0; // bytes of the batch written, or skipped over
    let fresh = 0;
    let idStart = 0;
    for (let i = 0; i < ends.length; i++) {
      const start = i ? ends[i - 1]! : 0;
      const idEnd = i === ends.length - 1 ? ids.length : ids.indexOf('\n', idStart);
      const known = this.claimIds.putIn(text, idStart, idEnd - idStart, idHashes, 2 * i);
      idStart = idEnd + 1;
      if (this.isNewAt(known)) {
        this.count(edgeHashes, 2 * i, predicates[i]!, MODALITIES[modalities[i]!]!);
        fresh++;
        continue;
      }
      // A claim already in: write the new lines before it, and step over it.
      this.claimsFile.writeBytes(bytes.subarray(written, start));
      written = ends[i]!;
    }
    this.claimsFile.writeBytes(bytes.subarray(written, ends[ends.length - 1] ?? 0));
    return fresh;
  }

  private get name(): string {
    return segmentName(this.manifest.generation + 1);
  }

  private file(kind: 'entities' | 'claims'): SegmentFile {
    const files = segmentFiles(this.name);
    const final = join(this.store.dir, files[kind]);
    return new SegmentFile(tmpName(final), final, files.gzip);
  }

  /**
   * Makes everything added visible at once: segment files are flushed, renamed into place, then the
   * manifest is replaced by rename, with the folder flushed after each rename so a power loss cannot undo a
   * reported commit. A crash before the manifest swap leaves the store as it was; a failure cleans up.
   */
  async commit(): Promise<CommitSummary> {
    if (this.state !== 'open')
      throw new Error('geokg store: this writer has already been committed or aborted; open a new one');
    this.state = 'committing';
    try {
      if (!this.entityRecords && !this.summary.claimsNew) {
        this.abort();
        return { ...this.summary };
      }
      // The one wait of a commit comes first; from the first rename on it runs to the end in one go.
      const previous = await withCounts(this.store, this.manifest.segments, this.ontology);
      if (this.state !== 'committing')
        throw new Error('geokg store: the writer was aborted during its commit');
      const segment = {
        name: this.name,
        entities: this.entityRecords,
        claims: this.summary.claimsNew,
        counts: this.counts,
      };
      publishSegment(
        {
          dir: this.store.dir,
          manifestPath: this.store.manifestPath,
          manifest: this.manifest,
          previous,
          segment,
          entities: (this.entitiesFile ??= this.file('entities')),
          claims: (this.claimsFile ??= this.file('claims')),
        },
        () => (this.state = 'committed'),
      );
      return { ...this.summary, segment: this.name };
    } catch (e) {
      this.abort();
      throw e;
    } finally {
      if ((this.state as string) === 'committed') this.release(); // set by publishSegment's callback
    }
  }

  /**
   * Drops everything added and releases the lock; the store is left byte-for-byte as it was. Also cleans up
   * after a commit() that failed (or is stopped) before its manifest swap; after a commit it does nothing.
   */
  abort(): void {
    if (this.state === 'committed' || this.state === 'closed') return;
    this.state = 'closed';
    try {
      this.entitiesFile?.discard();
      this.claimsFile?.discard();
      unlinkQuietly(tmpName(this.store.manifestPath));
    } finally {
      this.release();
    }
  }

  private release(): void {
    const unlock = this.unlock;
    this.unlock = () => {};
    unlock();
  }
}
