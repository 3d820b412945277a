// Benchmark of the GDELT import: SYNTHETIC exports of 100,000 and 1,000,000 rows (scripts/gen-gdelt.ts) read
// three ways, each in its own child process so that peak RSS is its own:
//   parse   the baseline: read the lines, split the 61 columns, check each row (what any importer must do)
//   map     readGdelt: rows → entities and claims, dropped (the reader without a store)
//   import  importGdelt into a fresh embedded store in a temp folder, committed (default threads: one per core)
//   serial  the same import on one thread (workers: 0), to show what the threads add
// Machines here are noisy: compare the ratios to the parse baseline of the same run, not absolute numbers.
// Usage: pnpm exec tsx scripts/bench-gdelt.ts [sizes=100000,1000000] [modes=parse,map,import,serial] [repeats=1]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultGdeltWorkers,
  defaultRegistry,
  emptyGdeltStats,
  importGdelt,
  openStore,
  readGdelt,
  readLineChunks,
} from '@geokg/core';
import { checkRow, splitRow } from '@geokg/core/gdelt';
import { DEFAULT_SOURCE, syntheticName, writeSyntheticGdelt } from './gen-gdelt.ts';

const OUT = resolve(fileURLToPath(import.meta.url), '../../bench-out');

interface Result {
  rows: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  claims?: number;
  entities?: number;
  storeMiB?: number;
}

async function parseOnly(path: string): Promise<Omit<Result, 'peakRssMiB' | 'cpuSeconds'>> {
  const ontology = defaultRegistry().ontology;
  const t0 = performance.now();
  let rows = 0;
  let bad = 0;
  const f: string[] = [];
  for await (const chunk of readLineChunks(path)) {
    for (const line of chunk.lines) {
      if (!line) continue;
      rows++;
      if (checkRow(f, splitRow(line, f), (c) => ontology.edgeForCameo(c))) bad++;
    }
  }
  if (bad) throw new Error(`${bad} bad rows in ${path}`);
  return { rows, seconds: (performance.now() - t0) / 1000 };
}

async function mapOnly(path: string): Promise<Omit<Result, 'peakRssMiB' | 'cpuSeconds'>> {
  const registry = defaultRegistry();
  const t0 = performance.now();
  let claims = 0;
  let entities = 0;
  const stats = emptyGdeltStats();
  for await (const b of readGdelt(path, { registry, stats })) {
    claims += b.claims.length;
    entities += b.entities.length;
  }
  return { rows: stats.rows, seconds: (performance.now() - t0) / 1000, claims, entities };
}

async function importIntoStore(
  path: string,
  workers?: number,
): Promise<Omit<Result, 'peakRssMiB' | 'cpuSeconds'>> {
  const registry = defaultRegistry();
  const dir = mkdtempSync(join(tmpdir(), 'geokg-bench-gdelt-'));
  try {
    const t0 = performance.now();
    const store = openStore(join(dir, 'data'));
    const writer = await store.writer();
    const s = await importGdelt([path], writer, { registry, workers });
    const summary = await writer.commit();
    const seconds = (performance.now() - t0) / 1000;
    const { statSync, readdirSync } = await import('node:fs');
    const bytes = readdirSync(store.dir).reduce((n, f) => n + statSync(join(store.dir, f)).size, 0);
    return {
      rows: s.rows,
      seconds,
      claims: summary.claimsNew,
      entities: summary.entitiesNew,
      storeMiB: bytes / 2 ** 20,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const RUNS = {
  parse: parseOnly,
  map: mapOnly,
  import: (path: string) => importIntoStore(path),
  serial: (path: string) => importIntoStore(path, 0),
} as const;
type Mode = keyof typeof RUNS;

/** The best of `repeats` runs by wall time: on a shared machine the fastest run is the least disturbed one. */
function best(mode: Mode, path: string, repeats: number): Result {
  const runs = Array.from({ length: repeats }, () => measure(mode, path));
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

function measure(mode: Mode, path: string): Result {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), `--child=${mode}`, path],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`geokg bench-gdelt: the ${mode} run failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as Result;
}

const child = process.argv.find((a) => a.startsWith('--child='))?.slice(8) as Mode | undefined;
if (child) {
  const cpu = process.cpuUsage();
  const r = await RUNS[child](process.argv.at(-1)!);
  const used = process.cpuUsage(cpu);
  // maxRSS is in KiB: the peak of this child alone. CPU time includes the registry load (~0.3 s).
  process.stdout.write(
    JSON.stringify({
      ...r,
      cpuSeconds: (used.user + used.system) / 1e6,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    }),
  );
} else {
  const sizes = (process.argv[2] ?? '100000,1000000').split(',').map(Number);
  const modes = (process.argv[3] ?? 'parse,map,import,serial').split(',') as Mode[];
  const repeats = Number(process.argv[4] ?? 1);
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(
    `geokg GDELT import benchmark on SYNTHETIC exports made from ${DEFAULT_SOURCE}; best of ${repeats} run(s) each, ` +
      `${availableParallelism()} CPU core(s), import worker threads ${defaultGdeltWorkers()}, load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
  );
  for (const size of sizes) {
    const path = join(OUT, syntheticName(size));
    if (!existsSync(path)) await writeSyntheticGdelt(size, OUT);
    const results: Partial<Record<Mode, Result>> = {};
    for (const mode of modes) {
      const r = (results[mode] = best(mode, path, repeats));
      const extra = r.claims !== undefined ? `, ${fmt(r.claims)} claims, ${fmt(r.entities!)} entities` : '';
      const store = r.storeMiB !== undefined ? `, store ${fmt(r.storeMiB)} MiB on disk` : '';
      console.log(
        `${fmt(size).padStart(9)} rows  ${mode.padEnd(6)} ${fmt(r.rows / r.seconds).padStart(9)} rows/s  ` +
          `${r.seconds.toFixed(2).padStart(6)} s (${r.cpuSeconds.toFixed(2)} s CPU)  ` +
          `peak RSS ${fmt(r.peakRssMiB).padStart(5)} MiB${extra}${store}`,
      );
    }
    const base = results.parse;
    for (const mode of modes.filter((m) => m !== 'parse' && base)) {
      const r = results[mode]!;
      console.log(
        `${fmt(size).padStart(9)} rows  ${mode}/parse: ${(base!.seconds / r.seconds).toFixed(2)}x the baseline's speed, ` +
          `${(r.peakRssMiB / base!.peakRssMiB).toFixed(2)}x its peak RSS`,
      );
    }
  }
}
