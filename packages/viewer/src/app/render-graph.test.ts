import { describe, expect, it } from 'vitest';
import { lookOf, TRANSPARENT, MARKED_EDGE } from './palette.ts';
import { initialPositions } from './positions.ts';
import { renderGraphOf } from './render-graph.ts';
import { fixtureDataset } from '../../test/support/test-dataset.ts';

describe('renderGraphOf', () => {
  const ds = fixtureDataset();
  const look = lookOf(ds.ontology.kinds, ds.ontology.predicates);
  const g = renderGraphOf(ds, look, initialPositions(ds.graph, new Map()));

  it('has the dataset topology and only display attributes', () => {
    expect(g.order).toBe(ds.graph.order);
    expect(g.edges().sort()).toEqual(ds.graph.edges().sort());
    const e = g.getEdgeAttributes('state:KAZ|accuses|state:UKR');
    expect(Object.keys(e).sort()).toEqual(
      [
        'color',
        'dashSize',
        'gapSize',
        'label',
        'modality',
        'opacity',
        'plainColor',
        'plainMarked',
        'predicate',
        'size',
        'sizeHovered',
        'sizeMarked',
        'sizeSelected',
      ].sort(),
    );
  });

  it('gives each edge its sizes and solid colour for the marked, selected and hovered states', () => {
    const alleged = g.getEdgeAttributes('state:KAZ|accuses|state:UKR');
    expect(alleged.sizeMarked).toBe(alleged.size + 2.5);
    expect(alleged.sizeSelected).toBe(alleged.size + 2);
    expect(alleged.sizeHovered).toBe(alleged.size + 1.5);
    // A dashed edge keeps its solid layer transparent when marked, a solid one turns black.
    expect(alleged.plainMarked).toBe(TRANSPARENT);
    expect(g.getEdgeAttribute('state:KAZ|requests-explanation|state:UKR', 'plainMarked')).toBe(MARKED_EDGE);
  });

  it('draws alleged edges dashed and asserted ones solid', () => {
    const alleged = g.getEdgeAttributes('state:KAZ|accuses|state:UKR');
    expect(alleged.dashSize).toBeGreaterThan(0);
    expect(alleged.plainColor).toBe(TRANSPARENT);
    const asserted = g.getEdgeAttributes('state:KAZ|requests-explanation|state:UKR');
    expect(asserted.dashSize).toBe(0);
    expect(asserted.plainColor).toBe(asserted.color);
    const hypothetical = g.getEdgeAttributes('event:cpc-attack|attributed-to|org:xss-group');
    expect(hypothetical.opacity).toBeLessThan(asserted.opacity);
  });

  it('gives every node kind of the ontology its family colour and shape', () => {
    for (const k of ds.ontology.kinds.filter((k) => k.name !== 'Thing' && k.name !== 'Actor')) {
      expect(look.kindColor(k.name), k.name).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(look.kindShape('State')).toBe('circle');
    expect(look.kindShape('PumpingStation')).toBe('diamond');
    expect(look.kindColor('State')).not.toBe(look.kindColor('Consortium'));
    const preds = ds.ontology.predicates.map((p) => look.predicateColor(p.name));
    expect(new Set(preds).size).toBeGreaterThan(preds.length * 0.8);
  });
});
