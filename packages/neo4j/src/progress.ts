// What a person sees during `geokg push`: a redrawn bar on a terminal, one line per phase otherwise
// (CI logs), and a summary at the end.
import type { PushProgress, PushSummary } from './push.ts';
import { formatCount } from '@geokg/core';

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

const WIDTH = 30;

export function progressBar(p: PushProgress): string {
  const share = p.total ? p.done / p.total : 1;
  const filled = Math.round(share * WIDTH);
  const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled);
  return `${p.phase.padEnd(13)} [${bar}] ${p.done}/${p.total}  batch ${p.batchesDone}/${p.batchesTotal}`;
}

/** A listener for pushGraph that draws on `out` (stderr, so that stdout stays for data). */
export function progressPrinter(out: ProgressOutput): (p: PushProgress) => void {
  let last = '';
  return (p) => {
    const finished = p.done === p.total;
    if (out.isTTY) {
      out.write(`\r${progressBar(p)}${finished ? '\n' : ''}`);
    } else if (finished && last !== p.phase) {
      out.write(`${progressBar(p)}\n`);
    }
    if (finished) last = p.phase;
  };
}

export function formatSummary(s: PushSummary & { mode?: string; segments?: number }): string {
  const { written: w, created: c, database: d } = s;
  const n = formatCount;
  const how = s.mode ? ` (${s.mode}: ${s.segments} segment${s.segments === 1 ? '' : 's'})` : '';
  return [
    `geokg neo4j: pushed ${n(w.nodes)} nodes, ${n(w.relationships)} relationships and ${n(w.claims)} claims to ${s.target}${how}`,
    `  in ${s.seconds.toFixed(1)} s (${n(s.batches)} batches of up to ${n(s.batchSize)} rows)`,
    `  new: ${n(c.nodes)} nodes, ${n(c.relationships)} relationships (claims and their links included)`,
    `  database now: ${n(d.nodes)} nodes, ${n(d.relationships)} relationships, ${n(d.claims)} claims`,
  ].join('\n');
}
