// Colours and shapes: node kinds by family (a state, an organisation, a facility, a place…), relation
// predicates by PLOVER category, so that similar things look alike and opposite ones do not.
import type { KindInfo, PredicateInfo } from '../shared/payload.ts';

export const BACKGROUND = '#fbfaf7';
export const FADED_NODE = '#dcdad5';
export const FADED_EDGE = '#e8e6e1';
export const TRANSPARENT = 'rgba(0,0,0,0)';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'rectangle';

/** Families in the order they are tried: the first ancestor found in a kind's lineage wins. */
const FAMILIES: { ancestor: string; hue: number; sat: number; shape: Shape }[] = [
  { ancestor: 'State', hue: 214, sat: 62, shape: 'circle' },
  { ancestor: 'Person', hue: 280, sat: 45, shape: 'circle' },
  { ancestor: 'ArmedGroup', hue: 0, sat: 55, shape: 'square' },
  { ancestor: 'Organization', hue: 176, sat: 55, shape: 'square' },
  { ancestor: 'Group', hue: 320, sat: 40, shape: 'square' },
  { ancestor: 'Facility', hue: 28, sat: 70, shape: 'diamond' },
  { ancestor: 'Place', hue: 100, sat: 40, shape: 'triangle' },
  { ancestor: 'Event', hue: 350, sat: 60, shape: 'rectangle' },
  { ancestor: 'Document', hue: 40, sat: 8, shape: 'square' },
];

const PLOVER_HUES: Record<string, number> = {
  AGREE: 135,
  CONSULT: 195,
  SUPPORT: 110,
  CONCEDE: 160,
  COOPERATE: 175,
  AID: 85,
  RETREAT: 60,
  REQUEST: 32,
  ACCUSE: 4,
  REJECT: 300,
  THREATEN: 340,
  PROTEST: 18,
  SANCTION: 265,
  MOBILIZE: 320,
  COERCE: 12,
  ASSAULT: 352,
};

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
    // Siblings step around the family hue and alternate light and dark.
    const hue = (fam.hue + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 14 + 360) % 360;
    kindColors.set(k.name, hsl(hue, fam.sat, i % 2 ? 52 : 42));
    kindShapes.set(k.name, fam.shape);
  }
  const predColors = new Map<string, string>();
  const seenInCategory = new Map<string, number>();
  for (const p of predicates) {
    const group = p.plover ?? p.category;
    const i = seenInCategory.get(group) ?? 0;
    seenInCategory.set(group, i + 1);
    if (p.plover) {
      const hue = PLOVER_HUES[p.plover] ?? hashHue(p.plover);
      predColors.set(p.name, hsl(hue + i * 8, 68, 44 + ((i * 9) % 24)));
    } else {
      // Structural relations stay quiet: blue-greys that do not compete with interactions.
      predColors.set(p.name, hsl(205 + ((i * 23) % 60), 14, 50 + ((i * 7) % 18)));
    }
  }
  return {
    kindColor: (kind) => kindColors.get(kind) ?? hsl(hashHue(kind), 25, 50),
    kindShape: (kind) => kindShapes.get(kind) ?? 'circle',
    predicateColor: (pred) => predColors.get(pred) ?? hsl(hashHue(pred), 30, 50),
  };
}
