// Colours and shapes: node kinds by family (a state, an organisation, a facility, a place…), relation
// predicates by PLOVER category, so that similar things look alike and opposite ones do not, in
// colour-blind-safe palettes (Okabe-Ito for kinds, Paul Tol's for predicates).
import { KIND_FAMILIES, PLOVER_COLORS } from '@geokg/core/palette';
import type { KindInfo, PredicateInfo } from '../shared/payload.ts';

export const BACKGROUND = '#fbfaf7';
export const FADED_NODE = '#dcdad5';
export const FADED_EDGE = '#e8e6e1';
export const TRANSPARENT = 'rgba(0,0,0,0)';
/** Path and contradiction edges: black stands out against both palettes. */
export const MARKED_EDGE = '#111111';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'rectangle';

/**
 * Shapes tell families apart where hues alone would not (the families and their base colours, shared
 * with `geokg export`, are in core's palette); siblings in a family step in lightness.
 */
const SHAPES: Record<string, Shape> = {
  State: 'circle',
  Person: 'circle',
  ArmedGroup: 'square',
  Organization: 'square',
  Group: 'square',
  Facility: 'diamond',
  Place: 'triangle',
  Event: 'rectangle',
  Document: 'square',
};

/** Mixes a #rrggbb colour towards white (t > 0) or black (t < 0). */
export function shade(hex: string, t: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (v: number): string =>
    Math.round(t >= 0 ? v + (255 - v) * t : v * (1 + t))
      .toString(16)
      .padStart(2, '0');
  return `#${ch((n >> 16) & 255)}${ch((n >> 8) & 255)}${ch(n & 255)}`;
}

/** Lightness steps for siblings: the family colour first, then lighter and darker in turn. */
const STEPS = [0, 0.3, -0.3, 0.5, -0.45, 0.15, -0.15, 0.62];

export function hsl(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number): string => {
    const k = (n + h / 30) % 12;
    const c = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(255 * c)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

function hashHue(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h % 360;
}

export interface Look {
  kindColor(kind: string): string;
  kindShape(kind: string): Shape;
  predicateColor(predicate: string): string;
}

/** Colours for every kind and predicate of the ontology, fixed by its order (not by the data). */
export function lookOf(kinds: KindInfo[], predicates: PredicateInfo[]): Look {
  const kindColors = new Map<string, string>();
  const kindShapes = new Map<string, Shape>();
  const seenInFamily = new Map<string, number>();
  for (const k of kinds) {
    const fam = KIND_FAMILIES.find((f) => k.lineage.includes(f.ancestor));
    if (!fam) continue;
    const i = seenInFamily.get(fam.ancestor) ?? 0;
    seenInFamily.set(fam.ancestor, i + 1);
    kindColors.set(k.name, shade(fam.color, STEPS[i % STEPS.length]!));
    kindShapes.set(k.name, SHAPES[fam.ancestor] ?? 'circle');
  }
  const predColors = new Map<string, string>();
  const seenInCategory = new Map<string, number>();
  for (const p of predicates) {
    const group = p.plover ?? p.category;
    const i = seenInCategory.get(group) ?? 0;
    seenInCategory.set(group, i + 1);
    if (p.plover) {
      const base = PLOVER_COLORS[p.plover] ?? hsl(hashHue(p.plover), 60, 45);
      predColors.set(p.name, shade(base, STEPS[i % STEPS.length]! * 0.6));
    } else {
      // Structural relations stay quiet: greys that do not compete with interactions.
      predColors.set(p.name, hsl(190 + ((i * 37) % 80), 9, 40 + ((i * 13) % 34)));
    }
  }
  return {
    kindColor: (kind) => kindColors.get(kind) ?? hsl(hashHue(kind), 25, 50),
    kindShape: (kind) => kindShapes.get(kind) ?? 'circle',
    predicateColor: (pred) => predColors.get(pred) ?? hsl(hashHue(pred), 30, 50),
  };
}
