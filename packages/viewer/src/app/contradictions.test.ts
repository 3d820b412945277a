import { GeoGraph, claimId, defaultOntology, defaultRegistry, refOf } from '@geokg/core';
import type { Claim, Entity, Modality } from '@geokg/core';
import { describe, expect, it } from 'vitest';
import { toViewerPayload } from '../server/payload.ts';
import { findContradictions } from './contradictions.ts';
import { datasetOf } from './dataset.ts';
import { binClaims } from './timeline.ts';

function dataset() {
  const registry = defaultRegistry();
  const g = new GeoGraph(defaultOntology());
  const known = (id: string): Entity => {
    const e = registry.get(id)!;
    g.addEntity(e);
    return e;
  };
  const [egy, eth, rus] = [known('state:EGY'), known('state:ETH'), known('state:RUS')];
  const blast: Entity = { id: 'event:blast', kind: 'Attack', name: 'Blast', aliases: [], props: {} };
  g.addEntity(blast);
  const claim = (s: Entity, predicate: string, o: Entity, modality: Modality, date?: string): void => {
    const draft: Omit<Claim, 'id'> = {
      subject: refOf(s),
      predicate,
      object: refOf(o),
      modality,
      confidence: 0.8,
      source: 'fact',
      ...(date ? { time: { occurred: date } } : {}),
    };
    g.addClaim({ id: claimId(draft), ...draft });
  };
  claim(egy, 'accuses', eth, 'asserted', '2024-01-05');
  claim(eth, 'denies', egy, 'asserted', '2024-01-06');
  claim(blast, 'attributed-to', egy, 'alleged', '2024-02');
  claim(blast, 'attributed-to', rus, 'asserted', '2024-03-01');
  claim(rus, 'aids', egy, 'asserted');
  claim(rus, 'aids', egy, 'denied', '2024-03-02');
  return datasetOf(JSON.parse(JSON.stringify(toViewerPayload(g))));
}

describe('contradictions', () => {
  const ds = dataset();
  const found = findContradictions(ds);

  it('pairs an accusation with the denial that answers it', () => {
    expect(found).toContainEqual({
      type: 'accuse-deny',
      accuse: 'state:EGY|accuses|state:ETH',
      deny: 'state:ETH|denies|state:EGY',
    });
  });

  it('finds an event with two culprits and an edge both asserted and denied', () => {
    const culprits = found.find((c) => c.type === 'two-culprits');
    expect(culprits).toMatchObject({ event: 'event:blast' });
    expect(found).toContainEqual({ type: 'modality', edge: 'state:RUS|aids|state:EGY' });
    expect(found).toHaveLength(3);
  });
});

describe('timeline bins', () => {
  it('counts dated claims by day (a partial date at its first day) and undated ones apart', () => {
    const bins = binClaims(dataset());
    expect(bins.undated).toBe(1);
    expect(bins.width).toBe(1);
    expect(bins.counts.reduce((a, b) => a + b, 0)).toBe(5);
  });
});
