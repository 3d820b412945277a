// The body of a worker thread of a parallel GDELT import (started through worker-boot.mjs): rebuilds the
// importer's registry, then maps the chunks it is sent, in order, with one mapper for all of them.
import { parentPort, workerData } from 'node:worker_threads';
import type { Entity } from '../../model/entity.ts';
import { addStored } from '../../registry/generic.ts';
import { defaultRegistry, loadRegistry } from '../../seeded/registry.ts';
import { runChunk } from './chunk.ts';
import type { ChunkTask } from './chunk.ts';
import { GdeltMapper } from '../map/mapper.ts';

export interface WorkerInit {
  /** Entities added to the default registry to make the importer's (what the store already holds). */
  additions: Entity[];
}

export type WorkerReply = { result: ReturnType<typeof runChunk> } | { error: string };

const init = (workerData as { init: WorkerInit }).init;
let registry = defaultRegistry();
if (init.additions.length) {
  registry = loadRegistry();
  for (const e of init.additions) addStored(registry, e);
}
const mapper = new GdeltMapper(registry);
const port = parentPort!;

port.on('message', (task: ChunkTask) => {
  let reply: WorkerReply;
  try {
    reply = { result: runChunk(task, mapper) };
  } catch (e) {
    reply = { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  // The claim bytes and arrays move to the importing thread rather than being copied.
  const moved = 'result' in reply ? reply.result.claims : undefined;
  port.postMessage(
    reply,
    moved
      ? ([
          moved.bytes.buffer,
          moved.ends.buffer,
          moved.edgeHashes.buffer,
          moved.modalities.buffer,
        ] as ArrayBuffer[])
      : [],
  );
});
