// Benchmark of `geokg push`: the batched importer (UNWIND $rows … MERGE) against a one-statement-per-row
// baseline on a sample, both measured in this run against the same server (machines here are noisy and
// shared, so the ratio is the figure that travels; the load average is printed beside it).
// It WIPES the target database: run it against the local server.
//   bash scripts/neo4j.sh start
//   pnpm exec tsx scripts/bench-neo4j.ts [relationships=200000] [batch size=5000] [baseline sample=2000]
import { loadavg } from 'node:os';
import { openDriver, planPush, resolveConfig, rootLabel, runPlan } from '@geokg/neo4j';
import type { Phase, PushPlan } from '@geokg/neo4j';
import {
  quoteName,
  RELATIONSHIP_PROPERTIES,
  relationshipGroups,
  relationshipRow,
  setProperties,
  syntheticGraph,
  testDriver,
  wipeDatabase,
} from '@geokg/neo4j/testing';

const [relationships = 200_000, batchSize = 5000, sample = 2000] = process.argv.slice(2).map(Number);
const config = resolveConfig({ batchSize });
const since = (t: number) => (performance.now() - t) / 1000;
const perSecond = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');
const load = () => loadavg()[0]!.toFixed(1);

let t = performance.now();
const geo = syntheticGraph({ relationships });
const plan = planPush(geo, batchSize);
const root = rootLabel(geo.ontology);
const { nodes, claims } = plan.totals;
console.log(
  `graph: ${nodes} nodes, ${relationships} relationships, ${claims} claims, generated in ${since(t).toFixed(1)} s; ` +
    `batch size ${batchSize}; load average ${load()}`,
);

const only = (phases: Phase[]): PushPlan => ({
  ...plan,
  batches: plan.batches.filter((b) => phases.includes(b.phase)),
});
const driver = await openDriver(config);
const reader = await testDriver(config);
try {
  // Warm-up: a fresh server compiles its query and storage paths on first use; measure the steady state.
  await wipeDatabase(reader, config);
  await runPlan(driver, config, planPush(syntheticGraph({ relationships: 100_000, seed: 7 }), batchSize), {
    root,
  });

  // Batched: the importer as `geokg push` runs it, each phase timed from the end of the one before.
  await wipeDatabase(reader, config);
  const seconds: Partial<Record<Phase, number>> = {};
  let phaseStart = performance.now();
  await runPlan(driver, config, plan, {
    root,
    onProgress: (p) => {
      if (p.done < p.total) return;
      if (p.phase !== 'schema') seconds[p.phase] = since(phaseStart);
      phaseStart = performance.now();
    },
  });
  const graphSeconds = (seconds.nodes ?? 0) + (seconds.relationships ?? 0);
  const batched = relationships / graphSeconds;
  console.log(
    `batched: nodes ${seconds.nodes?.toFixed(1)} s, relationships ${seconds.relationships?.toFixed(1)} s, ` +
      `claims ${seconds.claims?.toFixed(1)} s (${perSecond(claims, seconds.claims ?? 1)} claims/s)`,
  );

  // Baseline: a sample of the same relationships written the naive way, one statement and one transaction
  // each, endpoints found by id through the uniqueness constraint, between nodes already there (so the
  // baseline is not charged for nodes; the batched figure is).
  await wipeDatabase(reader, config);
  await runPlan(driver, config, only(['nodes']), { root });
  const rows = relationshipGroups(geo).flatMap((g) =>
    g.edges.map((edge) => ({ row: relationshipRow(geo, edge.key), type: g.type })),
  );
  const step = Math.max(1, Math.floor(rows.length / sample));
  const picked = rows.filter((_, i) => i % step === 0).slice(0, sample);
  const perRow = (type: string) =>
    [
      `MATCH (a:${quoteName(root)} {id: $source})`,
      `MATCH (b:${quoteName(root)} {id: $target})`,
      `MERGE (a)-[rel:${quoteName(type)}]->(b)`,
      `SET ${setProperties('rel', RELATIONSHIP_PROPERTIES, new Set(['claimCount'])).replaceAll('row.', '$')}`,
    ].join('\n');
  const session = driver.session(config.database ? { database: config.database } : {});
  t = performance.now();
  for (const { row, type } of picked) {
    await session.executeWrite((tx) => tx.run(perRow(type), row));
  }
  const baseline = picked.length / since(t);
  await session.close();
  console.log(
    `baseline: ${perSecond(baseline, 1)} relationships/s, one statement per row (sample of ${picked.length})`,
  );
  console.log(
    `result: ${perSecond(batched, 1)} relationships/s with their nodes, batched (batch size ${batchSize}); ` +
      `${(batched / baseline).toFixed(0)}x the per-row baseline; load average ${load()} ` +
      `(targets: >= 20,000/s and >= 50x)`,
  );
} finally {
  await reader.close();
  await driver.close();
}
