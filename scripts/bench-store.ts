// Benchmark: import N generated claims into the embedded store (writer + commit, then a full load) against
// a plain graphology baseline adding the same edges, each in its own child process so peak RSS is its own.
// Usage: pnpm exec tsx scripts/bench-store.ts [claims=100000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { claimId, mulberry32, openStore } from '@geokg/core';
import type { Claim, EntityRef } from '@geokg/core';

const N = Number(process.argv[2] ?? 100_000);
const PREDICATES = ['accuses', 'requests', 'consults', 'threatens', 'cooperates-with', 'sanctions'];
const MODALITIES = ['asserted', 'alleged', 'denied'] as const;

function* claims(n: number): Generator<Claim> {
  const r = mulberry32(42); // seeded: both runs see the same claims
  const actors: EntityRef[] = Array.from({ length: 2000 }, (_, i) => ({
    id: `org:bench-${i}`,
    kind: 'Organization',
    name: `Bench ${i}`,
  }));
  for (let i = 0; i < n; i++) {
    const draft: Omit<Claim, 'id'> = {
      subject: actors[Math.floor(r() * actors.length)]!,
      predicate: PREDICATES[Math.floor(r() * PREDICATES.length)]!,
      object: actors[Math.floor(r() * actors.length)]!,
      modality: MODALITIES[Math.floor(r() * 3)]!,
      confidence: Math.round(r() * 100) / 100,
      time: { occurred: `2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-01` },
      evidence: {
        docId: `doc:bench-${i % 5000}`,
        doc: `bench-${i % 5000}.txt`,
        sentence: i,
        start: 0,
        end: 40,
        text: 'A generated sentence for the benchmark.',
      },
      source: 'text',
    };
    yield { id: claimId(draft), ...draft };
  }
}

async function runStore(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-bench-'));
  try {
    const store = openStore(join(dir, 'data'));
    const t0 = performance.now();
    const w = await store.writer();
    for (const c of claims(N)) w.addClaim(c);
    await w.commit();
    const t1 = performance.now();
    const g = await store.load();
    const t2 = performance.now();
    if (g.claimCount !== N) throw new Error(`expected ${N} claims, loaded ${g.claimCount}`);
    return { importSeconds: (t1 - t0) / 1000, loadSeconds: (t2 - t1) / 1000, edges: g.graph.size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runBaseline(): Record<string, number> {
  const t0 = performance.now();
  const g = new Graph({ multi: true, type: 'directed' });
  for (const c of claims(N)) {
    if (!g.hasNode(c.subject.id)) g.addNode(c.subject.id, { name: c.subject.name });
    if (!g.hasNode(c.object.id)) g.addNode(c.object.id, { name: c.object.name });
    g.addEdge(c.subject.id, c.object.id, c);
  }
  return { importSeconds: (performance.now() - t0) / 1000, edges: g.size };
}

async function child(mode: string): Promise<void> {
  const r = mode === 'store' ? await runStore() : runBaseline();
  // maxRSS is in KiB: the peak of this child alone.
  process.stdout.write(JSON.stringify({ ...r, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

function measure(mode: string): Record<string, number> {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), String(N), `--child=${mode}`],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`${mode} run failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, number>;
}

const mode = process.argv.find((a) => a.startsWith('--child='))?.slice(8);
if (mode) await child(mode);
else {
  console.log(`geokg store benchmark: ${N.toLocaleString()} generated claims (2,000 actors, 6 predicates)`);
  const base = measure('baseline');
  const store = measure('store');
  const rate = (s: number) => Math.round(N / s).toLocaleString();
  console.log(
    `baseline  graphology addEdge:     ${rate(base.importSeconds!)} claims/s, peak RSS ${base.peakRssMiB!.toFixed(0)} MiB`,
  );
  console.log(
    `geokg     store import+commit:   ${rate(store.importSeconds!)} claims/s, peak RSS ${store.peakRssMiB!.toFixed(0)} MiB`,
  );
  console.log(
    `geokg     store load → GeoGraph: ${rate(store.loadSeconds!)} claims/s (${store.edges} aggregated edges)`,
  );
  console.log(
    `ratio     import speed store/baseline: ${(base.importSeconds! / store.importSeconds!).toFixed(2)}x, peak RSS store/baseline: ${(store.peakRssMiB! / base.peakRssMiB!).toFixed(2)}x`,
  );
}
