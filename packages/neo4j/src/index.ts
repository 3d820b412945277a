// @geokg/neo4j: GeoGraph → Neo4j. See docs/neo4j.md for the model and docs/cypher-cookbook.md for queries.
export { push } from './api.ts';
export type { PushConfig } from './api.ts';
export { pushGraph, runPlan } from './push.ts';
export { pushStore } from './push-store.ts';
export { importArguments, writeImportFolder } from './bulk/command.ts';
export type { ImportFolder } from './bulk/command.ts';
export type { LoadListener, StorePushOptions, StorePushSummary } from './push-store.ts';
export type { ProgressListener, PushOptions, PushProgress, PushSummary } from './push.ts';
export { planPush, PHASES, LOCK_BUCKETS } from './plan.ts';
export { writeBatches } from './writer.ts';
export type { BatchUpdates, WriteOptions } from './writer.ts';
export type { Batch, Phase, PushPlan } from './plan.ts';
export { DEFAULT_BATCH_SIZE, DEV_PASSWORD, describeTarget, resolveConfig } from './config.ts';
export type { Neo4jConfig, Neo4jFlags } from './config.ts';
export { openDriver } from './driver.ts';
export { explainDriverError, Neo4jConnectionError, PushAbortedError } from './errors.ts';
export { formatSummary, progressBar, progressPrinter } from './progress.ts';
export {
  CLAIM_LABEL,
  CLAIM_LINKS,
  FULLTEXT_INDEX,
  allLabels,
  labelsOf,
  relationshipType,
  rootLabel,
} from './names.ts';
