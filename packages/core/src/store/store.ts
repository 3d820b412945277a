// The embedded store: the default home of a geokg graph. See format.ts for the files and why they are safe;
// reader.ts for how it is read.
import { mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GeoGraph } from '../graph/geograph.ts';
import { defaultOntology } from '../ontology/load.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { DEFAULT_STORE_DIR } from '../config.ts';
import { alive, takeLock } from './lock.ts';
import { LEFTOVER_FILE, LOCK_FILE, segmentFileNames, segmentVersion } from './format.ts';
import { StoreReader } from './reader.ts';
import type { LoadProgress } from './reader.ts';
import { StoreWriter } from './writer.ts';
import { totalCounts } from './counts.ts';
import type { StoreStats } from './counts.ts';
import { hasCounts, scanCounts } from './scan.ts';
import { importInto, inputList } from '../import/import.ts';
import type { ImportInput, ImportOptions, ImportSummary } from '../import/import.ts';
import type { ImportRecord } from '../import/records.ts';

export { DEFAULT_STORE_DIR };
export type { LoadProgress };

export class Store extends StoreReader {
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

export const openStore = (dir: string = DEFAULT_STORE_DIR): Store => new Store(dir);
