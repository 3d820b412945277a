import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../test/support/fixture-graph.ts';
import { PAYLOAD_FORMAT } from '../shared/payload.ts';
import { ViewerError } from './errors.ts';
import { toViewerPayload } from './payload.ts';

describe('toViewerPayload', () => {
  const geo = fixtureGraph();

  it('serializes a GeoGraph with the ontology slice the app needs', () => {
    const p = toViewerPayload(geo, { title: 'seed' });
    expect(p.format).toBe(PAYLOAD_FORMAT);
    expect(p.title).toBe('seed');
    expect(p.graph.nodes).toHaveLength(geo.graph.order);
    expect(p.graph.edges).toHaveLength(geo.graph.size);
    expect(p.ontology.modalities[0]).toBe('asserted');
    expect(p.ontology.kinds.find((k) => k.name === 'Consortium')?.lineage).toContain('Organization');
    expect(p.ontology.predicates.find((e) => e.name === 'accuses')).toMatchObject({
      category: 'interaction',
      plover: 'ACCUSE',
    });
  });

  it('gives the same graph the same default id, and takes a given one', () => {
    expect(toViewerPayload(geo).id).toBe(toViewerPayload(fixtureGraph()).id);
    expect(toViewerPayload(geo, { id: 'store:x' }).id).toBe('store:x');
  });

  it('accepts graph.export() JSON and an existing payload', () => {
    const fromJson = toViewerPayload(JSON.parse(JSON.stringify(geo.graph.export())));
    expect(fromJson.graph.edges).toHaveLength(geo.graph.size);
    expect(toViewerPayload(fromJson, { id: 'again' })).toMatchObject({ id: 'again', graph: fromJson.graph });
  });

  it('rejects anything else with a ViewerError that says what to pass', () => {
    expect(() => toViewerPayload({ hello: 1 } as never)).toThrow(ViewerError);
    expect(() => toViewerPayload(null as never)).toThrow(/pass a GeoGraph/);
  });
});
