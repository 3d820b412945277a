// Run by kill.int.test.ts as a separate process that gets SIGKILLed mid-push: it prints one line per batch.
import { pushGraph } from '../src/push.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const relationships = Number(process.argv[2] ?? 3000);
await pushGraph(syntheticGraph({ relationships }), { batchSize: 100 }, (p) => {
  if (p.phase !== 'schema') console.log(`batch ${p.batchesDone}/${p.batchesTotal}`);
});
console.log('done');
