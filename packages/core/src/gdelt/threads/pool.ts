// The worker threads of a parallel GDELT import. Chunk n goes to worker n mod size and each worker answers
// in order, so the importer reads results in file order: the store gets the same lines whatever the timing.
import { Worker } from 'node:worker_threads';
import type { ChunkResult, ChunkTask } from './chunk.ts';
import type { WorkerInit, WorkerReply } from './worker.ts';

// From TypeScript sources a worker needs tsx's loader (worker-boot.mjs); built JavaScript (dist/, or the
// `geokg` bundle, which ships its worker as worker.js beside it) starts the worker module directly.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const BOOT = new URL(FROM_SOURCE ? './worker-boot.mjs' : './worker.js', import.meta.url);
const MODULE = new URL('./worker.ts', import.meta.url).href;

/** One worker and the replies it has sent that nobody has taken yet. */
class WorkerLane {
  private readonly replies: WorkerReply[] = [];
  private readonly waiting: { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }[] = [];
  private failure?: Error;

  private readonly worker: Worker;

  constructor(init: WorkerInit) {
    // A young generation larger than the default: a chunk's claims then die young, before they are
    // promoted, and garbage collection takes less of the worker's time (measured: ~1 s a million rows).
    const worker = (this.worker = new Worker(BOOT, {
      workerData: { module: MODULE, init },
      resourceLimits: { maxYoungGenerationSizeMb: 128 },
    }));
    worker.on('message', (r: WorkerReply) => {
      const w = this.waiting.shift();
      if (w) w.resolve(r);
      else this.replies.push(r);
    });
    worker.on('error', (e) =>
      this.fail(new Error(`GDELT worker thread failed: ${e.stack ?? e.message}`, { cause: e })),
    );
    worker.on('exit', (code) =>
      this.fail(new Error(`GDELT worker thread stopped early (exit code ${code})`)),
    );
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.splice(0)) w.reject(this.failure);
  }

  send(task: ChunkTask): void {
    // The chunk's bytes move to the worker rather than being copied.
    this.worker.postMessage(task, [task.bytes.buffer as ArrayBuffer]);
  }

  next(): Promise<WorkerReply> {
    const r = this.replies.shift();
    if (r) return Promise.resolve(r);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

export class GdeltPool {
  private readonly lanes: WorkerLane[];
  private sent = 0;
  private received = 0;

  constructor(workers: number, init: WorkerInit) {
    this.lanes = Array.from({ length: workers }, () => new WorkerLane(init));
  }

  get size(): number {
    return this.lanes.length;
  }

  /** Chunks sent and not yet taken back. */
  get pending(): number {
    return this.sent - this.received;
  }

  /** Sends a chunk to the next worker. */
  send(task: Omit<ChunkTask, 'seq'>): void {
    const seq = this.sent++;
    this.lane(seq).send({ ...task, seq });
  }

  /** The result of the oldest chunk not yet taken back. */
  async next(): Promise<ChunkResult> {
    const seq = this.received++;
    const reply = await this.lane(seq).next();
    if ('error' in reply) throw new Error(`GDELT worker thread failed: ${reply.error}`);
    if (reply.result.seq !== seq)
      throw new Error(`GDELT worker thread answered chunk ${reply.result.seq} for ${seq}`);
    return reply.result;
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((c) => c.close()));
  }

  private lane(seq: number): WorkerLane {
    return this.lanes[seq % this.lanes.length]!;
  }
}
