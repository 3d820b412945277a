// Pushes a store into Neo4j, then asks it cookbook question 1 (docs/cypher-cookbook.md): who accuses whom,
// and on what evidence. The server and credentials come from NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.
// Usage: node push-and-query.mjs [STORE]
import { openStore } from '@geokg/core';
import { openDriver, push, resolveConfig } from '@geokg/neo4j';

const summary = await push(openStore(process.argv[2] ?? 'data'));
const { nodes, relationships, claims } = summary.database;
console.log(`Neo4j holds ${nodes} nodes, ${relationships} relationships, ${claims} claims`);

const driver = await openDriver(resolveConfig());
try {
  const { records } = await driver.executeQuery(
    `MATCH (a:Thing)-[r:ACCUSES]->(b:Thing)
     MATCH (c:Claim {type: type(r)})-[:SUBJECT]->(a), (c)-[:OBJECT]->(b)
     RETURN a.name AS accuser, b.name AS accused, r.modality AS modality, c.text AS evidence
     ORDER BY accuser, accused`,
  );
  for (const r of records)
    console.log(
      `${r.get('accuser')} accuses ${r.get('accused')} (${r.get('modality')}): ${r.get('evidence')}`,
    );
} finally {
  await driver.close();
}
