// readers → claims → resolver → store: the one path every import takes. All inputs are read and checked
// before the store is opened, so a bad file leaves the store exactly as it was.
import {
  factsFromParsed,
  isRowFile,
  loadRegistry,
  openStore,
  readRecords,
  rowsFromParsed,
  writeBatch,
} from '@geokg/core';
import type { Batch, CommitSummary, Entity, Registry, Store } from '@geokg/core';
import { readArticle } from './readers/article.ts';
import { importGdeltFiles } from './readers/gdelt.ts';
import { kindOf } from './inputs.ts';
import { progress, say } from './progress.ts';

export interface ImportOptions {
  store: string;
  format?: string;
  skipBad?: boolean;
  /** GDELT: threads mapping rows (importGdelt's `workers`). */
  workers?: number;
}

export interface ImportResult extends CommitSummary {
  files: number;
}

async function readBatch(path: string, kind: 'facts' | 'article', registry: Registry): Promise<Batch> {
  if (kind === 'facts') {
    const parsed = readRecords(path);
    // JSON Lines written by `geokg extract` or `geokg export --format jsonl`: rows with resolved ids.
    if (isRowFile(parsed)) return rowsFromParsed(path, parsed, registry.ontology);
    const f = factsFromParsed(path, parsed, registry);
    return { entities: [f.document, ...f.entities.map((d) => d.entity), ...f.created], claims: f.claims };
  }
  return readArticle(path, registry);
}

/**
 * The registry plus what the store already holds, so a later file can name an earlier file's entities;
 * with the entities added, for GDELT worker threads to rebuild it.
 */
async function registryFor(store: Store): Promise<{ registry: Registry; additions: Entity[] }> {
  // A registry of its own (not the shared default): the files of this import add to it.
  const registry = loadRegistry();
  if (!store.exists()) return { registry, additions: [] };
  const additions: Entity[] = [];
  for await (const e of store.entities()) {
    if (e.kind === 'Document') continue;
    registry.add(e);
    additions.push(e);
  }
  return { registry, additions };
}

export async function importFiles(paths: string[], opts: ImportOptions): Promise<ImportResult> {
  const store = openStore(opts.store);
  const { registry, additions } = await registryFor(store);
  const kinds = paths.map((p) => kindOf(p, opts.format));
  const gdelt = paths.filter((_, i) => kinds[i] === 'gdelt');
  const batches: Batch[] = [];
  const bar = progress('reading', paths.length - gdelt.length);
  for (const [i, p] of paths.entries()) {
    const kind = kinds[i]!;
    if (kind === 'gdelt') continue;
    const batch = await readBatch(p, kind, registry);
    batches.push(batch);
    // What this file adds is known to the files after it, as the store is to a later command: one
    // `import a b` resolves names exactly as `import a; import b`.
    for (const e of batch.entities) {
      if (e.kind === 'Document') continue;
      registry.add(e);
      additions.push(e);
    }
    bar.update(batches.length);
  }
  bar.stop();
  const writer = await store.writer();
  try {
    for (const b of batches) writeBatch(writer, registry, b);
    if (gdelt.length) {
      await importGdeltFiles(gdelt, writer, {
        registry,
        registryAdditions: additions,
        skipBad: opts.skipBad ?? false,
        ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
      });
    }
    const summary = await writer.commit();
    return { ...summary, files: paths.length };
  } catch (e) {
    writer.abort();
    throw e;
  }
}

export function describe(r: ImportResult): string {
  return (
    `${r.files} file(s): ${r.entitiesNew} nodes new, ${r.entitiesUpdated} updated; ${r.edgesNew} edges new; ` +
    `${r.claimsNew} claims new, ${r.claimsKnown} already known`
  );
}

export const report = (r: ImportResult, json: boolean): void => {
  if (json) process.stdout.write(JSON.stringify(r) + '\n');
  else say(`geokg: imported ${describe(r)}${r.segment ? ` (segment ${r.segment})` : ' (nothing new)'}`);
};
