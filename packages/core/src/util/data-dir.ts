// Where the data geokg ships (seeds/, the ontology's schema/) lies relative to the running code. The code runs
// from packages/*/src (tsx), packages/*/dist (tsc), an installed @geokg/* package, or the one-file bundle of
// the `geokg` binary; each has the folder a different number of levels up, so look up from here. A packed
// @geokg/core carries the seeds it reads in dist/seeds, inside the build, so a checkout's src/ never sees a copy.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The first `<ancestor>/<candidate>` holding `marker`, from the folder of `moduleUrl` upwards. */
export function findUp(moduleUrl: string, candidates: string[], marker: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    for (const c of candidates) if (existsSync(join(dir, c, marker))) return resolve(dir, c);
    const up = dirname(dir);
    if (up === dir) return resolve(dirname(fileURLToPath(moduleUrl)), candidates[0]!);
    dir = up;
  }
}
