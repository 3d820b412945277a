// @geokg/neo4j/testing: what code outside this package needs to test or benchmark a push — the test
// server helpers, the synthetic graph, and the row and Cypher pieces a one-statement-per-row baseline
// is built from (scripts/bench-neo4j.ts). Not published: the package's published exports omit it.
export { testConfig, testDriver, wipeDatabase, fingerprint, query } from './server.ts';
export { syntheticGraph } from './synthetic-graph.ts';
export type { SyntheticOptions } from './synthetic-graph.ts';
export { relationshipGroups, relationshipRow } from '../src/rows.ts';
export { RELATIONSHIP_PROPERTIES, setProperties } from '../src/cypher/relationships.ts';
export { quoteName } from '../src/names.ts';
