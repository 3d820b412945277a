// The store into Neo4j, incrementally: the store remembers per target (URI and database) the last segment a
// push sent completely (core push-marks.ts), and the next push sends only what later segments change: their
// entities, their claims, and each edge they add to with the aggregate of all its claims (core touched.ts),
// so an edge that gains a claim carries the same aggregate as after a full push. The mark moves only when
// the push has succeeded: one killed half-way is sent again whole, and MERGE makes that converge.
import { defaultOntology, markPushed, targetKey, touchedPart, unpushedSegments } from '@geokg/core';
import type { Store } from '@geokg/core';
import { resolveConfig } from './config.ts';
import { pushGraph } from './push.ts';
import type { ProgressListener, PushOptions, PushSummary } from './push.ts';

export interface StorePushOptions extends PushOptions {
  /** Send every segment, whatever the store remembers of this target. */
  full?: boolean;
}

export interface StorePushSummary extends PushSummary {
  mode: 'full' | 'incremental';
  /** Segments sent (all of the store's in a full push). */
  segments: number;
}

/** Reading the store before the push: claims read so far, of how many. */
export type LoadListener = (done: number, total: number) => void;

export async function pushStore(
  store: Store,
  options: StorePushOptions = {},
  onProgress?: ProgressListener,
  onLoad?: LoadListener,
): Promise<StorePushSummary> {
  const { full, ...pushOptions } = options;
  const config = resolveConfig(pushOptions);
  const manifest = store.manifest();
  const key = targetKey(config.uri, config.database);
  const changed = full ? undefined : unpushedSegments(store.dir, manifest, key);
  const ontology = defaultOntology();
  let summary: PushSummary;
  if (changed === undefined) {
    const graph = await store.load(ontology, onLoad);
    summary = await pushGraph(graph, pushOptions, onProgress);
  } else {
    const part = await touchedPart(store, manifest.segments, changed, ontology);
    summary = await pushGraph(
      part.graph,
      { ...pushOptions, claims: (c) => part.claims.has(c.id) },
      onProgress,
    );
  }
  markPushed(store.dir, manifest, key);
  return {
    ...summary,
    mode: changed === undefined ? 'full' : 'incremental',
    segments: changed?.length ?? manifest.segments.length,
  };
}
