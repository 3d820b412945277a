// The real GDELT sample (../shared/eval) imported into a temp store with `geokg import`, plus a fact file
// made for the tests: an accusation and its denial, an attack attributed to two groups, and an edge
// whose claims disagree in modality. Then `geokg view --port 0`.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, geokg, startStoreViewer } from './seed-viewer.ts';
import type { SeedViewer } from './seed-viewer.ts';

// ../shared/eval beside the checkout (a worktree sits one level deeper), or GEOKG_EVAL_DIR.
const EVAL_DIRS = [process.env.GEOKG_EVAL_DIR, join(REPO, '../shared/eval'), join(REPO, '../../shared/eval')];
export const GDELT_SAMPLE =
  EVAL_DIRS.filter((d): d is string => !!d)
    .map((d) => join(d, 'gdelt2_20191024143000.export.CSV'))
    .find((f) => existsSync(f)) ?? 'gdelt2_20191024143000.export.CSV';

/** Written for these tests; the dates put the pair inside the sample's week, apart by a day. */
export const CONTRADICTION_FACTS = `# Contradictions for the viewer's e2e tests (invented wording).
entities:
  - { kind: Attack, name: Test depot blast, country: EGY }
  - { kind: ArmedGroup, name: Test Brigade One, country: EGY }
  - { kind: ArmedGroup, name: Test Brigade Two, country: EGY }
facts:
  - subject: Egypt
    predicate: accuses
    object: Ethiopia
    date: 2019-10-20
    confidence: 0.8
    quote: 'Test wording: Egypt blamed Ethiopia for the stalled dam talks.'
  - subject: Ethiopia
    predicate: denies
    object: Egypt
    date: 2019-10-21
    confidence: 0.8
    quote: 'Test wording: Ethiopia rejected the charge from Egypt.'
  - subject: Test depot blast
    predicate: attributed-to
    object: Test Brigade One
    date: 2019-10-22
    quote: 'Test wording: officials named the first brigade.'
  - subject: Test depot blast
    predicate: attributed-to
    object: Test Brigade Two
    date: 2019-10-22
    quote: 'Test wording: a rival account named the second brigade.'
  - subject: Egypt
    predicate: aids
    object: Test Brigade One
    modality: asserted
    date: 2019-10-23
    quote: 'Test wording: a report said Egypt armed the first brigade.'
  - subject: Egypt
    predicate: aids
    object: Test Brigade One
    modality: denied
    claimed_by: Egypt
    date: 2019-10-23
    quote: 'Test wording: Egypt denied arming the first brigade.'
`;

/** The sample and the fact file in a temp store, served by `geokg view [args]`. */
export async function startGdeltViewer(args: string[] = []): Promise<SeedViewer> {
  const store = mkdtempSync(join(tmpdir(), 'geokg-e2e-gdelt-'));
  await geokg(['import', '--format', 'gdelt', GDELT_SAMPLE, '--store', store]);
  const facts = `${store}-contradictions.yaml`;
  writeFileSync(facts, CONTRADICTION_FACTS);
  try {
    await geokg(['import', facts, '--store', store]);
  } finally {
    rmSync(facts, { force: true });
  }
  return startStoreViewer(store, args);
}
