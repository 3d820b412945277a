import { describe, expect, it } from 'vitest';
import { seedLikeGraph } from '../test/seed-like-graph.ts';
import { bucketOf, LOCK_BUCKETS, planPush } from './plan.ts';
import type { PushPlan } from './plan.ts';
import { syntheticGraph } from '../test/synthetic-graph.ts';
import { CLAIM_LINKS_AT, CLAIM_PROPERTIES, attrsByName, claimLinks } from './cypher/claims.ts';
import { RELATIONSHIP_PROPERTIES, aggregateOf } from './cypher/relationships.ts';
import { NodeIds } from './node-ids.ts';
import {
  claimParams,
  claimRow,
  claimShape,
  nodeGroups,
  relationshipGroups,
  relationshipParams,
  relationshipRow,
} from './rows.ts';

/** What the node batches would collect from the server: an element id for every node they write. */
function fakeNodeIds(plan: PushPlan, elementId = (id: string) => `element:${id}`): PushPlan {
  for (const b of plan.batches.filter((b) => b.phase === 'nodes')) {
    for (const { id } of b.rows() as { id: string }[]) plan.nodeIds.set(id, elementId(id));
  }
  return plan;
}

describe('planPush', () => {
  it('writes nodes, then claims, then relationships, grouped by label set and type', () => {
    const plan = fakeNodeIds(planPush(seedLikeGraph(), 2));
    const phases = plan.batches.map((b) => b.phase);
    expect(phases.indexOf('claims')).toBeGreaterThan(phases.lastIndexOf('nodes'));
    expect(phases.indexOf('relationships')).toBeGreaterThan(phases.lastIndexOf('claims'));
    // MERGE unless the claims are known to be new; then CREATE, with MERGE to fall back on.
    expect(plan.batches.some((b) => b.fallback)).toBe(false);
    const create = planPush(seedLikeGraph(), 2, undefined, { createClaims: true }).batches;
    const claims = create.filter((b) => b.phase === 'claims');
    expect(claims.every((b) => /^CREATE \(c:/m.test(b.cypher) && /^MERGE \(c:/m.test(b.fallback!))).toBe(
      true,
    );
    expect(plan.totals).toEqual({ nodes: 9, relationships: 7, claims: 7 });
    expect(plan.batches.every((b) => b.rows().length === b.size && b.size <= 2)).toBe(true);
    const stakeholder = plan.batches.filter((b) => b.group === 'STAKEHOLDER_OF');
    expect(stakeholder.map((b) => b.size)).toEqual([2, 1]);
    // A claim row is a list: id, the claim's properties (not its subject and object: those are its links),
    // then the element ids of its links, subject and object first.
    const [claim] = plan.batches.find((b) => b.phase === 'claims')!.rows() as unknown[][];
    const sent = [...seedLikeGraph().claims()].find((c) => c.id === claim![0])!;
    expect(claim!.slice(CLAIM_LINKS_AT, CLAIM_LINKS_AT + 2)).toEqual([
      `element:${sent.subject.id}`,
      `element:${sent.object.id}`,
    ]);
    // CREATEs may run two at once (writer.ts, compatible), MERGEs one at a time.
    expect(claims.every((b) => b.buckets?.length === 0)).toBe(true);
    expect(plan.batches.filter((b) => b.phase === 'claims').every((b) => !b.buckets)).toBe(true);
  });

  it('splits the relationships of a large graph by the lock buckets of their endpoints', () => {
    const geo = syntheticGraph({ relationships: 2000 });
    const plan = fakeNodeIds(planPush(geo, 100), (id) => id);
    const split = plan.batches.filter((b) => b.phase === 'relationships');
    for (const b of split) {
      const rows = b.rows() as string[][];
      const buckets = new Set(
        rows.flatMap(([s, t]) => [bucketOf(s!, LOCK_BUCKETS), bucketOf(t!, LOCK_BUCKETS)]),
      );
      expect([...buckets].sort()).toEqual([...b.buckets!].sort());
    }
    expect(planPush(geo, 1000).batches.every((b) => b.phase !== 'relationships' || !b.buckets)).toBe(true);
    expect(
      planPush(geo, 100)
        .batches.filter((b) => b.phase === 'nodes')
        .every((b) => b.buckets?.length === 0),
    ).toBe(true);
  });

  it('rejects a batch size that is not a positive integer', () => {
    expect(() => planPush(seedLikeGraph(), 0)).toThrow(/batch size 0 .* --batch-size/);
  });
});

describe('rows', () => {
  it('gives each entity its kind labels and a Document node for evidence documents', () => {
    const groups = nodeGroups(seedLikeGraph());
    const byLabels = Object.fromEntries(groups.map((g) => [g.labels.join(':'), g.entities.map((e) => e.id)]));
    expect(byLabels['Thing:Facility:PumpingStation']).toEqual(['facility:cpc-pumping-station']);
    expect(byLabels['Thing:Actor:State']).toEqual(['state:KAZ', 'state:UKR', 'state:RUS', 'state:AZE']);
    expect(byLabels['Thing:Document']).toEqual(['doc:seed-like']);
  });

  it('puts the claims aggregate on the relationship', () => {
    const geo = seedLikeGraph();
    const accuses = relationshipGroups(geo).find((g) => g.type === 'ACCUSES')!;
    expect(accuses.edges).toHaveLength(1);
    expect(relationshipRow(geo, accuses.edges[0]!.key)).toEqual({
      source: 'state:KAZ',
      target: 'state:UKR',
      predicate: 'accuses',
      modality: 'alleged',
      confidence: 0.7,
      cameo: '112',
      plover: 'ACCUSE',
      firstSeen: '2025-02-20',
      lastSeen: '2025-02-20',
      claimCount: 1,
      documents: ['doc:seed-like'],
      // asserted, alleged, denied, hypothetical, negated: one alleged claim at 0.7.
      modalityWeights: [-1, 0.7, -1, -1, -1],
      modalityConfidence: [0, 0.7, 0, 0, 0],
    });
  });

  it('reads back from the relationship the aggregate it was written from', () => {
    const geo = seedLikeGraph();
    geo.graph.forEachEdge((key, a) => {
      const { source: _s, target: _t, ...props } = relationshipRow(geo, key);
      const { claims: _c, predicate: _p, ...aggregate } = a;
      expect(aggregateOf(props)).toEqual(aggregate);
    });
    expect(
      aggregateOf({ modality: 'asserted', confidence: 1, claimCount: 1, documents: [] }),
    ).toBeUndefined();
  });

  it('sends a relationship as a list: endpoint element ids, then its properties in statement order', () => {
    const geo = seedLikeGraph();
    const ids = new NodeIds();
    geo.graph.forEachNode((id) => ids.set(id, `element:${id}`));
    const edges = relationshipGroups(geo).flatMap((g) => g.edges);
    expect(edges).toHaveLength(geo.graph.size);
    for (const edge of edges) {
      const row = relationshipRow(geo, edge.key);
      expect(relationshipParams(edge, ids)).toEqual([
        `element:${row.source}`,
        `element:${row.target}`,
        ...RELATIONSHIP_PROPERTIES.map((k) => row[k]),
      ]);
    }
    expect(() => relationshipParams(edges[0]!, new NodeIds())).toThrow(
      /was not written before .* node batches first/,
    );
  });

  it('flattens evidence onto the claim and links only what the graph holds', () => {
    const geo = seedLikeGraph();
    const claim = [...geo.claims()].find((c) => c.predicate === 'accuses')!;
    const row = claimRow(geo.ontology, claim);
    expect(row).toMatchObject({
      subject: 'state:KAZ',
      object: 'state:UKR',
      docId: 'doc:seed-like',
      type: 'ACCUSES',
    });
    expect(row.text).toMatch(/^However, the Kazakhstani government/);
    expect(row).toMatchObject({ sentence: 3, about: 'event:cpc-pumping-station-attack', claimedBy: null });
    expect(claimShape(geo, claim)).toEqual({ document: true, about: true, claimedBy: false, attrs: false });
    const unknownAbout = { ...claim, about: { id: 'event:elsewhere', kind: 'Attack', name: 'x' } };
    expect(claimShape(geo, unknownAbout).about).toBe(false);
  });

  it('writes a claim row straight into the list claimRow describes, for every shape', () => {
    const geo = seedLikeGraph();
    const ids = new NodeIds();
    geo.graph.forEachNode((id) => ids.set(id, `element:${id}`));
    ids.set('doc:seed-like', 'element:doc');
    const [first, second] = [...geo.claims()];
    const claims = [
      ...geo.claims(),
      { ...first!, attrs: { GoldsteinScale: -2, Actor1Code: 'KAZGOV', NumArticles: 4 } },
      { ...second!, attrs: { GoldsteinScale: 3.4 }, claimedBy: first!.subject },
      { ...second!, attrs: { 'odd key': 'x', GoldsteinScale: 1 } },
    ];
    let checked = 0;
    for (const c of claims) {
      const shape = claimShape(geo, c);
      const keys = c.attrs
        ? Object.keys(c.attrs)
            .map((k) => `attr_${k}`)
            .concat('attr_Missing')
            .sort()
        : undefined;
      // The plain reading: claimRow's keyed row, then the links and attributes as documented.
      const row = claimRow(geo.ontology, c);
      const links = claimLinks(shape).map(([, key]) => ids.get(row[key] as string));
      const attrs = !shape.attrs
        ? []
        : attrsByName(keys)
          ? keys.map((k) => row.attrs?.[k] ?? null)
          : [row.attrs];
      expect(claimParams(geo.ontology, c, shape, ids, keys)).toEqual([
        row.id,
        ...CLAIM_PROPERTIES.map((k) => row[k]),
        ...links,
        ...attrs,
      ]);
      checked += 1;
    }
    expect(checked).toBe(10);
    expect(
      claimParams(geo.ontology, claims[7]!, claimShape(geo, claims[7]!), ids, [
        'attr_GoldsteinScale',
        'attr_Missing',
      ]).slice(-2),
    ).toEqual([-2, null]);
  });

  it('keeps reader attributes apart, as attr_ properties', () => {
    const geo = seedLikeGraph();
    const claim = { ...[...geo.claims()][0]!, attrs: { GoldsteinScale: -2, Actor1Code: 'KAZGOV' } };
    expect(claimRow(geo.ontology, claim).attrs).toEqual({
      attr_GoldsteinScale: -2,
      attr_Actor1Code: 'KAZGOV',
    });
    expect(claimShape(geo, claim).attrs).toBe(true);
  });
});
