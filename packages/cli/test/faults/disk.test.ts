// (c) A full disk: the store on a 1 MiB tmpfs, an import bigger than that. Exit 3 with a message, and the
// store is as it was. Mounting needs privileges the machine may not give: then the test says so and skips.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geokg, snapshot } from '../run.ts';
import { tally } from './tally.ts';

const mnt = mkdtempSync(join(tmpdir(), 'geokg-tmpfs-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt]).status === 0;
if (!mounted) console.log(`geokg faults: full-disk test skipped: cannot mount a tmpfs at ${mnt} here`);
afterAll(() => void (mounted && spawnSync('umount', [mnt])));

describe('a full disk', () => {
  it.runIf(mounted)('an import that does not fit exits 3, says so, and leaves the store as it was', () => {
    const store = join(mnt, 'data');
    const small = join(tmpdir(), `geokg-small-${process.pid}.jsonl`);
    writeFileSync(small, '{"subject":"state:KAZ","predicate":"accuses","object":"state:UKR"}\n');
    expect(geokg(['--store', store, 'import', small]).code).toBe(0);
    const before = snapshot(store);
    const big = join(tmpdir(), `geokg-big-${process.pid}.jsonl`);
    // Distinct facts (the date is part of a claim's id) with text that gzip cannot shrink much.
    const rows = Array.from({ length: 30_000 }, (_, i) =>
      JSON.stringify({
        subject: 'state:KAZ',
        predicate: 'accuses',
        object: 'state:UKR',
        date: `${1900 + (i % 100)}-${String((Math.floor(i / 100) % 12) + 1).padStart(2, '0')}-${String((Math.floor(i / 1200) % 28) + 1).padStart(2, '0')}`,
        quote: randomBytes(60).toString('hex'),
      }),
    );
    writeFileSync(big, rows.join('\n') + '\n');
    const r = geokg(['--store', store, 'import', big]);
    tally({ faults: 1, stores: 1 });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no space left on the device.*nothing was committed/);
    expect(snapshot(store)).toEqual(before);
  });
});
