// readers → claims → resolver → store: the one path every import takes, for the CLI and for scripts. All
// inputs are read and checked before the writer opens, so bad input leaves the store exactly as it was.
// Each input is read as if it were imported by its own command, in the order given: it sees what the store
// holds and what the inputs before it added (docs/fact-files.md, "References"), except articles: an article
// means the same whatever the store holds, so it reads against the shipped registry only.
import { factsFromParsed } from '../facts/read.ts';
import { readRecords } from '../facts/records.ts';
import type { ParsedFile } from '../facts/records.ts';
import { importGdelt } from '../gdelt/import.ts';
import type { GdeltImportSummary, GdeltProgress } from '../gdelt/types.ts';
import type { Entity } from '../model/entity.ts';
import { addStored } from '../registry/generic.ts';
import { defaultRegistry, loadRegistry } from '../seeded/registry.ts';
import type { Registry } from '../registry/registry.ts';
import { isRowFile, rowsFromParsed } from '../rows/read.ts';
import { writeBatch } from '../store/batch.ts';
import type { Batch } from '../store/batch.ts';
import type { StoreReader } from '../store/reader.ts';
import type { CommitSummary, StoreWriter } from '../store/writer.ts';
import { UsageError } from '../errors.ts';
import { InputError } from '../errors.ts';
import { checkGdelt, kindOf, looksLikeGdelt } from './inputs.ts';
import { parsedRecords } from './records.ts';
import type { ImportRecord } from './records.ts';

export interface ImportOptions {
  /** Read every file as facts (fact files and claim rows), article or gdelt; default: by its name. */
  format?: string;
  /** GDELT: skip bad rows and report them instead of refusing the file. */
  skipBad?: boolean;
  /** GDELT: worker threads that map rows (importGdelt's `workers`). */
  workers?: number;
  /** The name records given in memory are known by (their evidence's `doc`); default "script". */
  doc?: string;
  /** Reads an article into a batch (the CLI passes @geokg/extract's); without it, articles are refused. */
  readArticle?: (path: string, registry: Registry, reported?: string) => Promise<Batch>;
  /** Articles: the date they were reported (ISO), where the article itself gives none. */
  reported?: string;
  /** Called after each non-GDELT input is read. */
  onRead?: (done: number, total: number) => void;
  onGdeltProgress?: (p: GdeltProgress) => void;
}

/** What an import added: the CLI's `--json` summary. */
export interface ImportSummary extends CommitSummary {
  /** Files (or record lists) imported. */
  files: number;
  /** GDELT rows read, imported and skipped, when GDELT exports were among the inputs. */
  gdelt?: GdeltImportSummary;
}

/** A file path, or records in memory (fact records, or rows of extract() / `geokg export`). */
export type ImportInput = string | readonly ImportRecord[];

/** A fact file's refusal, with a hint when the file is in fact a GDELT export read with --format facts. */
function factFileBatch(path: string, registry: Registry): Batch {
  try {
    return parsedBatch(path, readRecords(path), registry);
  } catch (e) {
    if (e instanceof InputError && looksLikeGdelt(path))
      e.message += `\n(${path} looks like a GDELT 2.0 export: 61 tab-separated columns; import it with --format gdelt)`;
    throw e;
  }
}

function parsedBatch(name: string, parsed: ParsedFile, registry: Registry): Batch {
  // Rows written by `geokg extract` or `geokg export --format jsonl` carry resolved ids.
  if (isRowFile(parsed)) return rowsFromParsed(name, parsed, registry.ontology);
  const f = factsFromParsed(name, parsed, registry);
  return { entities: [f.document, ...f.entities.map((d) => d.entity), ...f.created], claims: f.claims };
}

async function registryFor(store: StoreReader): Promise<{ registry: Registry; additions: Entity[] }> {
  // A registry of its own (not the shared default): the inputs of this import add to it.
  const registry = loadRegistry();
  const additions: Entity[] = [];
  if (!store.exists()) return { registry, additions };
  for await (const e of store.entities()) {
    if (e.kind === 'Document') continue;
    // Only named entities lend their names: a stored "Foreign Ministry" of one state must never become
    // every later file's ministry (registry/generic.ts).
    addStored(registry, e);
    additions.push(e);
  }
  return { registry, additions };
}

/** One input, files, or lists of records, as a list of inputs. */
export function inputList(inputs: ImportInput | readonly (ImportInput | ImportRecord)[]): ImportInput[] {
  if (typeof inputs === 'string') return [inputs];
  if (inputs.every((i) => typeof i === 'string' || Array.isArray(i))) return inputs as ImportInput[];
  return [inputs as readonly ImportRecord[]];
}

/** What an import needs of a store: reading it, and a writer (Store is one; naming it here would be a circle). */
export interface ImportTarget extends StoreReader {
  writer(): Promise<StoreWriter>;
}

export async function importInto(
  store: ImportTarget,
  inputs: readonly ImportInput[],
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const kinds = inputs.map((p) => (typeof p === 'string' ? kindOf(p, opts.format) : 'records'));
  const { registry, additions } = await registryFor(store);
  const gdelt = inputs.filter((_, i) => kinds[i] === 'gdelt') as string[];
  for (const path of gdelt) checkGdelt(path);
  const batches: Batch[] = [];
  for (const [i, input] of inputs.entries()) {
    const kind = kinds[i]!;
    if (kind === 'gdelt') continue;
    let batch: Batch;
    if (typeof input !== 'string')
      batch = parsedBatch(opts.doc ?? 'script', parsedRecords(opts.doc ?? 'script', input), registry);
    else if (kind === 'facts') batch = factFileBatch(input, registry);
    else if (opts.readArticle) batch = await opts.readArticle(input, defaultRegistry(), opts.reported);
    else
      throw new UsageError(
        `geokg: ${input} is an article; read it with extract() from @geokg/extract and import the rows it returns`,
      );
    batches.push(batch);
    // What this input adds is known to the inputs after it, as the store is to a later import.
    for (const e of batch.entities) {
      if (e.kind === 'Document') continue;
      addStored(registry, e);
      additions.push(e);
    }
    opts.onRead?.(batches.length, inputs.length - gdelt.length);
  }
  const writer = await store.writer();
  try {
    for (const b of batches) writeBatch(writer, registry, b);
    let gdeltSummary: GdeltImportSummary | undefined;
    if (gdelt.length) {
      gdeltSummary = await importGdelt(gdelt, writer, {
        registry,
        registryAdditions: additions,
        skipBad: opts.skipBad ?? false,
        workers: opts.workers,
        onProgress: opts.onGdeltProgress,
      });
    }
    const summary = await writer.commit();
    return { ...summary, files: inputs.length, ...(gdeltSummary ? { gdelt: gdeltSummary } : {}) };
  } catch (e) {
    writer.abort();
    throw e;
  }
}
