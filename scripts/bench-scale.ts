// Benchmark: the store at scale. For each size, builds a store from a SYNTHETIC GDELT export of that many
// rows (scripts/gen-gdelt.ts) and times the real `geokg` commands, each in its own process under
// /usr/bin/time so that its peak RSS is its own: import, stats, export jsonl and gexf; then store bytes
// per row against the CSV's. With a Neo4j (NEO4J_URI, or NEO4J_PORT's local server) and --push, at the
// first size: a full push, then the push after importing 1,000 more rows (the first 1,000 rows of the
// real export: new events). The baseline, run in the same command, is node + tsx starting an empty script,
// a cost every figure includes. At the end it prints each target of issue 13 with the figure it is judged on.
// Usage: nice pnpm exec tsx scripts/bench-scale.ts [sizes=1000000,5000000] [--push] [--out bench-out]
//   [--source REAL-EXPORT] (default: gen-gdelt.ts's, ../shared/eval's export)
// The push wipes the database it is pointed at: use a throw-away one (the local dev server).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SOURCE, syntheticName, writeSyntheticGdelt } from './gen-gdelt.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const push = args.includes('--push') ? (args.splice(args.indexOf('--push'), 1), true) : false;
const outDir = resolve(flag('--out') ?? join(ROOT, 'bench-out'));
const source = resolve(flag('--source') ?? DEFAULT_SOURCE);
const sizes = (args[0] ?? '1000000,5000000').split(',').map(Number);

/** What issue 13's "Done when" checks, per size, printed together at the end. */
interface Figures {
  importRss: number;
  statsSeconds: number;
  statsRss: number;
  exportRss: Record<string, number>;
  storeRatio: number;
}
const figures = new Map<number, Figures>();
let pushFigures: { incremental: number; claimsRatio: number } | undefined;

interface Run {
  seconds: number;
  rssMb: number;
  /** User + system CPU seconds of the command: steadier than wall time on a shared machine. */
  cpu: number;
  stdout: string;
}

