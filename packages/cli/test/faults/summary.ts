// vitest globalSetup of the fault suite: starts an empty tally, and prints the summary at the end.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { TALLY } from './tally.ts';
import type { Tally } from './tally.ts';

export function setup(): () => void {
  rmSync(TALLY, { force: true });
  return () => {
    const sum: Tally = { faults: 0, stores: 0, lost: 0, duplicates: 0 };
    const lines = existsSync(TALLY) ? readFileSync(TALLY, 'utf8').split('\n').filter(Boolean) : [];
    for (const l of lines) {
      const t = JSON.parse(l) as Partial<Tally>;
      for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] += t[k] ?? 0;
    }
    console.log(
      `geokg faults: ${sum.faults} faults injected, ${sum.stores} stores checked, ` +
        `${sum.lost} records lost, ${sum.duplicates} duplicates` +
        (process.env['GEOKG_FAULTS_FULL'] === '1' ? '' : ' (quick run; GEOKG_FAULTS_FULL=1 for all)'),
    );
  };
}
