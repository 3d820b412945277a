// push(): a store (or a graph already loaded) into Neo4j, as `geokg push` does. Config fields left out come
// from the environment (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), like the CLI's flags.
import { GeoGraph } from '@geokg/core';
import type { Store } from '@geokg/core';
import type { Neo4jFlags } from './config.ts';
import { pushGraph } from './push.ts';
import type { ProgressListener, PushSummary } from './push.ts';

export interface PushConfig extends Neo4jFlags {
  /** Aborting stops the push between batches; pushing again finishes it. */
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export async function push(source: Store | GeoGraph, config: PushConfig = {}): Promise<PushSummary> {
  const { onProgress, ...options } = config;
  const graph = source instanceof GeoGraph ? source : await source.load();
  return pushGraph(graph, options, onProgress);
}