/** Runs `geokg ARGS` (or, with no ARGS, an empty tsx script) under /usr/bin/time: wall seconds and peak RSS. */
function geokg(cliArgs: string[], env: Record<string, string> = {}): Run {
  const timeFile = join(outDir, '.time');
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %M %U %S',
      '-o',
      timeFile,
      process.execPath,
      '--import',
      'tsx',
      ...(cliArgs.length ? ['packages/cli/src/main.ts', ...cliArgs] : ['-e', '0']),
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: { ...process.env, GEOKG_NO_PROGRESS: '1', ...env },
    },
  );
  if (r.status !== 0) throw new Error(`geokg ${cliArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  const [s, kb, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ');
  return { seconds: Number(s), rssMb: Number(kb) / 1024, cpu: Number(user) + Number(sys), stdout: r.stdout };
}

const bytesOf = (dir: string): number =>
  readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
const fmt = (r: Run) => `${r.seconds.toFixed(2)} s, peak RSS ${r.rssMb.toFixed(0)} MB`;
const line = (label: string, text: string) => console.log(`  ${label.padEnd(30)} ${text}`);

mkdirSync(outDir, { recursive: true });
const baseline = geokg([]);
console.log(
  `baseline (node + tsx starting an empty script): ${fmt(baseline)}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const extra = join(outDir, 'next-1000-rows.export.CSV');
writeFileSync(extra, readFileSync(source, 'utf8').split('\n').slice(0, 1000).join('\n') + '\n');

for (const [i, rows] of sizes.entries()) {
  const csv = join(outDir, syntheticName(rows));
  try {
    statSync(csv);
  } catch {
    await writeSyntheticGdelt(rows, outDir, source);
  }
  const store = join(outDir, `store-${rows}`);
  rmSync(store, { recursive: true, force: true });
  console.log(
    `\n${rows.toLocaleString('en')} synthetic GDELT rows (${(statSync(csv).size / 1e6).toFixed(0)} MB CSV)`,
  );
  const imp = geokg(['--store', store, 'import', '--format', 'gdelt', csv]);
  line('import', `${fmt(imp)}, ${Math.round(rows / imp.seconds).toLocaleString('en')} rows/s`);
  const f: Figures = { importRss: imp.rssMb, statsSeconds: 0, statsRss: 0, exportRss: {}, storeRatio: 0 };
  figures.set(rows, f);
  const stats = geokg(['--store', store, 'stats', '--json']);
  const s = JSON.parse(stats.stdout) as { nodes: number; edges: number; claims: number };
  line('stats', `${fmt(stats)} (${(stats.seconds - baseline.seconds).toFixed(2)} s over the baseline)`);
  [f.statsSeconds, f.statsRss] = [stats.seconds - baseline.seconds, stats.rssMb];
  line('  holds', `${s.nodes} nodes, ${s.edges} edges, ${s.claims} claims`);
  // The same counts read in a process that loads only the store module: what stats costs past start-up.
  const inner = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      process.execPath,
      '--import',
      'tsx',
      '-e',
      `
      const { openStore } = await import('./packages/core/src/store/store.ts');
      const t = performance.now(); await openStore(${JSON.stringify(store)}).stats();
      console.log((performance.now() - t).toFixed(1));`,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  line(
    '  Store.stats() in process',
    `${inner.stdout.trim()} ms, process peak RSS ${(Number(inner.stderr.trim().split('\n').at(-1)) / 1024).toFixed(0)} MB`,
  );
  for (const format of ['jsonl', 'gexf']) {
    const file = join(outDir, `export-${rows}.${format}`);
    const r = geokg(['--store', store, 'export', '--format', format, '-o', file]);
    line(`export --format ${format}`, `${fmt(r)}, ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    f.exportRss[format] = r.rssMb;
    rmSync(file);
  }
  const bytes = bytesOf(store);
  const csvBytes = statSync(csv).size;
  f.storeRatio = bytes / csvBytes;
  line(
    'store bytes',
    `${(bytes / 1e6).toFixed(0)} MB = ${(bytes / rows).toFixed(0)} B/row; CSV ${(csvBytes / rows).toFixed(0)} B/row; ratio ${(bytes / csvBytes).toFixed(2)}`,
  );
  if (push && i === 0) {
    const cypher = (q: string) =>
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '-e',
          `
        import neo4j from 'neo4j-driver';
        const d = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:' + (process.env.NEO4J_PORT ?? '7687'),
          neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'geokg-dev-password'));
        const s = d.session();
        await s.run(${JSON.stringify(q)});
        await s.close(); await d.close();`,
        ],
        { cwd: join(ROOT, 'packages/neo4j'), stdio: 'inherit' },
      );
    cypher('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    cypher('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    // The local server's CPU seconds (scripts/neo4j.sh writes its pid), read around each push.
    const pidFile = join(ROOT, '.neo4j/neo4j.pid');
    const serverCpu = (): number => {
      try {
        const stat = readFileSync(`/proc/${readFileSync(pidFile, 'utf8').trim()}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(f[11]) + Number(f[12])) / 100;
      } catch {
        return NaN; // not the local server
      }
    };
    type Summary = {
      written: Record<string, number>;
      phaseSeconds: Record<string, number>;
      mode: string;
      aggregates?: string;
    };
    const pushed = (label: string, args: string[]): { run: Run; claimsRatio: number } => {
      const before = serverCpu();
      const r = geokg(['--store', store, 'push', '--json', ...args]);
      const server = serverCpu() - before;
      const p = JSON.parse(r.stdout) as Summary;
      const rate = (phase: string) => Math.round(p.written[phase]! / p.phaseSeconds[phase]!);
      line(
        `${label} (${p.mode}${p.aggregates ? `, aggregates from the ${p.aggregates}` : ''})`,
        `${fmt(r)}; CPU ${r.cpu.toFixed(2)} s client, ${server.toFixed(2)} s server; ${JSON.stringify(p.written)}`,
      );
      line(
        '  phases',
        `nodes ${p.phaseSeconds.nodes!.toFixed(2)} s, claims ${p.phaseSeconds.claims!.toFixed(2)} s (${rate('claims')}/s), relationships ${p.phaseSeconds.relationships!.toFixed(2)} s (${rate('relationships')}/s); claims/relationships rate ratio ${(rate('claims') / rate('relationships')).toFixed(2)}`,
      );
      return { run: r, claimsRatio: rate('claims') / rate('relationships') };
    };
    const full = pushed('push --full', ['--full']);
    const more = geokg(['--store', store, 'import', '--format', 'gdelt', extra]);
    line('import 1,000 more rows', fmt(more));
    const inc = pushed('push', []).run;
    pushFigures = { incremental: inc.seconds, claimsRatio: full.claimsRatio };
    line(
      '  against the baseline',
      `${(inc.seconds / baseline.seconds).toFixed(1)}× its wall time, ${(inc.seconds - baseline.seconds).toFixed(2)} s over it`,
    );
  }
}

// Issue 13's targets, each with the figure above it is judged on.
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
console.log('\nissue 13 targets');
for (const [rows, f] of figures) {
  const n = rows.toLocaleString('en');
  line(
    `${n}: stats < 1 s, < 200 MB`,
    `${f.statsSeconds.toFixed(2)} s over the baseline, ${f.statsRss.toFixed(0)} MB: ${verdict(f.statsSeconds < 1 && f.statsRss < 200)}`,
  );
  line(`${n}: store <= 0.6x CSV`, `${f.storeRatio.toFixed(2)}x: ${verdict(f.storeRatio <= 0.6)}`);
}
const [small, large] = [sizes[0]!, sizes.at(-1)!].map((n) => figures.get(n)!);
if (sizes.length > 1) {
  for (const format of ['jsonl', 'gexf']) {
    const ratio = large!.exportRss[format]! / small!.exportRss[format]!;
    line(
      `export ${format} RSS ${sizes.at(-1)} / ${sizes[0]} <= 1.5`,
      `${large!.exportRss[format]!.toFixed(0)} / ${small!.exportRss[format]!.toFixed(0)} MB = ${ratio.toFixed(2)}: ${verdict(ratio <= 1.5)}`,
    );
  }
}
line(
  `import at ${sizes.at(-1)} < 4 GiB`,
  `${large!.importRss.toFixed(0)} MB: ${verdict(large!.importRss < 4096)}`,
);
if (pushFigures) {
  line(
    'incremental push of 1,000 rows < 5 s',
    `${pushFigures.incremental.toFixed(2)} s wall: ${verdict(pushFigures.incremental < 5)}`,
  );
  line(
    'claims >= 1x relationships/s',
    `${pushFigures.claimsRatio.toFixed(2)}x: ${verdict(pushFigures.claimsRatio >= 1)}`,
  );
}
