// `geokg stats`: what the store holds, by kind, predicate and modality.
import type { Command } from 'commander';
import { StoreError, openStore, sortedCounts as sorted, formatCount } from '@geokg/core';
import type { GeoGraph, Store, StoreStats } from '@geokg/core';
import { progress } from '../progress.ts';

export type Stats = StoreStats;

const bump = (m: Record<string, number>, k: string, n = 1): void => {
  m[k] = (m[k] ?? 0) + n;
};

/** The counts of a loaded graph: what the manifest's counts must equal (stats.test.ts). */
export function statsOf(g: GeoGraph): Stats {
  const byKind: Record<string, number> = {};
  const byPredicate: Record<string, number> = {};
  const byModality: Record<string, number> = {};
  g.graph.forEachNode((_, a) => bump(byKind, a.kind));
  g.graph.forEachEdge((_, a) => bump(byPredicate, a.predicate));
  for (const c of g.claims()) bump(byModality, c.modality);
  return {
    nodes: g.graph.order,
    edges: g.graph.size,
    claims: g.claimCount,
    byKind: sorted(byKind),
    byPredicate: sorted(byPredicate),
    byModality: sorted(byModality),
  };
}

/** The store at dir, or a StoreError saying how to make one. */
export function existingStore(dir: string): Store {
  const store = openStore(dir);
  if (!store.exists())
    throw new StoreError(
      `geokg: no store at ${store.dir}; run \`geokg build\` or \`geokg import FILE\` first`,
    );
  return store;
}

/** Counts from the manifest; a store written before counts existed is counted once, with progress. */
export async function storeStats(dir: string): Promise<Stats> {
  const store = existingStore(dir);
  if (store.manifest().segments.every((s) => s.counts)) return store.stats();
  const bar = progress('counting (older store; the next import records the counts)', store.counts().claims);
  try {
    return await store.stats(undefined, (done, total) => bar.update(done, total));
  } finally {
    bar.stop();
  }
}

export async function loadStore(dir: string): Promise<GeoGraph> {
  const store = existingStore(dir);
  const bar = progress('loading', store.counts().claims);
  try {
    return await store.load(undefined, (done, total) => bar.update(done, total));
  } finally {
    bar.stop();
  }
}

const table = (title: string, m: Record<string, number>): string =>
  [`${title}:`, ...Object.entries(m).map(([k, n]) => `  ${formatCount(n).padStart(10)}  ${k}`)].join('\n');

export function statsCommand(program: Command): void {
  program
    .command('stats')
    .description('count nodes by kind, edges by predicate and claims by modality')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { store } = cmd.optsWithGlobals<{ store: string }>();
      const s = await storeStats(store);
      if (opts.json) {
        process.stdout.write(JSON.stringify(s, null, 2) + '\n');
        return;
      }
      process.stdout.write(
        [
          `${formatCount(s.nodes)} nodes, ${formatCount(s.edges)} edges, ${formatCount(s.claims)} claims`,
          table('nodes by kind', s.byKind),
          table('edges by predicate', s.byPredicate),
          table('claims by modality', s.byModality),
        ].join('\n') + '\n',
      );
    });
}
