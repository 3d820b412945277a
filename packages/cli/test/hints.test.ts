// What the CLI tells a user: --store and the environment in every command's --help; a GDELT export known
// by its 61 tab-separated columns whatever its name; no GDELT advice for a file that is not one.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, geokg } from './run.ts';

const GDELT = join(ROOT, 'packages/core/test/fixtures/gdelt/sample.export.CSV');
const COMMANDS = ['build', 'import', 'extract', 'stats', 'export', 'push', 'view'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'geokg-hints-'));
  copyFileSync(GDELT, join(dir, 'events.csv'));
  copyFileSync(GDELT, join(dir, 'events'));
  writeFileSync(
    join(dir, 'facts.yaml'),
    'facts:\n  - { subject: state:KAZ, predicate: accuses, object: state:UKR }\n',
  );
});

describe('help', () => {
  it.each(COMMANDS)('geokg %s --help names --store and the environment variables', (command) => {
    const r = geokg([command, '--help']);
    expect(r.code).toBe(0);
    for (const name of ['--store <dir>', 'GEOKG_STORE', 'GEOKG_NO_PROGRESS', 'GEOKG_QUIET'])
      expect(r.stdout).toContain(name);
  });
});

describe('hints', () => {
  it('imports a GDELT export named .csv, or with no extension, as GDELT', () => {
    for (const name of ['events.csv', 'events']) {
      const r = geokg(['--store', join(dir, `store-${name}`), 'import', join(dir, name)]);
      expect(r.stderr).toMatch(/49 rows in 1 file\(s\): 49 imported/);
      expect(r.code).toBe(0);
    }
  });

  it('read as facts anyway, a GDELT export is refused with a hint to use --format gdelt', () => {
    const r = geokg(['--store', join(dir, 'none'), 'import', '--format', 'facts', join(dir, 'events.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /events\.csv looks like a GDELT 2\.0 export: 61 tab-separated columns; import it with --format gdelt/,
    );
  });

  it('a fact file given with --format gdelt is told it is not a GDELT export, not to skip bad rows', () => {
    const r = geokg(['--store', join(dir, 'none'), 'import', '--format', 'gdelt', join(dir, 'facts.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /facts\.yaml:1: not a GDELT 2\.0 event export: no tab-separated columns, an export has 61; a fact file needs no --format/,
    );
    expect(r.stderr).not.toMatch(/--skip-bad/);
  });
});
