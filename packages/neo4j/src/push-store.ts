// The store into Neo4j, incrementally: the store remembers per target (URI and database) the last segment a
// push sent completely (core push-marks.ts), and the next push sends only what later segments change: their
// entities, their claims, and each edge they add to with the aggregate of all its claims, so an edge that
// gains a claim carries the same aggregate as after a full push. The aggregate comes from folding the new
// claims into the state the database holds (push-incremental.ts), or, when that is not safe (a push of
// them died half-way, say), from the store (core touched.ts). The mark moves only when the push has
// succeeded: one killed half-way is sent again whole, and converges.
import {
  defaultOntology,
  markPushed,
  segmentPart,
  targetKey,
  touchedPart,
  unpushedSegments,
} from '@geokg/core';
import type { Store } from '@geokg/core';
import type { Driver } from 'neo4j-driver';
import { resolveConfig } from './config.ts';
import type { Neo4jConfig } from './config.ts';
import { CLAIM_LABEL, quoteName, rootLabel } from './names.ts';
import { planPush } from './plan.ts';
import { incrementalPlan } from './push-incremental.ts';
import { pushPlanned } from './push.ts';
import type { ProgressListener, PushOptions, PushSummary } from './push.ts';

export interface StorePushOptions extends PushOptions {
  /** Send every segment, whatever the store remembers of this target. */
  full?: boolean;
}

export interface StorePushSummary extends PushSummary {
  mode: 'full' | 'incremental';
  /** Segments sent (all of the store's in a full push). */
  segments: number;
  /** Where the edge aggregates came from: the whole store, or the database's state plus the new claims. */
  aggregates: 'store' | 'database';
}

/** Reading the store before the push: claims read so far, of how many. */
export type LoadListener = (done: number, total: number) => void;

/** No Claim node yet: a full push may CREATE every claim. */
async function noClaims(driver: Driver, config: Neo4jConfig): Promise<boolean> {
  const session = driver.session(config.database ? { database: config.database } : {});
  try {
    const r = await session.executeRead((tx) =>
      tx.run(`MATCH (c:${quoteName(CLAIM_LABEL)}) RETURN count(c) AS n`),
    );
    return r.records[0]?.get('n').toNumber() === 0;
  } finally {
    await session.close();
  }
}

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
  const root = rootLabel(ontology);
  let aggregates: StorePushSummary['aggregates'] = 'store';
  const summary = await pushPlanned(pushOptions, onProgress, async (config, driver) => {
    if (changed === undefined) {
      const graph = await store.load(ontology, onLoad);
      const createClaims = await noClaims(driver, config);
      return { plan: planPush(graph, config.batchSize, undefined, { createClaims }), root };
    }
    const fast = await incrementalPlan(driver, config, await segmentPart(store, changed, ontology), ontology);
    if (fast) {
      aggregates = 'database';
      return { plan: fast, root };
    }
    const part = await touchedPart(store, manifest.segments, changed, ontology);
    return { plan: planPush(part.graph, config.batchSize, (c) => part.claims.has(c.id)), root };
  });
  markPushed(store.dir, manifest, key);
  return {
    ...summary,
    mode: changed === undefined ? 'full' : 'incremental',
    segments: changed?.length ?? manifest.segments.length,
    aggregates,
  };
}
