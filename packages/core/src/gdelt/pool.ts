// The lanes of a parallel GDELT import: worker threads, and the importing thread itself (which would
// otherwise sit idle while the workers map; it also saves starting one more worker, ~1 s of CPU). Chunk n
// goes to lane n mod lanes and each lane answers in order, so the importer reads results in file order:
// the store gets the same lines whatever the timing.
import { Worker } from 'node:worker_threads';
import { runChunk } from './chunk.ts';
import type { ChunkResult, ChunkTask, WorkerState } from './chunk.ts';
import type { WorkerInit, WorkerReply } from './worker.ts';

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const MODULE = new URL('./worker.ts', import.meta.url).href;

interface Lane {
  send(task: ChunkTask): void;
  next(): Promise<WorkerReply>;
  close(): Promise<unknown>;
}

/** The importing thread as a lane: maps a chunk when it is sent. */
class LocalLane implements Lane {
  private readonly replies: WorkerReply[] = [];
  constructor(private readonly state: WorkerState) {}
  send(task: ChunkTask): void {
    this.replies.push({ result: runChunk(task, this.state) });
  }
  next(): Promise<WorkerReply> {
    return Promise.resolve(this.replies.shift()!);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** One worker and the replies it has sent that nobody has taken yet. */
class WorkerLane implements Lane {
  private readonly replies: WorkerReply[] = [];
  private readonly waiting: { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }[] = [];
  private failure?: Error;

  private readonly worker: Worker;

  constructor(init: WorkerInit) {
    const worker = (this.worker = new Worker(BOOT, { workerData: { module: MODULE, init } }));
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
  private readonly channels: Lane[];
  private sent = 0;
  private received = 0;

  /** `workers` threads, plus this thread as a lane when `local` (its mapper) is given. */
  constructor(workers: number, init: WorkerInit, local?: WorkerState) {
    this.channels = Array.from({ length: workers }, (): Lane => new WorkerLane(init));
    if (local) this.channels.push(new LocalLane(local));
  }

  get size(): number {
    return this.channels.length;
  }

  /** Chunks sent and not yet taken back. */
  get pending(): number {
    return this.sent - this.received;
  }

  /** Sends a chunk (to this thread's lane: maps it now). */
  send(task: Omit<ChunkTask, 'seq'>): void {
    const seq = this.sent++;
    this.channels[seq % this.channels.length]!.send({ ...task, seq });
  }

  /** The result of the oldest chunk not yet taken back. */
  async next(): Promise<ChunkResult> {
    const seq = this.received++;
    const reply = await this.channels[seq % this.channels.length]!.next();
    if ('error' in reply) throw new Error(`GDELT worker thread failed: ${reply.error}`);
    if (reply.result.seq !== seq)
      throw new Error(`GDELT worker thread answered chunk ${reply.result.seq} for ${seq}`);
    return reply.result;
  }

  async close(): Promise<void> {
    await Promise.all(this.channels.map((c) => c.close()));
  }
}
