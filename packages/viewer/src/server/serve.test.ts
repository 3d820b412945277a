import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../test/support/fixture-graph.ts';
import { ViewerError } from './errors.ts';
import { serveViewer } from './serve.ts';
import type { ViewerServer } from './serve.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveViewer', () => {
  // A stand-in build: these tests are about the server; the e2e tests cover the real Vite build.
  const dist = mkdtempSync(join(tmpdir(), 'geokg-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>t</title>');
  let server: ViewerServer;

  beforeAll(async () => {
    server = await serveViewer({ graph: fixtureGraph(), distDir: dist, build: false, id: 'test' });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('listens on loopback and serves the page with a strict CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await get(server.url);
    expect(r.status).toBe(200);
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends claim summaries with the graph and the full claims of one edge on request', async () => {
    const payload = JSON.parse((await get(`${server.url}api/graph.json`)).body.toString('utf8'));
    const edge = payload.graph.edges.find((e: { key: string }) => e.key.includes('|accuses|'));
    expect(edge.attributes.claims.length).toBeGreaterThan(0);
    for (const c of edge.attributes.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['confidence', 'modality']));
      expect(c).not.toHaveProperty('evidence');
    }
    expect(edge.attributes).not.toHaveProperty('weights');
    const r = await get(`${server.url}api/claims.json?edge=${encodeURIComponent(edge.key)}`);
    expect(r.status).toBe(200);
    const claims = JSON.parse(r.body.toString('utf8'));
    expect(claims.map((c: { modality: string }) => c.modality)).toEqual(
      edge.attributes.claims.map((c: { modality: string }) => c.modality),
    );
    expect(claims[0].id).toMatch(/^claim:/);
    expect(claims[0].evidence.text).toMatch(/\w/);
    expect((await get(`${server.url}api/claims.json?edge=nope`)).status).toBe(404);
  });

  it('serves the graph as JSON, gzipped when asked', async () => {
    const plain = await get(`${server.url}api/graph.json`);
    const payload = JSON.parse(plain.body.toString('utf8'));
    expect(payload).toMatchObject({ format: 'geokg-viewer/1', id: 'test' });
    const zipped = await get(`${server.url}api/graph.json`, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(payload);
  });

  it('answers 404, 405 and 421 (foreign Host, as after DNS rebinding)', async () => {
    expect((await get(`${server.url}nope.js`)).status).toBe(404);
    expect((await get(`${server.url}api/graph.json`, {}, 'POST')).status).toBe(405);
    expect((await get(`${server.url}api/graph.json`, { Host: 'evil.example:80' })).status).toBe(421);
  });

  it('refuses to listen beyond loopback, and a port in use', async () => {
    await expect(
      serveViewer({ graph: fixtureGraph(), host: '0.0.0.0', distDir: dist, build: false }),
    ).rejects.toThrow(ViewerError);
    await expect(
      serveViewer({ graph: fixtureGraph(), port: server.port, distDir: dist, build: false }),
    ).rejects.toThrow(/in use/);
  });
});
