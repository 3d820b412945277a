// What the store has pushed where: `push-state.json` beside the manifest maps a Neo4j target (URI and
// database, never credentials) to the last segment a push sent there completely. It is written only after
// a push succeeds, by atomic rename: a push killed half-way leaves the mark where it was, and the next push
// sends the same segments again (every statement MERGEs, so it converges). It is no part of the manifest:
// a push takes no writer lock, and losing the file costs one full push, nothing else.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDir, tmpName, writeSynced } from './files.ts';
import type { Manifest, SegmentInfo } from './format.ts';

export interface PushMark {
  /** The last segment sent, and its creation time: a rebuilt store reuses names, never times. */
  segment: string;
  created: string;
  pushed: string;
}

type Marks = Record<string, PushMark>;

export const PUSH_STATE = 'push-state.json';

export const targetKey = (uri: string, database: string | undefined): string => `${uri}#${database ?? ''}`;

function read(dir: string): Marks {
  const path = join(dir, PUSH_STATE);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Marks;
  } catch {
    return {}; // unreadable: treated as never pushed, which costs a full push and nothing else
  }
}

/**
 * The segments not yet pushed to the target, or undefined when a full push is needed: never pushed, or
 * the mark names a segment the manifest no longer holds (a rebuilt store).
 */
export function unpushedSegments(dir: string, manifest: Manifest, key: string): SegmentInfo[] | undefined {
  const mark = read(dir)[key];
  if (!mark) return undefined;
  const at = manifest.segments.findIndex((s) => s.name === mark.segment && s.created === mark.created);
  return at < 0 ? undefined : manifest.segments.slice(at + 1);
}

/** Records that every segment of the manifest is in the target. */
export function markPushed(dir: string, manifest: Manifest, key: string): void {
  const last = manifest.segments.at(-1);
  if (!last) return;
  const marks = read(dir);
  marks[key] = { segment: last.name, created: last.created, pushed: new Date().toISOString() };
  const path = join(dir, PUSH_STATE);
  writeSynced(tmpName(path), JSON.stringify(marks, null, 2) + '\n');
  renameSync(tmpName(path), path);
  fsyncDir(dir);
}
