// `geokg push` pointed at something that is not a Bolt server: a web server, and a socket that accepts and
// never answers. Each ends in exit 4 with a message naming the problem, within its timeouts, never a hang.
import { createServer as createHttp } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geokg, geokgAsync } from '../run.ts';
import { tally } from './tally.ts';

let store: string;
let web: HttpServer;
let silent: Server;
const held: Socket[] = [];

const listen = (s: Server | HttpServer) =>
  new Promise<number>((done) => s.listen(0, '127.0.0.1', () => done((s.address() as { port: number }).port)));

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'geokg-push-'));
  store = join(dir, 'data');
  writeFileSync(
    join(dir, 'f.yaml'),
    'facts:\n  - { subject: state:KAZ, predicate: accuses, object: state:UKR }\n',
  );
  expect(geokg(['--store', store, 'import', join(dir, 'f.yaml')]).code).toBe(0);
  web = createHttp((_req, res) => res.end('not bolt'));
  silent = createServer((socket) => void held.push(socket));
});

afterAll(async () => {
  for (const s of held) s.destroy();
  web.closeAllConnections();
  await Promise.all([web, silent].map((s) => new Promise((done) => s.close(done))));
});

const push = (port: number) =>
  geokgAsync(['--store', store, 'push', '--uri', `bolt://127.0.0.1:${port}`], {
    env: { GEOKG_NEO4J_CONNECT_TIMEOUT: '1' },
    timeoutMs: 60_000,
  });

describe('geokg push against a listener that is not Bolt', () => {
  it('an HTTP server: exit 4, and the message says to use the Bolt port', async () => {
    const r = await push(await listen(web));
    tally({ faults: 1 });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/answered HTTP, not Bolt/);
  }, 90_000);

  it('a socket that never answers: exit 4 after the connect timeout, and the process ends', async () => {
    const r = await push(await listen(silent));
    tally({ faults: 1 });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/no answer from Neo4j at bolt:\/\/127\.0\.0\.1:\d+ in time/);
    expect(held.length).toBeGreaterThan(0);
  }, 90_000);
});
