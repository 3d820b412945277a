// How exported nodes and edges look when Gephi, yEd or Retina open them: colour by kind family (Okabe-Ito)
// and by PLOVER category (Paul Tol), the viewer's colour-blind-safe palettes (model/palette.ts), size
// by degree, and positions from a seeded ForceAtlas2 run, so the same store gives the same file.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Ontology } from '../ontology/ontology.ts';
import { KIND_FAMILIES, PLOVER_COLORS } from '../model/palette.ts';
import { mulberry32 } from '../util/random.ts';
import type { GraphParts } from './parts.ts';

const OTHER = '#666666';

/** Structural edges (stakeholder-of, located-in…) have no PLOVER category. */
const STRUCTURAL = '#BBBBBB';

export function nodeColor(ontology: Ontology, kind: string): string {
  const lineage = ontology.hasKind(kind) ? ontology.lineage(kind) : [kind];
  return KIND_FAMILIES.find((f) => lineage.includes(f.ancestor))?.color ?? OTHER;
}

export function edgeColor(plover: string | undefined): string {
  return (plover && PLOVER_COLORS[plover]) ?? STRUCTURAL;
}

/** Size by degree, on a square-root scale that keeps hubs from swallowing the picture. */
export const nodeSize = (degree: number): number => Math.round((2 + 2 * Math.sqrt(degree)) * 100) / 100;

/** Above this many nodes a layout takes minutes on a small machine: exports skip it and say so. */
export const LAYOUT_MAX_NODES = 20_000;
export const LAYOUT_SEED = 42;

export type Positions = Map<string, { x: number; y: number }>;

/** Seeded random starting points, then ForceAtlas2 (settings inferred from the graph's size). */
export function layout(parts: GraphParts, seed = LAYOUT_SEED): Positions {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const rand = mulberry32(seed);
  for (const { id } of parts.nodes()) g.addNode(id, { x: 1000 * rand() - 500, y: 1000 * rand() - 500 });
  for (const [, e] of parts.edges()) {
    if (e.source !== e.target && g.hasNode(e.source) && g.hasNode(e.target)) g.mergeEdge(e.source, e.target);
  }
  const iterations = g.order > 5_000 ? 50 : 200;
  forceAtlas2.assign(g, {
    iterations,
    settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 2_000 },
  });
  const out: Positions = new Map();
  const round = (v: number): number => Math.round(v * 100) / 100;
  g.forEachNode((id, a) => out.set(id, { x: round(a.x as number), y: round(a.y as number) }));
  return out;
}
