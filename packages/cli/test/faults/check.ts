// Checks a store after a fault: it loads, and its claims are exactly an expected set, each once.
import { openStore } from '@geokg/core';

export interface StoreCheck {
  ids: Set<string>;
  lost: number;
  duplicates: number;
}

/** Claim ids of the store, with those of `expected` missing and claims stored more than once. */
export async function checkStore(dir: string, expected?: Set<string>): Promise<StoreCheck> {
  const ids = new Set<string>();
  let duplicates = 0;
  for await (const c of openStore(dir).claims()) {
    if (ids.has(c.id)) duplicates++;
    ids.add(c.id);
  }
  const lost = expected ? [...expected].filter((id) => !ids.has(id)).length : 0;
  return { ids, lost, duplicates };
}
