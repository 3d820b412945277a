// The graph exports' parts streamed from the store with memory that does not grow with it: one pass writes
// each entity record and each claim (the few fields an edge aggregate reads) to one of several files by a
// hash of its entity id or edge key, each record numbered by its place in the store. Each file of claims is
// then folded alone into its edges' summaries (a Map insertion-ordered by each edge's first claim), which
// also sends each edge's two ends to the file of their node; each file of entity records is merged alone
// with its degrees. Written back numbered, the parts are read in the store's order by merging the files on
// those numbers: the same nodes, edges, columns and order as a GeoGraph loaded from the store gives, with at
// most one file's worth of nodes or edges in memory at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addToAggregate, emptyAggregate } from '../graph/aggregate.ts';
import type { EdgeAggregate, FoldedClaim } from '../graph/aggregate.ts';
import { edgeKey } from '../graph/geograph.ts';
import type { Claim } from '../model/claim.ts';
import type { Entity } from '../model/entity.ts';
import { mergeEntity } from '../model/merge.ts';
import type { Ontology } from '../ontology/ontology.ts';
import { claimColumns } from '../store/claim-line.ts';
import type { LoadProgress, StoreReader } from '../store/reader.ts';
import { LineWriter, mergeBySeq, readLines, splitSeq } from './line-file.ts';
import { NodeColumns, flatNode } from './node-columns.ts';
import { summary } from './parts.ts';
import type { EdgeSummary, GraphParts, PartNode } from './parts.ts';

/** Claims, and entity records, per file: what one part holds in memory while it is folded or merged. */
export const CLAIMS_PER_PART = 100_000;
export const ENTITIES_PER_PART = 50_000;

export interface SpillOptions {
  claimsPerPart?: number | undefined;
  entitiesPerPart?: number | undefined;
  /** Where the spill folder goes (default the system's temporary folder); removed by close(). */
  tmp?: string | undefined;
}

/** FNV-1a: which file an id or key goes to. */
export function partOf(s: string, parts: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) % parts;
}

/** What one set of writers buffers together: their number grows with the store, their memory must not. */
const WRITERS_BYTES = 1 << 22;

/** `n` writers of files `<name>-<i>`, each buffering a share of WRITERS_BYTES (64 to 256 KiB). */
export const writers = (dir: string, name: string, n: number): LineWriter[] => {
  const bytes = Math.min(1 << 18, Math.max(1 << 16, Math.floor(WRITERS_BYTES / n)));
  return Array.from({ length: n }, (_, i) => new LineWriter(join(dir, `${name}-${i}`), bytes));
};

/** The claim fields an aggregate reads: the evidence (documents) is left out, it is no export column. */
type Folded = Pick<Claim, 'modality' | 'confidence' | 'time' | 'cameo' | 'plover'>;
const folded = (c: Folded): string =>
  JSON.stringify({
    modality: c.modality,
    confidence: c.confidence,
    time: c.time,
    cameo: c.cameo,
    plover: c.plover,
  });

/** Every entity record to the file of its id, numbered by its place in the store. */
export async function spillEntities(store: StoreReader, files: LineWriter[]): Promise<void> {
  let seq = 0;
  for await (const e of store.entities())
    files[partOf(e.id, files.length)]!.write(`${seq++}\t${JSON.stringify(e)}`);
}

async function spillClaims(
  store: StoreReader,
  files: LineWriter[],
  onProgress?: LoadProgress,
): Promise<void> {
  const total = store.counts().claims;
  let seq = 0;
  for await (const { version, lines } of store.lines('claims')) {
    for (const l of lines) {
      let s: string, p: string, o: string, rest: string;
      if (version === 1) {
        const whole = JSON.parse(l) as Claim;
        [s, p, o, rest] = [whole.subject.id, whole.predicate, whole.object.id, folded(whole)];
      } else {
        const cols = claimColumns(l);
        [s, p, o] = [cols.subject, cols.predicate, cols.object];
        rest = folded(JSON.parse(l.slice(cols.rest)) as Folded);
      }
      files[partOf(edgeKey(s, p, o), files.length)]!.write(`${seq++}\t${s}\t${p}\t${o}\t${rest}`);
    }
    onProgress?.(seq, total);
  }
}

