// GeoGraph → Neo4j: schema first, then the planned batches, each one write transaction (executeWrite
// retries transient failures). Every statement MERGEs, so pushing twice changes nothing and a push
// that died half-way, run again, ends where an uninterrupted one would.
import { faultPoint } from '@geokg/core';
import type { Claim, GeoGraph } from '@geokg/core';
import type { Driver, Session } from 'neo4j-driver';
import { describeTarget, resolveConfig } from './config.ts';
import type { Neo4jConfig, Neo4jFlags } from './config.ts';
import { closeDriver, openDriver } from './driver.ts';
import { explainDriverError } from './errors.ts';
import { CLAIM_LABEL, quoteName, rootLabel } from './names.ts';
import { PHASES, planPush } from './plan.ts';
import type { Phase, PushPlan } from './plan.ts';
import { writeBatches } from './writer.ts';

export interface PushOptions extends Neo4jFlags {
  /** Checked between batches: aborting stops the push with PushAbortedError (re-run to complete it). */
  signal?: AbortSignal;
  /** Write transactions in flight at once (default 2); 1 writes one batch after another. */
  concurrency?: number;
  /** The claims to send (default all): an incremental push sends those of the new segments. */
  claims?: (c: Claim) => boolean;
}

export interface PushProgress {
  phase: 'schema' | Phase;
  /** Rows (or schema statements) written so far in this phase, and in all of it. */
  done: number;
  total: number;
  batchesDone: number;
  batchesTotal: number;
}

export interface PushSummary {
  target: string;
  batchSize: number;
  batches: number;
  /** Rows written per phase: every node, relationship and claim of the graph. */
  written: Record<Phase, number>;
  /** Seconds each phase took (phases run one after another: nodes, claims, relationships). */
  phaseSeconds: Record<Phase, number>;
  /** What this push added: zero everywhere when the database already held the graph. */
  created: { nodes: number; relationships: number };
  /** Totals in the database afterwards. */
  database: { nodes: number; claims: number; relationships: number };
  seconds: number;
}

export type ProgressListener = (p: PushProgress) => void;

/** Every transaction's server-side time limit, when the config has one. */
type TxConfig = { timeout?: number };

async function writeSchema(
  session: Session,
  plan: PushPlan,
  tx: TxConfig,
  onProgress?: ProgressListener,
): Promise<void> {
  let done = 0;
  for (const statement of plan.schema) {
    await session.executeWrite((t) => t.run(statement), tx);
    done += 1;
    onProgress?.({
      phase: 'schema',
      done,
      total: plan.schema.length,
      batchesDone: 0,
      batchesTotal: plan.batches.length,
    });
  }
  // Constraints and the full-text index must be online before MERGE relies on them.
  await session.run('CALL db.awaitIndexes(300)', {}, tx);
}

async function countDatabase(session: Session, root: string, tx: TxConfig) {
  const [r, c] = [quoteName(root), quoteName(CLAIM_LABEL)];
  const count = async (cypher: string) => {
    const r = await session.executeRead((t) => t.run(cypher), tx);
    return r.records[0]?.get('n').toNumber() as number;
  };
  return {
    nodes: await count(`MATCH (n:${r}) RETURN count(n) AS n`),
    claims: await count(`MATCH (c:${c}) RETURN count(c) AS n`),
    relationships:
      (await count('MATCH ()-[r]->() RETURN count(r) AS n')) -
      (await count(`MATCH (:${c})-[r]->() RETURN count(r) AS n`)),
  };
}

/** Runs a plan on an open driver; the building block of pushGraph and of the benchmark. */
export async function runPlan(
  driver: Driver,
  config: Pick<Neo4jConfig, 'database'> & Partial<Pick<Neo4jConfig, 'timeouts'>>,
  plan: PushPlan,
  options: { signal?: AbortSignal; onProgress?: ProgressListener; root: string; concurrency?: number },
) {
  const sessionConfig = config.database ? { database: config.database } : {};
  const created = { nodes: 0, relationships: 0 };
  const done: Record<Phase, number> = { nodes: 0, relationships: 0, claims: 0 };
  const batches: Record<Phase, number> = { nodes: 0, relationships: 0, claims: 0 };
  // When each phase's last batch was committed: phases are barriers, so a phase lasts from the end of
  // the one before (or of the schema) to its own.
  const ended: Partial<Record<Phase | 'schema', number>> = {};
  let batchesDone = 0;
  const transactionMs = config.timeouts?.transactionMs;
  const tx: TxConfig = transactionMs ? { timeout: transactionMs } : {};
  const session = driver.session(sessionConfig);
  try {
    await writeSchema(session, plan, tx, options.onProgress);
    ended.schema = performance.now();
    await writeBatches(driver, plan.batches, {
      database: config.database,
      transactionMs,
      signal: options.signal,
      concurrency: options.concurrency,
      onBatch: (_index, batch, updates) => {
        created.nodes += updates.nodesCreated;
        created.relationships += updates.relationshipsCreated;
        done[batch.phase] += batch.size;
        batchesDone += 1;
        // Tests stop or kill the push here (GEOKG_FAULT=stop:push-relationships-10, core fault.ts).
        faultPoint(`push-${batch.phase}-${++batches[batch.phase]}`);
        ended[batch.phase] = performance.now();
        options.onProgress?.({
          phase: batch.phase,
          done: done[batch.phase],
          total: plan.totals[batch.phase],
          batchesDone,
          batchesTotal: plan.batches.length,
        });
      },
    });
    const phaseSeconds = { nodes: 0, relationships: 0, claims: 0 };
    let from = ended.schema;
    for (const phase of PHASES) {
      const end = ended[phase];
      if (end === undefined) continue;
      phaseSeconds[phase] = (end - from) / 1000;
      from = end;
    }
    return { created, phaseSeconds, database: await countDatabase(session, options.root, tx) };
  } finally {
    await session.close();
  }
}

/**
 * Pushes the graph into the Neo4j named by the options (flags) or NEO4J_* variables. Throws
 * Neo4jConnectionError (server down, wrong password, unknown database) or PushAbortedError.
 */
export function pushGraph(
  geo: GeoGraph,
  options: PushOptions = {},
  onProgress?: ProgressListener,
): Promise<PushSummary> {
  return pushPlanned(options, onProgress, (config) => ({
    plan: planPush(geo, config.batchSize, options.claims),
    root: rootLabel(geo.ontology),
  }));
}

/** A plan to run, made once the server answers (`prepare` may read the database first). */
export type Prepare = (
  config: Neo4jConfig,
  driver: Driver,
) => { plan: PushPlan; root: string } | Promise<{ plan: PushPlan; root: string }>;

/** Opens the driver, has the plan made, runs it and closes the driver: what every push shares. */
export async function pushPlanned(
  options: PushOptions,
  onProgress: ProgressListener | undefined,
  prepare: Prepare,
): Promise<PushSummary> {
  const started = performance.now();
  const config = resolveConfig(options);
  const driver = await openDriver(config);
  try {
    const { plan, root } = await prepare(config, driver);
    const { created, phaseSeconds, database } = await runPlan(driver, config, plan, {
      root,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    return {
      target: describeTarget(config),
      batchSize: config.batchSize,
      batches: plan.batches.length,
      written: plan.totals,
      phaseSeconds,
      created,
      database,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (e) {
    throw explainDriverError(e, config);
  } finally {
    await closeDriver(driver, config.timeouts.connectMs);
  }
}
