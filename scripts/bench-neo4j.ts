// Benchmark of `geokg push`: the batched importer (UNWIND $rows … MERGE) against a one-statement-per-row
// baseline on a sample, both measured in this run against the same server (machines here are noisy, so
// only the ratio travels). Wipes the target database first: run it against the local server only.
//   bash scripts/neo4j.sh start && pnpm exec tsx scripts/bench-neo4j.ts [relationships=200000] [batch=5000] [sample=2000]
import { resolveConfig } from '../packages/neo4j/src/config.ts';
import { openDriver } from '../packages/neo4j/src/driver.ts';
import { mergeRelationshipsStatement } from '../packages/neo4j/src/cypher/relationships.ts';
import { rootLabel } from '../packages/neo4j/src/names.ts';
import { planPush } from '../packages/neo4j/src/plan.ts';
import type { Phase, PushPlan } from '../packages/neo4j/src/plan.ts';
import { runPlan } from '../packages/neo4j/src/push.ts';
import type { RelationshipRow } from '../packages/neo4j/src/rows.ts';
import { wipeDatabase } from '../packages/neo4j/test/server.ts';
import { syntheticGraph } from '../packages/neo4j/test/synthetic-graph.ts';

const [relationships = 200_000, batchSize = 5000, sample = 2000] = process.argv.slice(2).map(Number);
const config = resolveConfig({ batchSize });
const seconds = (since: number) => (performance.now() - since) / 1000;
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');

let t = performance.now();
const geo = syntheticGraph({ relationships });
const plan = planPush(geo, batchSize);
const root = rootLabel(geo.ontology);
console.log(
  `graph: ${plan.totals.nodes} nodes, ${plan.totals.relationships} relationships, ${plan.totals.claims} claims ` +
    `(generated and planned in ${seconds(t).toFixed(1)} s); batch size ${batchSize}`,
);

const only = (phases: Phase[]): PushPlan => ({ ...plan, batches: plan.batches.filter((b) => phases.includes(b.phase)) });
const driver = await openDriver(config);
// wipeDatabase wants a driver that reads integers as numbers; counts stay small enough here.
const { default: neo4j } = await import('../packages/neo4j/node_modules/neo4j-driver/lib/index.js');
const reader = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });

try {
  await wipeDatabase(reader, config);
  const times: Partial<Record<Phase, number>> = {};
  let phaseStart = performance.now();
  const onProgress = (p: { phase: string; done: number; total: number }) => {
    if (p.phase !== 'schema' && p.done === p.total) {
      times[p.phase as Phase] = seconds(phaseStart);
      phaseStart = performance.now();
    }
    if (p.phase === 'schema' && p.done === p.total) phaseStart = performance.now();
  };
  t = performance.now();
  await runPlan(driver, config, only(['nodes', 'relationships', 'claims']), { root, onProgress });
  const total = seconds(t);
  const graphTime = (times.nodes ?? 0) + (times.relationships ?? 0);
  const batched = plan.totals.relationships / graphTime;
  console.log(`batched: nodes ${times.nodes?.toFixed(1)} s, relationships ${times.relationships?.toFixed(1)} s, claims ${times.claims?.toFixed(1)} s (whole push ${total.toFixed(1)} s)`);
  console.log(`batched: ${rate(plan.totals.relationships, graphTime)} relationships/s with their nodes; relationships phase alone ${rate(plan.totals.relationships, times.relationships ?? 1)}/s; claims ${rate(plan.totals.claims, times.claims ?? 1)}/s`);

  // Baseline: the same relationships, one statement and one transaction per row, on fresh nodes.
  await wipeDatabase(reader, config);
  await runPlan(driver, config, only(['nodes']), { root });
  const rows = plan.batches.filter((b) => b.phase === 'relationships').flatMap((b) => b.rows.map((row) => ({ row: row as RelationshipRow, type: b.group })));
  const picked = rows.filter((_, i) => i % Math.max(1, Math.floor(rows.length / sample)) === 0).slice(0, sample);
  const session = driver.session(config.database ? { database: config.database } : {});
  t = performance.now();
  for (const { row, type } of picked) {
    const cypher = mergeRelationshipsStatement(root, type).replace('UNWIND $rows AS row\n', '').replaceAll('row.', '$');
    await session.executeWrite((tx) => tx.run(cypher, row as unknown as Record<string, unknown>));
  }
  const baselineTime = seconds(t);
  await session.close();
  const baseline = picked.length / baselineTime;
  console.log(`baseline: ${rate(picked.length, baselineTime)} relationships/s (one statement per row, sample of ${picked.length})`);
  console.log(
    `result: ${rate(plan.totals.relationships, graphTime)} relationships/s batched (batch size ${batchSize}), ` +
      `${(batched / baseline).toFixed(0)}x the per-row baseline (targets: >= 20,000/s and >= 50x)`,
  );
} finally {
  await reader.close();
  await driver.close();
}
