// The server's parts of a big store: the page's subset parameters reach `select`, one part per query
// whatever the order of its parameters, and the claims of a part's edges come from that part.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GeoGraph, claimId, defaultOntology, defaultRegistry, refOf } from '@geokg/core';
import type { Claim } from '@geokg/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../test/support/fixture-graph.ts';
import { serveViewer } from './serve.ts';
import type { ViewerServer } from './serve.ts';

const EDGE = 'state:EGY|accuses|state:ETH';

function part(): GeoGraph {
  const registry = defaultRegistry();
  const g = new GeoGraph(defaultOntology());
  const [egy, eth] = ['state:EGY', 'state:ETH'].map((id) => registry.get(id)!);
  g.addEntity(egy!);
  g.addEntity(eth!);
  const draft: Omit<Claim, 'id'> = {
    subject: refOf(egy!),
    predicate: 'accuses',
    object: refOf(eth!),
    modality: 'alleged',
    confidence: 0.7,
    source: 'fact',
    evidence: { docId: 'doc:test', doc: 'test.yaml', line: 3, text: 'Test wording: Egypt blamed Ethiopia.' },
  };
  g.addClaim({ id: claimId(draft), ...draft });
  return g;
}

describe('parts of a store chosen by URL parameters', () => {
  const dist = mkdtempSync(join(tmpdir(), 'geokg-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
  let server: ViewerServer;
  const asked: string[] = [];

  beforeAll(async () => {
    server = await serveViewer({
      graph: fixtureGraph(),
      distDir: dist,
      build: false,
      id: 'test',
      select: async (params) => {
        asked.push(params.toString());
        if (params.get('top') === '0')
          throw Object.assign(new Error('top=0 is too small'), { name: 'UsageError' });
        return part();
      },
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${server.url}${path}`);

  it('passes only the subset parameters on, and answers one query once whatever its order', async () => {
    const a = await (await get('api/graph.json?country=EGY&kind=State&cam=1')).json();
    const b = await (await get('api/graph.json?kind=State&country=EGY')).json();
    expect(asked).toEqual(['kind=State&country=EGY']);
    expect(a.part).toBe('kind=State&country=EGY');
    expect(b.graph.edges.map((e: { key: string }) => e.key)).toEqual([EDGE]);
    // No subset parameter: the default graph, with no part.
    const whole = await (await get('api/graph.json?cam=1')).json();
    expect(whole.part).toBeUndefined();
    expect(whole.graph.edges.length).toBeGreaterThan(1);
  });

  it("serves a part's claims to a page showing that part, and not to one showing another", async () => {
    const r = await get(`api/claims.json?edge=${encodeURIComponent(EDGE)}&kind=State&country=EGY`);
    expect(r.status).toBe(200);
    const claims = (await r.json()) as Claim[];
    expect(claims.map((c) => c.evidence?.text)).toEqual(['Test wording: Egypt blamed Ethiopia.']);
    expect((await get(`api/claims.json?edge=${encodeURIComponent(EDGE)}`)).status).toBe(404);
  });

  it('answers 400 with the message when the parameters are wrong', async () => {
    const r = await get('api/graph.json?top=0');
    expect(r.status).toBe(400);
    expect(await r.text()).toContain('top=0 is too small');
  });
});
