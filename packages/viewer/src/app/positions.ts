// Node positions: kept in localStorage per graph id between reloads, and seeded for nodes never placed
// (next to placed neighbours when there are some, so a grown graph keeps its shape).
import type { DataGraph } from './dataset.ts';
import { hashString, mulberry32 } from './seeded.ts';

export type Positions = Map<string, { x: number; y: number }>;

const storageKey = (graphId: string): string => `geokg:layout:${graphId}`;

export function loadPositions(
  graphId: string,
  storage: Storage | undefined = globalThis.localStorage,
): Positions {
  const out: Positions = new Map();
  try {
    const raw = storage?.getItem(storageKey(graphId));
    if (!raw) return out;
    const data = JSON.parse(raw) as { v?: number; nodes?: Record<string, [number, number]> };
    for (const [key, xy] of Object.entries(data.nodes ?? {})) {
      if (Array.isArray(xy) && Number.isFinite(xy[0]) && Number.isFinite(xy[1]))
        out.set(key, { x: xy[0], y: xy[1] });
    }
  } catch {
    // A corrupt or foreign entry is as good as none: the layout runs again.
  }
  return out;
}

export function savePositions(
  graphId: string,
  nodes: Iterable<[string, { x: number; y: number }]>,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  const data: Record<string, [number, number]> = {};
  for (const [key, p] of nodes) data[key] = [Math.round(p.x * 1000) / 1000, Math.round(p.y * 1000) / 1000];
  try {
    storage?.setItem(storageKey(graphId), JSON.stringify({ v: 1, nodes: data }));
    return true;
  } catch {
    return false; // Quota exceeded or storage disabled: positions just are not kept.
  }
}

/** Positions for every node: the saved ones, then seeded ones for the rest. */
export function initialPositions(graph: DataGraph, saved: Positions, seed = 1): Positions {
  const out: Positions = new Map();
  const spread = 10 * Math.sqrt(Math.max(graph.order, 1));
  const missing: string[] = [];
  graph.forEachNode((key) => {
    const p = saved.get(key);
    if (p) out.set(key, { x: p.x, y: p.y });
    else missing.push(key);
  });
  for (const key of missing) {
    const rand = mulberry32(hashString(key, seed));
    const placed = graph.neighbors(key).flatMap((n) => {
      const p = out.get(n);
      return p && saved.has(n) ? [p] : [];
    });
    if (placed.length) {
      const cx = placed.reduce((s, p) => s + p.x, 0) / placed.length;
      const cy = placed.reduce((s, p) => s + p.y, 0) / placed.length;
      out.set(key, { x: cx + (rand() - 0.5) * 2, y: cy + (rand() - 0.5) * 2 });
    } else {
      // Uniform in a disc, so the first frame is a round cloud rather than a square.
      const r = spread * Math.sqrt(rand());
      const t = 2 * Math.PI * rand();
      out.set(key, { x: r * Math.cos(t), y: r * Math.sin(t) });
    }
  }
  return out;
}
