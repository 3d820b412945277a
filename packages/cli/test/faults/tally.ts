// What the fault suite did, summed over its files by summary.ts: each test appends one line.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../run.ts';

export const TALLY = join(ROOT, '.tmp', 'faults-tally.jsonl');

export interface Tally {
  faults: number;
  stores: number;
  lost: number;
  duplicates: number;
}

export function tally(t: Partial<Tally>): void {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  appendFileSync(TALLY, JSON.stringify(t) + '\n');
}

/** The slow parts (more random kills, more property runs) run when GEOKG_FAULTS_FULL=1 (.ci/run sets it). */
export const FULL = process.env['GEOKG_FAULTS_FULL'] === '1';
