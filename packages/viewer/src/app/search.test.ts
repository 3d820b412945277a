import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalizeText, searchNodes } from './search.ts';
import { fixtureDataset } from '../../test/support/test-dataset.ts';

describe('search', () => {
  const { graph } = fixtureDataset();
  const index = buildSearchIndex(graph);

  it('finds a state by its capital, saying which alias matched', () => {
    const [first] = searchNodes(graph, index, 'Astana');
    expect(first).toMatchObject({ node: 'state:KAZ', name: 'Kazakhstan', alias: 'Astana' });
  });

  it('ranks whole-name matches (name or alias) by connections, so the capital city comes after its state', () => {
    const g = graph.copy();
    g.addNode('place:kaz:astana', { kind: 'City', kinds: ['City'], name: 'Astana', aliases: [] });
    g.addDirectedEdge('place:kaz:astana', 'state:KAZ', g.getEdgeAttributes(g.edges()[0]!));
    const hits = searchNodes(g, buildSearchIndex(g), 'astana');
    expect(hits.map((h) => h.node).slice(0, 2)).toEqual(['state:KAZ', 'place:kaz:astana']);
  });

  it('prefers a name match, then prefixes, ignoring case and accents', () => {
    expect(searchNodes(graph, index, 'ukraine')[0]?.node).toBe('state:UKR');
    expect(searchNodes(graph, index, 'caspian pip')[0]?.node).toBe('org:caspian-pipeline-consortium');
    expect(normalizeText('Qazaqstan Respublïkası')).toBe('qazaqstan respublikasi');
  });

  it('finds by abbreviation and by id, and nothing for an empty query', () => {
    expect(searchNodes(graph, index, 'CPC').map((h) => h.node)).toContain('org:caspian-pipeline-consortium');
    expect(searchNodes(graph, index, 'state:UKR')[0]?.node).toBe('state:UKR');
    expect(searchNodes(graph, index, '  ')).toEqual([]);
  });

  it('tolerates typos and accents, ranked after literal matches, and says kind and country', () => {
    expect(searchNodes(graph, index, 'Kazakstan')[0]).toMatchObject({ node: 'state:KAZ', kind: 'State' });
    expect(searchNodes(graph, index, 'Ukrane')[0]?.node).toBe('state:UKR');
    expect(searchNodes(graph, index, 'Kazákhstan')[0]?.node).toBe('state:KAZ');
    expect(searchNodes(graph, index, 'Kazakhstan')[0]?.country).toBe('KAZ');
  });
});
