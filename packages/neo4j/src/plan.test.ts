import { isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { seedLikeGraph } from '../test/seed-like-graph.ts';
import { planPush } from './plan.ts';
import { claimRows, nodeGroups, relationshipGroups } from './rows.ts';

describe('planPush', () => {
  it('writes nodes, then relationships, then claims, grouped by label set and type', () => {
    const plan = planPush(seedLikeGraph(), 2);
    const phases = plan.batches.map((b) => b.phase);
    expect(phases.indexOf('relationships')).toBeGreaterThan(phases.lastIndexOf('nodes'));
    expect(phases.indexOf('claims')).toBeGreaterThan(phases.lastIndexOf('relationships'));
    expect(plan.totals).toEqual({ nodes: 9, relationships: 7, claims: 7 });
    expect(plan.batches.every((b) => b.rows.length <= 2)).toBe(true);
    const stakeholder = plan.batches.filter((b) => b.group === 'STAKEHOLDER_OF');
    expect(stakeholder.map((b) => b.rows.length)).toEqual([2, 1]);
  });

  it('rejects a batch size that is not a positive integer', () => {
    expect(() => planPush(seedLikeGraph(), 0)).toThrow(/batch size 0 .* --batch-size/);
  });
});

describe('rows', () => {
  it('gives each entity its kind labels and a Document node for evidence documents', () => {
    const groups = nodeGroups(seedLikeGraph());
    const byLabels = Object.fromEntries(groups.map((g) => [g.labels.join(':'), g.rows.map((r) => r.id)]));
    expect(byLabels['Thing:Facility:PumpingStation']).toEqual(['facility:cpc-pumping-station']);
    expect(byLabels['Thing:Actor:State']).toEqual(['state:KAZ', 'state:UKR', 'state:RUS', 'state:AZE']);
    expect(byLabels['Thing:Document']).toEqual(['doc:seed-like']);
  });

  it('puts the claims aggregate on the relationship', () => {
    const accuses = relationshipGroups(seedLikeGraph()).find((g) => g.type === 'ACCUSES')!;
    expect(accuses.rows).toHaveLength(1);
    const { source, target, props } = accuses.rows[0]!;
    expect({ source, target }).toEqual({ source: 'state:KAZ', target: 'state:UKR' });
    expect(props).toMatchObject({ modality: 'alleged', confidence: 0.7, cameo: '112', plover: 'ACCUSE' });
    expect(props.documents).toEqual(['doc:seed-like']);
    expect(isInt(props.claimCount)).toBe(true);
  });

  it('flattens evidence onto the claim, offsets as integers and text verbatim', () => {
    const row = claimRows(seedLikeGraph()).find((r) => r.props.predicate === 'accuses')!;
    expect(row).toMatchObject({ subject: 'state:KAZ', object: 'state:UKR', docId: 'doc:seed-like' });
    expect(row.props.text).toMatch(/^However, the Kazakhstani government/);
    expect(row.props.type).toBe('ACCUSES');
    for (const key of ['sentence', 'start', 'end']) expect(isInt(row.props[key])).toBe(true);
    expect(isInt(row.props.confidence)).toBe(false);
  });
});
