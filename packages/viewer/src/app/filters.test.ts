import { describe, expect, it } from 'vitest';
import { defaultHiddenKinds, emptyFilters, hiddenBy, isFiltering } from './filters.ts';
import { fixtureDataset } from '../../test/support/test-dataset.ts';

const ACCUSES = 'state:KAZ|accuses|state:UKR';
const REQUESTS = 'state:KAZ|requests-explanation|state:UKR';

describe('filters', () => {
  const ds = fixtureDataset();

  it('hides nothing by default', () => {
    const h = hiddenBy(ds, emptyFilters());
    expect(h.nodes.size + h.edges.size).toBe(0);
    expect(isFiltering(emptyFilters())).toBe(false);
  });

  it('hides an edge whose only claims are of a hidden modality', () => {
    const f = emptyFilters();
    f.hiddenModalities.add('alleged');
    const h = hiddenBy(ds, f);
    expect(h.edges.has(ACCUSES)).toBe(true);
    expect(h.edges.has(REQUESTS)).toBe(false);
  });

  it('hides a kind with its edges', () => {
    const f = emptyFilters();
    f.hiddenKinds.add('State');
    const h = hiddenBy(ds, f);
    expect(h.nodes.has('state:KAZ')).toBe(true);
    expect(h.edges.has(REQUESTS)).toBe(true);
    expect(h.nodes.has('org:caspian-pipeline-consortium')).toBe(false);
  });

  it('applies minimum confidence and dates per claim; undated claims pass the time filter', () => {
    const f = emptyFilters();
    f.minConfidence = 0.7;
    expect(hiddenBy(ds, f).edges.has(ACCUSES)).toBe(true);
    const t = emptyFilters();
    t.to = '2024-04-30';
    const h = hiddenBy(ds, t);
    expect(h.edges.has(REQUESTS)).toBe(true); // reported 2024-05-02
    expect(h.edges.has('event:cpc-attack|targets|facility:cpc-pumping-station')).toBe(false); // 2024-04-28
    expect(h.edges.has('state:RUS|stakeholder-of|org:caspian-pipeline-consortium')).toBe(false); // undated
  });

  it('an ego filter keeps exactly the nodes within its depth over the edges still shown', () => {
    const f = emptyFilters();
    f.ego = { node: 'state:KAZ', depth: 1 };
    const h = hiddenBy(ds, f);
    const kept = ds.graph.filterNodes((n) => !h.nodes.has(n));
    expect(new Set(kept)).toEqual(new Set(['state:KAZ', ...ds.graph.neighbors('state:KAZ')]));
  });

  it('excludes undated claims when asked', () => {
    const f = emptyFilters();
    f.undated = false;
    expect(hiddenBy(ds, f).edges.has('state:RUS|stakeholder-of|org:caspian-pipeline-consortium')).toBe(true);
  });

  it('hides documents by default', () => {
    expect([...defaultHiddenKinds(ds)].every((k) => ds.kinds.get(k)?.lineage.includes('Document'))).toBe(
      true,
    );
  });
});
