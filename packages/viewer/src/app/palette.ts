// Colours and shapes: node kinds by family (a state, an organisation, a facility, a place…), relation
// predicates by PLOVER category, so that similar things look alike and opposite ones do not, in
// colour-blind-safe palettes (Okabe-Ito for kinds, Paul Tol's for predicates).
import type { KindInfo, PredicateInfo } from '../shared/payload.ts';

export const BACKGROUND = '#fbfaf7';
export const FADED_NODE = '#dcdad5';
export const FADED_EDGE = '#e8e6e1';
export const TRANSPARENT = 'rgba(0,0,0,0)';
/** Path and contradiction edges: black stands out against both palettes. */
export const MARKED_EDGE = '#111111';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'rectangle';

/**
 * Families in the order they are tried: the first ancestor found in a kind's lineage wins. Base colours
 * are Okabe-Ito's colour-blind-safe set; siblings in a family step in lightness, and shapes tell
 * families apart where hues alone would not.
 */
const FAMILIES: { ancestor: string; base: string; shape: Shape }[] = [
  { ancestor: 'State', base: '#0072B2', shape: 'circle' },
  { ancestor: 'Person', base: '#CC79A7', shape: 'circle' },
  { ancestor: 'ArmedGroup', base: '#D55E00', shape: 'square' },
  { ancestor: 'Organization', base: '#009E73', shape: 'square' },
  { ancestor: 'Group', base: '#882255', shape: 'square' },
  { ancestor: 'Facility', base: '#E69F00', shape: 'diamond' },
  { ancestor: 'Place', base: '#56B4E9', shape: 'triangle' },
  { ancestor: 'Event', base: '#B8A200', shape: 'rectangle' },
  { ancestor: 'Document', base: '#9A9A9A', shape: 'square' },
];

/**
 * PLOVER categories in two colour-blind-safe families (Paul Tol's bright and muted sets): cooperation
 * in blues and teals, conflict in oranges, reds-to-purples and black, so an accusation and an
 * agreement never differ by red against green alone.
 */
const PLOVER_COLORS: Record<string, string> = {
  AGREE: '#0077BB',
  CONSULT: '#33BBEE',
  SUPPORT: '#009988',
  CONCEDE: '#44AA99',
  COOPERATE: '#117733',
  AID: '#88CCEE',
  RETREAT: '#999933',
  REQUEST: '#DDAA33',
  ACCUSE: '#EE7733',
  REJECT: '#AA4499',
  THREATEN: '#CC3311',
  PROTEST: '#EE3377',
  SANCTION: '#882255',
  MOBILIZE: '#994455',
  COERCE: '#BB5566',
  ASSAULT: '#222222',
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
    const fam = FAMILIES.find((f) => k.lineage.includes(f.ancestor));
    if (!fam) continue;
    const i = seenInFamily.get(fam.ancestor) ?? 0;
    seenInFamily.set(fam.ancestor, i + 1);
    kindColors.set(k.name, shade(fam.base, STEPS[i % STEPS.length]!));
    kindShapes.set(k.name, fam.shape);
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
