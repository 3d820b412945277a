// The viewer's HTTP server: the built app plus /api/graph.json, on loopback only. No framework: one
// handler, strict headers (CSP, no sniffing), and a Host check so other sites cannot read the graph
// through DNS rebinding.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Claim, Ontology } from '@geokg/core';
import { DEFAULT_DIST_DIR, buildViewer } from './build.ts';
import { ViewerError } from './errors.ts';
import { toViewerPayload } from './payload.ts';
import { Parts } from './parts.ts';
import { slimPayload } from './slim-payload.ts';
import { subsetQuery } from '../shared/subset.ts';
import type { ViewerInput } from './payload.ts';
import { resolveStatic, sendFile } from './static.ts';

export interface ServeViewerOptions {
  /** A GeoGraph, its `graph.export()` JSON, or a ready viewer payload. */
  graph: ViewerInput;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only: 127.0.0.1 (default), ::1 or localhost. */
  host?: string;
  /** Stable id of the graph's source (the store directory): saved layouts are keyed by it. */
  id?: string;
  title?: string;
  /** Ontology for serialized input (a GeoGraph brings its own). */
  ontology?: Ontology;
  /** Where the built app lives; built there on demand unless `build` is false. */
  distDir?: string;
  build?: boolean;
  /**
   * Answers `/api/graph.json?top=…&kind=…&country=…&from=…&to=…&around=…&depth=…` (server/subgraph.ts)
   * with another part of the store; without it the parameters are ignored.
   */
  select?: (params: URLSearchParams) => Promise<ViewerInput>;
}

export interface ViewerServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Sigma and the app set element styles from script; no style comes from the data.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // The ForceAtlas2 supervisor starts its worker from a Blob URL.
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const BASE_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export async function serveViewer(opts: ServeViewerOptions): Promise<ViewerServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    throw new ViewerError(
      `geokg viewer: refusing to listen on ${host}: the viewer serves the whole graph without authentication; use 127.0.0.1 and an SSH tunnel to reach it from elsewhere`,
    );
  }
  const distDir = opts.distDir ?? DEFAULT_DIST_DIR;
  if (opts.build !== false) await buildViewer({ outDir: distDir });
  else if (!existsSync(join(distDir, 'index.html'))) {
    throw new ViewerError(
      `geokg viewer: no built app in ${distDir}; call buildViewer() or leave build on`,
      'bug',
    );
  }

  const payload = toViewerPayload(opts.graph, {
    ...(opts.id ? { id: opts.id } : {}),
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.ontology ? { ontology: opts.ontology } : {}),
  });
  const slim = slimPayload(payload);
  const json = Buffer.from(JSON.stringify(slim.payload));
  const gzipped = await promisify(gzip)(json);

  const parts = opts.select
    ? new Parts(opts.select, {
        ...(opts.id ? { id: opts.id } : {}),
        ...(opts.title ? { title: opts.title } : {}),
        ...(opts.ontology ? { ontology: opts.ontology } : {}),
      })
    : undefined;
  const failed = (res: ServerResponse, e: unknown): void => {
    const usage = e instanceof Error && e.name === 'UsageError';
    res.writeHead(usage ? 400 : 500, { 'Content-Type': 'text/plain' }).end(`${(e as Error).message}\n`);
  };
  let allowedHosts = new Set<string>();
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('geokg viewer: unexpected Host header\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' })
        .end('geokg viewer: read only\n');
      return;
    }
    const head = req.method === 'HEAD';
    const sendClaims = (claims: Claim[] | undefined): void => {
      if (!claims) {
        res
          .writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain' })
          .end('geokg viewer: no such edge; reload the page\n');
        return;
      }
      const body = Buffer.from(JSON.stringify(claims));
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(body.length),
        'Cache-Control': 'no-store',
      });
      res.end(head ? undefined : body);
    };
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    // A part of the store: the page passes its own subset parameters on (shared/subset.ts).
    const part = parts && subsetQuery(url.search) ? parts.get(url.search) : undefined;
    if (path === '/api/graph.json' && part) {
      void part.then(
        ({ body }) => {
          res.writeHead(200, {
            ...BASE_HEADERS,
            'Content-Type': 'application/json; charset=utf-8',
            'Cache-Control': 'no-store',
          });
          res.end(head ? undefined : body);
        },
        (e: unknown) => failed(res, e),
      );
      return;
    }
    if (path === '/api/graph.json') {
      const zipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = zipped ? gzipped : json;
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(body.length),
        'Cache-Control': 'no-store',
        Vary: 'Accept-Encoding',
        ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(head ? undefined : body);
      return;
    }
    if (path === '/api/claims.json') {
      // One edge's full claims, asked for when the evidence panel opens it (from the page's part).
      const edge = url.searchParams.get('edge') ?? '';
      if (part)
        void part.then(
          (p) => sendClaims(p.claims.get(edge)),
          (e: unknown) => failed(res, e),
        );
      else sendClaims(slim.claims.get(edge));
      return;
    }
    const file = resolveStatic(distDir, path);
    if (!file) {
      res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain' }).end('geokg viewer: not found\n');
      return;
    }
    sendFile(res, file, head, BASE_HEADERS);
  };

  const server = createServer(handler);
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        e.code === 'EADDRINUSE'
          ? new ViewerError(
              `geokg viewer: port ${opts.port} is in use; pick another with --port or use --port 0`,
            )
          : e,
      ),
    );
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
    host,
    port,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((e) => (e ? fail(e) : ok()));
        server.closeAllConnections();
      }),
  };
}