/** Folds one file of claims into edge summaries, numbered by each edge's first claim; ends to `degrees`. */
function foldEdges(path: string, out: LineWriter, degrees: LineWriter[]): void {
  const edges = new Map<string, { seq: number; s: string; p: string; o: string; a: EdgeAggregate }>();
  for (const line of readLines(path)) {
    const [seq, rest] = splitSeq(line);
    const [s, p, o, json] = rest.split('\t') as [string, string, string, string];
    const key = edgeKey(s, p, o);
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { seq, s, p, o, a: emptyAggregate() }));
    addToAggregate(e.a, JSON.parse(json) as FoldedClaim);
  }
  for (const [key, e] of edges) {
    out.write(`${e.seq}\t${key}\t${JSON.stringify(summary(e.s, e.o, e.p, e.a))}`);
    degrees[partOf(e.s, degrees.length)]!.write(e.s);
    degrees[partOf(e.o, degrees.length)]!.write(e.o);
  }
}

/** One file of entity records merged, in order of each entity's first record (its number). */
export function mergeEntityFile(path: string, ontology: Ontology): Map<string, { seq: number; e: Entity }> {
  const nodes = new Map<string, { seq: number; e: Entity }>();
  for (const line of readLines(path)) {
    const [seq, json] = splitSeq(line);
    const e = JSON.parse(json) as Entity;
    const prev = nodes.get(e.id);
    if (prev) prev.e = mergeEntity(prev.e, e, ontology);
    else nodes.set(e.id, { seq, e });
  }
  return nodes;
}

/** Merges one file of entity records, numbered by each entity's first record, with its degree. */
function mergeNodes(
  entities: string,
  degreeFile: string,
  ontology: Ontology,
  out: LineWriter,
  columns: NodeColumns,
): number {
  const nodes = mergeEntityFile(entities, ontology);
  const degree = new Map<string, number>();
  for (const id of readLines(degreeFile)) degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const [id, { seq, e }] of nodes) {
    columns.add(flatNode(ontology, e), seq);
    out.write(`${seq}\t${degree.get(id) ?? 0}\t${JSON.stringify(e)}`);
  }
  return nodes.size;
}

/** How many files the claims and the entity records of the store go to. */
export function partCounts(store: StoreReader, opts: SpillOptions): { edges: number; nodes: number } {
  const counts = store.counts();
  return {
    edges: Math.max(1, Math.ceil(counts.claims / (opts.claimsPerPart ?? CLAIMS_PER_PART))),
    nodes: Math.max(1, Math.ceil(counts.entities / (opts.entitiesPerPart ?? ENTITIES_PER_PART))),
  };
}

export async function partsOfStore(
  store: StoreReader,
  ontology: Ontology,
  onProgress?: LoadProgress,
  opts: SpillOptions = {},
): Promise<GraphParts> {
  const { edges: edgeParts, nodes: nodeParts } = partCounts(store, opts);
  const dir = mkdtempSync(join(opts.tmp ?? tmpdir(), 'geokg-export-'));
  const close = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const entityFiles = writers(dir, 'entities', nodeParts);
    await spillEntities(store, entityFiles);
    for (const w of entityFiles) w.close();
    const claimFiles = writers(dir, 'claims', edgeParts);
    await spillClaims(store, claimFiles, onProgress);
    for (const w of claimFiles) w.close();

    const degreeFiles = writers(dir, 'degrees', nodeParts);
    const edgeFiles = writers(dir, 'edges', edgeParts);
    claimFiles.forEach((f, i) => {
      foldEdges(f.path, edgeFiles[i]!, degreeFiles);
      rmSync(f.path);
    });
    for (const w of [...degreeFiles, ...edgeFiles]) w.close();

    const columns = new NodeColumns();
    const nodeFiles = writers(dir, 'nodes', nodeParts);
    let nodeCount = 0;
    entityFiles.forEach((f, i) => {
      nodeCount += mergeNodes(f.path, degreeFiles[i]!.path, ontology, nodeFiles[i]!, columns);
      rmSync(f.path);
      rmSync(degreeFiles[i]!.path);
    });
    for (const w of nodeFiles) w.close();
    const nodeColumns = columns.columns();

    return {
      ontology,
      nodeCount,
      *nodes(): Generator<PartNode> {
        for (const line of mergeBySeq(nodeFiles.map((f) => f.path))) {
          const tab = line.indexOf('\t');
          const entity = JSON.parse(line.slice(tab + 1)) as Entity;
          yield { id: entity.id, entity, degree: Number(line.slice(0, tab)) };
        }
      },
      *edges(): Generator<[string, EdgeSummary]> {
        for (const line of mergeBySeq(edgeFiles.map((f) => f.path))) {
          const tab = line.indexOf('\t');
          yield [line.slice(0, tab), JSON.parse(line.slice(tab + 1)) as EdgeSummary];
        }
      },
      nodeColumns: () => nodeColumns,
      close,
    };
  } catch (e) {
    close();
    throw e;
  }
}
