import { describe, expect, it } from 'vitest';
import { emptyFilters } from './filters.ts';
import { decodeViewState, encodeViewState } from './url-state.ts';
import type { ViewState } from './url-state.ts';

describe('url-state', () => {
  it('round-trips camera, filters and an edge selection whose key holds | and :', () => {
    const filters = emptyFilters();
    filters.hiddenKinds.add('Pipeline').add('State');
    filters.hiddenModalities.add('alleged');
    filters.hiddenPredicates.add('part-of');
    filters.minConfidence = 0.35;
    filters.from = '2024-01-01';
    filters.to = '2024-06-30';
    const view: ViewState = {
      camera: { x: 0.512345678, y: 0.25, ratio: 0.3, angle: 0 },
      selection: { type: 'edge', key: 'state:KAZ|accuses|state:UKR' },
      filters,
    };
    const back = decodeViewState(`#${encodeViewState(view)}`);
    expect(back.selection).toEqual(view.selection);
    expect(back.camera).toEqual({ x: 0.51235, y: 0.25, ratio: 0.3, angle: 0 });
    expect([...back.filters.hiddenKinds].sort()).toEqual(['Pipeline', 'State']);
    expect([...back.filters.hiddenModalities]).toEqual(['alleged']);
    expect([...back.filters.hiddenPredicates]).toEqual(['part-of']);
    expect(back.filters.minConfidence).toBe(0.35);
    expect([back.filters.from, back.filters.to]).toEqual(['2024-01-01', '2024-06-30']);
  });

  it('writes nothing for the default view', () => {
    expect(encodeViewState({ filters: emptyFilters() })).toBe('');
  });

  it('writes hidden kinds only when they depart from the defaults, and restores ego and undated', () => {
    const defaults = new Set(['Document']);
    expect(encodeViewState({ filters: emptyFilters(defaults) }, defaults)).toBe('');
    const all = encodeViewState({ filters: emptyFilters() }, defaults);
    expect(all).toBe('hk=');
    expect(decodeViewState(all, defaults).filters.hiddenKinds.size).toBe(0);
    expect([...decodeViewState('', defaults).filters.hiddenKinds]).toEqual(['Document']);
    const f = emptyFilters(defaults);
    f.undated = false;
    f.ego = { node: 'state:KAZ', depth: 2 };
    const back = decodeViewState(encodeViewState({ filters: f }, defaults), defaults).filters;
    expect(back.undated).toBe(false);
    expect(back.ego).toEqual({ node: 'state:KAZ', depth: 2 });
  });

  it('ignores malformed values instead of throwing', () => {
    const v = decodeViewState('#cam=1,2,nope,0&conf=7&from=yesterday&hk=,,');
    expect(v.camera).toBeUndefined();
    expect(v.filters.minConfidence).toBe(0);
    expect(v.filters.from).toBeUndefined();
    expect(v.filters.hiddenKinds.size).toBe(0);
  });
});
