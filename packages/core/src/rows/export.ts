// The graph as claim-contract rows: every entity (Documents too) once, merged, then every claim. From a
// GeoGraph in memory, or streamed from the store with memory that does not grow with it: entity records
// are merged a file at a time (export/spill.ts), and the names and kinds each claim's rows carry for its
// entities are joined to it through files too — each claim's entity ids go to the file of the id, each of
// those files is answered from its merged entities into files by claim number, and the claims, read again
// in order, take theirs from one such file at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeBySeq, readLines, splitSeq } from '../export/line-file.ts';
import type { LineWriter } from '../export/line-file.ts';
import {
  CLAIMS_PER_PART,
  mergeEntityFile,
  partCounts,
  partOf,
  spillEntities,
  writers,
} from '../export/spill.ts';
import type { SpillOptions } from '../export/spill.ts';
import type { GeoGraph } from '../graph/geograph.ts';
import type { Claim } from '../model/claim.ts';
import { refOf } from '../model/entity.ts';
import type { Entity, EntityRef } from '../model/entity.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { defaultOntology } from '../ontology/load.ts';
import { claimColumns, decodeClaim } from '../store/claim-line.ts';
import { StoreError } from '../store/errors.ts';
import type { StoreReader } from '../store/reader.ts';
import { damaged } from '../store/segment-read.ts';
import { claimRow, entityRow } from './rows.ts';
import type { ClaimRow, EntityRow } from './rows.ts';

export type Row = EntityRow | ClaimRow;

export function* graphRows(graph: GeoGraph): Generator<Row> {
  for (const e of graph.entities()) yield entityRow(e, graph.ontology);
  for (const c of graph.claims()) yield claimRow(c);
}

/** Each format-2 claim's entity ids, `${id}\t${claim number}`, to the file of the id. */
async function spillNeeds(store: StoreReader, files: LineWriter[]): Promise<void> {
  let seq = 0;
  for await (const { version, lines } of store.lines('claims')) {
    for (const l of lines) {
      if (version >= 2) {
        const c = claimColumns(l);
        for (const id of new Set([c.subject, c.object, c.about, c.claimedBy]))
          if (id) files[partOf(id, files.length)]!.write(`${id}\t${seq}`);
      }
      seq += 1;
    }
  }
}

/** One file of merged entities answers its file of needs: each claim's refs go to its claim file. */
function answerNeeds(
  store: StoreReader,
  entities: Map<string, { seq: number; e: Entity }>,
  needs: string,
  refs: LineWriter[],
  perPart: number,
): void {
  for (const line of readLines(needs)) {
    const tab = line.indexOf('\t');
    const id = line.slice(0, tab);
    const seq = Number(line.slice(tab + 1));
    const e = entities.get(id)?.e;
    if (!e)
      throw new StoreError(
        `geokg store: ${store.dir}: a claim names ${id}, which no entity record holds; the store is damaged, rebuild it`,
      );
    refs[Math.floor(seq / perPart)]!.write(`${seq}\t${JSON.stringify(refOf(e))}`);
  }
}

/** The store's rows, entities merged, claims with their entities' names and kinds, in the store's order. */
export async function* storeRows(
  store: StoreReader,
  ontology: Ontology = defaultOntology(),
  opts: SpillOptions = {},
): AsyncGenerator<Row> {
  const { nodes: nodeParts } = partCounts(store, opts);
  const perPart = opts.claimsPerPart ?? CLAIMS_PER_PART;
  const claimParts = Math.max(1, Math.ceil(store.counts().claims / perPart));
  const dir = mkdtempSync(join(opts.tmp ?? tmpdir(), 'geokg-rows-'));
  try {
    const entityFiles = writers(dir, 'entities', nodeParts);
    await spillEntities(store, entityFiles);
    for (const w of entityFiles) w.close();
    const needFiles = writers(dir, 'needs', nodeParts);
    await spillNeeds(store, needFiles);
    for (const w of needFiles) w.close();
    const nodeFiles = writers(dir, 'nodes', nodeParts);
    const refFiles = writers(dir, 'refs', claimParts);
    entityFiles.forEach((f, i) => {
      const entities = mergeEntityFile(f.path, ontology);
      answerNeeds(store, entities, needFiles[i]!.path, refFiles, perPart);
      for (const { seq, e } of entities.values()) nodeFiles[i]!.write(`${seq}\t${JSON.stringify(e)}`);
      rmSync(f.path);
      rmSync(needFiles[i]!.path);
    });
    for (const w of [...nodeFiles, ...refFiles]) w.close();

    for (const json of mergeBySeq(nodeFiles.map((f) => f.path)))
      yield entityRow(JSON.parse(json) as Entity, ontology);

    let seq = 0;
    let refs = new Map<number, string | string[]>();
    for await (const { version, lines, segment, file } of store.lines('claims')) {
      for (const l of lines) {
        if (seq % perPart === 0) refs = loadRefs(refFiles[seq / perPart]!.path);
        const mine = parseRefs(refs.get(seq++));
        const ref = (id: string): EntityRef => mine.find((r) => r.id === id)!;
        let c: Claim;
        try {
          c = version === 1 ? (JSON.parse(l) as Claim) : decodeClaim(l, ref);
        } catch (e) {
          if (e instanceof SyntaxError)
            throw damaged(store.dir, segment, `a line of ${file} is not valid JSON`);
          throw e;
        }
        yield claimRow(c);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One file of refs: each claim's refs kept as the JSON text read, parsed when the claim's turn comes. The
 * parsed objects of a part's 100,000 claims were most of the heap while claims were written (export of
 * 200,000 GDELT rows: heap peak 189 → 137 MB, peak RSS 378 → 331 MB).
 */
function loadRefs(path: string): Map<number, string | string[]> {
  const refs = new Map<number, string | string[]>();
  for (const line of readLines(path)) {
    const [seq, json] = splitSeq(line);
    const had = refs.get(seq);
    if (had === undefined) refs.set(seq, json);
    else if (typeof had === 'string') refs.set(seq, [had, json]);
    else had.push(json);
  }
  return refs;
}

const parseRefs = (text: string | string[] | undefined): EntityRef[] =>
  text === undefined
    ? []
    : typeof text === 'string'
      ? [JSON.parse(text) as EntityRef]
      : text.map((t) => JSON.parse(t) as EntityRef);
