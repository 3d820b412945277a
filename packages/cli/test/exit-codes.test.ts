// Every exit code the README documents, driven through the real `geokg` command: one row per way in.
// 130 (push stopped by Ctrl-C) needs a Neo4j server: exit-interrupted.int.test.ts.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '@geokg/core';
import { ROOT, geokg, spawnGeokg } from './run.ts';

let dir: string;
let store: string;
let busyPort: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'geokg-exit-'));
  store = join(dir, 'data');
  writeFileSync(
    join(dir, 'good.yaml'),
    'facts:\n  - { subject: state:KAZ, predicate: accuses, object: state:UKR, date: 2026-11-20 }\n',
  );
  writeFileSync(
    join(dir, 'bad.yaml'),
    'facts:\n  - { subject: state:KAZ, predicate: loves, object: state:UKR }\n',
  );
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
  const newer = join(dir, 'newer');
  mkdirSync(newer);
  writeFileSync(join(newer, 'manifest.json'), JSON.stringify({ format: 'geokg-store', version: 999 }));
  expect(geokg(['--store', store, 'import', join(dir, 'good.yaml')]).code).toBe(0);
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  busyPort = (server.address() as AddressInfo).port;
});

interface Row {
  why: string;
  args: () => string[];
  code: number;
  stderr: RegExp;
  preload?: string;
}

const ROWS: Row[] = [
  { why: 'done', args: () => ['--store', store, 'stats'], code: 0, stderr: /^$/ },
  { why: '--version', args: () => ['--version'], code: 0, stderr: /^$/ },
  {
    why: 'a fact file with an unknown predicate',
    args: () => ['--store', store, 'import', join(dir, 'bad.yaml')],
    code: EXIT_CODES.input,
    stderr: /bad\.yaml:2: unknown predicate "loves"/,
  },
  {
    why: 'a file that does not exist',
    args: () => ['--store', store, 'import', join(dir, 'nope.yaml')],
    code: EXIT_CODES.input,
    stderr: /nope\.yaml: no such file or folder/,
  },
  {
    why: 'a binary article given to extract',
    args: () => ['extract', join(dir, 'image.txt')],
    code: EXIT_CODES.input,
    stderr: /image\.txt.* looks binary/,
  },
  {
    why: 'an unknown command',
    args: () => ['frobnicate'],
    code: EXIT_CODES.usage,
    stderr: /unknown command/,
  },
  {
    why: 'an unknown flag',
    args: () => ['stats', '--frob'],
    code: EXIT_CODES.usage,
    stderr: /unknown option/,
  },
  {
    why: 'push --batch-size 0',
    args: () => ['--store', store, 'push', '--batch-size', '0'],
    code: EXIT_CODES.usage,
    stderr: /batch size "0" is not an integer from 1 to 1000000/,
  },
  {
    why: 'export in an unknown format',
    args: () => ['--store', store, 'export', '--format', 'xls'],
    code: EXIT_CODES.usage,
    stderr: /unknown --format "xls"/,
  },
  {
    why: 'view on a port another process holds',
    args: () => ['--store', store, 'view', '--port', String(busyPort)],
    code: EXIT_CODES.usage,
    stderr: /port \d+ is in use; pick another with --port/,
  },
  {
    why: 'stats without a store',
    args: () => ['--store', join(dir, 'none'), 'stats'],
    code: EXIT_CODES.store,
    stderr: /no store at .*none; run `geokg build`/,
  },
  {
    why: 'a store written by a newer geokg',
    args: () => ['--store', join(dir, 'newer'), 'stats'],
    code: EXIT_CODES.store,
    stderr: /has format version 999, this geokg reads up to \d+; upgrade geokg/,
  },
  {
    why: 'push to a server that is not there',
    args: () => ['--store', store, 'push', '--uri', 'bolt://127.0.0.1:1'],
    code: EXIT_CODES.neo4j,
    stderr: /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(connection refused\)/,
  },
  {
    why: 'a bug inside a command',
    args: () => ['--store', store, 'stats', '--json'],
    preload: join(ROOT, 'packages/cli/test/fixtures/plant-bug.mjs'),
    code: EXIT_CODES.bug,
    stderr: /unexpected error, please report it:\nTypeError: planted bug/,
  },
];

describe('exit codes', () => {
  it.each(ROWS)(
    '$code: $why',
    ({ args, code, stderr, preload }) => {
      const r = geokg(args(), preload ? { preload } : {});
      expect(r.stderr).toMatch(stderr);
      expect(r.code).toBe(code);
    },
    120_000,
  );

  it('a reader that closes the pipe early (export | head) ends the command quietly with 0', async () => {
    const child = spawnGeokg(['--store', store, 'export', '--format', 'json']);
    // Close our end before the command writes, as `head -c0` would.
    child.stdout!.destroy();
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 120_000);
});
