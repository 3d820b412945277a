import neo4j from 'neo4j-driver';
import { planPush } from './src/plan.ts';
import { runPlan } from './src/push.ts';
import { resolveConfig } from './src/config.ts';
import { openDriver } from './src/driver.ts';
import { syntheticGraph } from './test/synthetic-graph.ts';
import type { RelationshipRow } from './src/rows.ts';
const N = Number(process.argv[2] ?? 20000);
const B = Number(process.argv[3] ?? 5000);
const config = resolveConfig({ batchSize: B });
const d = await openDriver(config);
const geo = syntheticGraph({ relationships: N });
const plan = planPush(geo, B);
const wipe = async () => { const s = d.session(); await s.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'); await s.close(); };
const variants: Record<string, (t: string) => string> = {
  map: (t) => `UNWIND $rows AS row MATCH (a:Thing {id: row.source}) MATCH (b:Thing {id: row.target}) MERGE (a)-[rel:${t}]->(b) SET rel = row.props`,
  explicit: (t) => `UNWIND $rows AS row MATCH (a:Thing {id: row.source}) MATCH (b:Thing {id: row.target}) MERGE (a)-[rel:${t}]->(b) SET rel.predicate = row.props.predicate, rel.modality = row.props.modality, rel.confidence = row.props.confidence, rel.cameo = row.props.cameo, rel.plover = row.props.plover, rel.firstSeen = row.props.firstSeen, rel.lastSeen = row.props.lastSeen, rel.claimCount = row.props.claimCount, rel.documents = row.props.documents`,
  create: (t) => `UNWIND $rows AS row MATCH (a:Thing {id: row.source}) MATCH (b:Thing {id: row.target}) CREATE (a)-[rel:${t}]->(b) SET rel = row.props`,
};
for (const [name, make] of Object.entries(variants)) {
  await wipe();
  await runPlan(d, config, { ...plan, batches: plan.batches.filter((b) => b.phase === 'nodes') }, { root: 'Thing' });
  const s = d.session();
  let t = performance.now();
  for (const b of plan.batches.filter((b) => b.phase === 'relationships')) await s.executeWrite((tx) => tx.run(make(b.group), { rows: b.rows }));
  const first = (performance.now() - t) / 1000;
  t = performance.now();
  for (const b of plan.batches.filter((b) => b.phase === 'relationships')) await s.executeWrite((tx) => tx.run(make(b.group), { rows: b.rows }));
  const second = (performance.now() - t) / 1000;
  await s.close();
  console.log(name, 'create pass', Math.round(N / first), '/s; re-run', Math.round(N / second), '/s');
}
const s = d.session(); let t = performance.now();
for (const b of plan.batches.filter((b) => b.phase === 'nodes')) await s.executeWrite((tx) => tx.run(b.cypher, { rows: b.rows }));
console.log('nodes rerun', Math.round(plan.totals.nodes / ((performance.now() - t) / 1000)), '/s');
await s.close();
await d.close();
