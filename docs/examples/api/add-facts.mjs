// Adds facts to a geokg store from a script: records in memory, checked like a fact file (all or nothing),
// then the claims read back. Usage: node add-facts.mjs [STORE]   (default ./data)
import { openStore } from '@geokg/core';

const store = openStore(process.argv[2] ?? 'data');

const summary = await store.import(
  [
    { type: 'entity', kind: 'Company', name: 'Ostara Pipe Works', country: 'KAZ', aliases: ['Ostara'] },
    { subject: 'Ostara', predicate: 'operates', object: { name: 'Ostara Line', kind: 'Pipeline' } },
    {
      subject: 'Kazakhstan',
      predicate: 'accuses',
      object: 'Ukraine',
      modality: 'alleged',
      confidence: 0.6,
      date: '2026-11-20',
      quote: 'Astana said Kyiv was behind it.',
    },
  ],
  { doc: 'add-facts.mjs' },
);
// The summary `geokg import --json` prints: what was new, what the store already had.
console.log(JSON.stringify(summary));

for await (const claim of store.claims()) {
  console.log(`${claim.subject.name} -${claim.predicate}-> ${claim.object.name} (${claim.modality})`);
}
