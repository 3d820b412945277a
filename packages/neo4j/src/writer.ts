// Writes planned batches, each one write transaction through executeWrite (which retries transient
// errors: deadlocks, leader switches). Up to `concurrency` batches run at once when they cannot touch the
// same nodes: node batches never do (distinct ids), relationship batches carry the lock buckets of their
// endpoints and run together only when those are disjoint, claim batches run alone (they share documents).
// Phases are barriers: relationships start once every node is committed (and its element id collected).
import type { Driver, Session } from 'neo4j-driver';
import { PushAbortedError } from './errors.ts';
import type { Batch } from './plan.ts';

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

export interface BatchUpdates {
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface WriteOptions {
  database?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Transactions in flight at once (default 2: one per core of a small machine); 1 writes one by one. */
  concurrency?: number | undefined;
  /** A transaction running longer than this on the server is stopped there (the push then exits 4). */
  transactionMs?: number | undefined;
  /** Called once a batch is committed (batches of one phase may finish out of order). */
  onBatch?: ((index: number, batch: Batch, updates: BatchUpdates) => void) | undefined;
}

export interface Running {
  batch: Batch;
  session: Session;
  done: Promise<void>;
}

/** May `batch` run beside the running ones without waiting on their locks? */
export function compatible(batch: Batch, running: Iterable<Running>): boolean {
  for (const r of running) {
    if (r.batch.phase !== batch.phase || !batch.buckets || !r.batch.buckets) return false;
    if (batch.buckets.some((b) => r.batch.buckets!.includes(b))) return false;
  }
  return true;
}

export async function writeBatches(
  driver: Driver,
  batches: readonly Batch[],
  opts: WriteOptions = {},
): Promise<void> {
  const config = opts.database ? { database: opts.database } : {};
  const free: Session[] = Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, () =>
    driver.session(config),
  );
  const sessions = [...free];
  const pending = [...batches.keys()];
  const running = new Set<Running>();
  let done = 0;
  let failure: { error: unknown } | undefined;

  const start = (index: number, session: Session): void => {
    const batch = batches[index]!;
    const tx = opts.transactionMs ? { timeout: opts.transactionMs } : {};
    const run = (cypher: string) => session.executeWrite((t) => t.run(cypher, { rows: batch.rows() }), tx);
    const entry: Running = {
      batch,
      session,
      done: run(batch.cypher)
        .catch((e: unknown) => {
          // A CREATE that met a node already in (a push of the same claims that died, another pusher): the
          // transaction was rolled back whole, and the MERGE form writes the batch without doubling any.
          if (batch.fallback && (e as { code?: string }).code === CONSTRAINT_FAILED)
            return run(batch.fallback);
          throw e;
        })
        .then(
          (result) => {
            batch.collect?.(result.records);
            const u = result.summary.counters.updates();
            done += 1;
            opts.onBatch?.(index, batch, {
              nodesCreated: u.nodesCreated,
              relationshipsCreated: u.relationshipsCreated,
            });
          },
          (error: unknown) => {
            failure ??= { error };
          },
        )
        .finally(() => {
          running.delete(entry);
          free.push(session);
        }),
    };
    running.add(entry);
  };

  try {
    while (pending.length || running.size) {
      const stopping = failure !== undefined || opts.signal?.aborted === true;
      while (!stopping && free.length && pending.length) {
        // Only the earliest pending phase may start: a later one waits for it to be committed.
        const phase = batches[pending[0]!]!.phase;
        const at = pending.findIndex((i) => batches[i]!.phase === phase && compatible(batches[i]!, running));
        if (at < 0) break;
        start(pending.splice(at, 1)[0]!, free.pop()!);
      }
      if (!running.size) break;
      await Promise.race([...running].map((r) => r.done));
    }
    if (failure) throw failure.error;
    if (pending.length) throw new PushAbortedError(done, batches.length);
  } finally {
    await Promise.all([...running].map((r) => r.done));
    await Promise.all(sessions.map((s) => s.close()));
  }
}
