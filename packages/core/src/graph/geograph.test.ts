// GeoGraph keeps every claim on the edge it supports (one edge per subject|predicate|object), sums them up
// in the edge's aggregate, refuses claims the ontology forbids and ignores a claim it already holds.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.ts';
import { SchemaViolation } from '../ontology/errors.ts';
import { defaultOntology } from '../ontology/load.ts';
import { claimOf, kaz, ukr } from '../../test/claims.ts';
import { GeoGraph, edgeKey } from './geograph.ts';

const astana: Entity = {
  id: 'place:kaz:astana',
  kind: 'City',
  name: 'Astana',
  aliases: [],
  props: { country: 'KAZ' },
};

const claim = claimOf;

const KEY = edgeKey('state:KAZ', 'accuses', 'state:UKR');

describe('GeoGraph', () => {
  it('keeps every claim of one subject|predicate|object on one edge, never collapsing them', () => {
    const g = new GeoGraph(defaultOntology());
    const a = claim(kaz, 'accuses', ukr, { evidence: { docId: 'doc:b', doc: 'b.txt', sentence: 0 } });
    const b = claim(kaz, 'accuses', ukr, { evidence: { docId: 'doc:a', doc: 'a.txt', sentence: 4 } });
    expect(g.addClaim(a)).toBe(true);
    expect(g.addClaim(b)).toBe(true);
    expect(g.graph.size).toBe(1);
    const edge = g.graph.getEdgeAttributes(KEY);
    expect(edge.claims.map((c) => c.id)).toEqual([a.id, b.id]);
    expect(edge).toMatchObject({ predicate: 'accuses', claimCount: 2, documents: ['doc:a', 'doc:b'] });
    expect(g.claimCount).toBe(2);
    expect([...g.claims()].map((c) => c.id)).toEqual([a.id, b.id]);
  });

  it('gives each predicate between one pair its own edge', () => {
    const g = new GeoGraph(defaultOntology());
    g.addClaim(claim(kaz, 'accuses', ukr));
    g.addClaim(claim(kaz, 'requests-explanation', ukr));
    g.addClaim(claim(ukr, 'denies', kaz));
    expect(g.graph.size).toBe(3);
    expect(g.graph.outEdges('state:KAZ', 'state:UKR').sort()).toEqual([
      KEY,
      edgeKey('state:KAZ', 'requests-explanation', 'state:UKR'),
    ]);
  });

  it('aggregates modality by summed confidence, confidence within it, and the time span', () => {
    const g = new GeoGraph(defaultOntology());
    g.addClaim(claim(kaz, 'accuses', ukr, { confidence: 0.9, time: { occurred: '2025-02-18' } }));
    let edge = g.graph.getEdgeAttributes(KEY);
    expect(edge).toMatchObject({ modality: 'asserted', confidence: 0.9 });
    g.addClaim(
      claim(kaz, 'accuses', ukr, { modality: 'alleged', confidence: 0.5, time: { reported: '2025-02-17' } }),
    );
    edge = g.graph.getEdgeAttributes(KEY);
    // 0.9 asserted outweighs 0.5 alleged.
    expect(edge).toMatchObject({ modality: 'asserted', confidence: 0.9 });
    g.addClaim(
      claim(kaz, 'accuses', ukr, { modality: 'alleged', confidence: 0.6, time: { occurred: '2025-03-01' } }),
    );
    edge = g.graph.getEdgeAttributes(KEY);
    // 0.5 + 0.6 alleged now outweighs 0.9 asserted; the confidence is the best alleged one.
    expect(edge).toMatchObject({ modality: 'alleged', confidence: 0.6, claimCount: 3 });
    expect(edge).toMatchObject({ firstSeen: '2025-02-17', lastSeen: '2025-03-01' });
    expect(edge.claims.map((c) => c.modality)).toEqual(['asserted', 'alleged', 'alleged']);
  });

  it('gives the same aggregate whatever order the claims come in', () => {
    const claims = [
      claim(kaz, 'accuses', ukr, {
        modality: 'denied',
        confidence: 0.7,
        evidence: { docId: 'doc:z', doc: 'z' },
      }),
      claim(kaz, 'accuses', ukr, {
        modality: 'asserted',
        confidence: 0.7,
        evidence: { docId: 'doc:y', doc: 'y' },
      }),
      claim(kaz, 'accuses', ukr, {
        modality: 'hypothetical',
        confidence: 0.2,
        evidence: { docId: 'doc:x', doc: 'x' },
      }),
    ];
    const aggregates = [claims, [...claims].reverse()].map((list) => {
      const g = new GeoGraph(defaultOntology());
      for (const c of list) g.addClaim(c);
      const { claims: _claims, ...rest } = g.graph.getEdgeAttributes(KEY);
      return rest;
    });
    expect(aggregates[0]).toEqual(aggregates[1]);
    // A tie in summed confidence goes to the firmer modality.
    expect(aggregates[0]).toMatchObject({ modality: 'asserted', documents: ['doc:x', 'doc:y', 'doc:z'] });
  });

  it('throws SchemaViolation naming both kinds when the predicate may not join them', () => {
    const g = new GeoGraph(defaultOntology());
    const bad = claim(kaz, 'capital-of', ukr);
    expect(() => g.addClaim(bad)).toThrow(SchemaViolation);
    expect(() => g.addClaim(bad)).toThrow(
      /"capital-of" cannot join State → State: it goes from City to State/,
    );
    expect(g.graph.order).toBe(0);
    expect(g.hasClaim(bad.id)).toBe(false);
    expect(g.addClaim(claim(astana, 'capital-of', kaz))).toBe(true);
  });

  it('throws SchemaViolation for an unknown predicate', () => {
    const g = new GeoGraph(defaultOntology());
    expect(() => g.addClaim(claim(kaz, 'befriends', ukr))).toThrow(SchemaViolation);
  });

  it('ignores a claim it already holds: same counts, same aggregate', () => {
    const g = new GeoGraph(defaultOntology());
    const c = claim(kaz, 'accuses', ukr, { confidence: 0.8 });
    expect(g.addClaim(c)).toBe(true);
    const before = structuredClone(g.graph.getEdgeAttributes(KEY));
    expect(g.addClaim({ ...c })).toBe(false);
    expect(g.graph.getEdgeAttributes(KEY)).toEqual(before);
    expect([g.graph.order, g.graph.size, g.claimCount]).toEqual([2, 1, 1]);
  });

  it('adds bare nodes for claim endpoints and fills them in when the entity arrives', () => {
    const g = new GeoGraph(defaultOntology());
    g.addClaim(claim(kaz, 'accuses', ukr));
    expect(g.getEntity('state:KAZ')).toEqual({
      id: 'state:KAZ',
      kind: 'State',
      name: 'Kazakhstan',
      aliases: [],
      props: { iso3: 'KAZ' },
    });
    expect(g.addEntity(kaz)).toBe(false);
    expect(g.getEntity('state:KAZ')?.aliases).toEqual(['Astana']);
    expect(g.graph.getNodeAttribute('state:KAZ', 'kinds')).toEqual(['State', 'Actor', 'Thing']);
  });

  it('refuses to merge two records of one id whose kinds are unrelated', () => {
    const g = new GeoGraph(defaultOntology());
    g.addEntity(kaz);
    expect(() => g.addEntity({ ...astana, id: 'state:KAZ' })).toThrow(SchemaViolation);
    expect(() => g.addEntity({ ...astana, id: 'state:KAZ' })).toThrow(/is a State and cannot also be a City/);
  });
});
