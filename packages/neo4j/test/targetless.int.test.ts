// A targetless claim ("Hungary rejected the proposal": the act is the object, an Event node) goes through
// the store and the push like any other: an Event node, the typed relationship and the Claim node.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimId, openStore } from '@geokg/core';
import type { Claim, Entity } from '@geokg/core';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pushStore } from '../src/push-store.ts';
import { query, testConfig, testDriver, wipeDatabase } from './server.ts';

const config = testConfig();
let driver: Driver;

const hun: Entity = { id: 'state:HUN', kind: 'State', name: 'Hungary', aliases: [], props: { iso3: 'HUN' } };
const act: Entity = {
  id: 'event:0badcafe:reject-proposal',
  kind: 'Event',
  name: 'reject proposal',
  aliases: [],
  props: {},
};

beforeAll(async () => {
  driver = await testDriver(config);
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'geokg-targetless-')), 'data'));
  const draft: Omit<Claim, 'id'> = {
    subject: { id: hun.id, kind: hun.kind, name: hun.name, iso3: 'HUN' },
    predicate: 'rejects',
    object: { id: act.id, kind: act.kind, name: act.name },
    modality: 'asserted',
    confidence: 0.9,
    cameo: '120',
    plover: 'REJECT',
    evidence: {
      docId: 'doc:0badcafe',
      doc: 'a.txt',
      sentence: 0,
      start: 0,
      end: 30,
      text: 'Hungary rejected the proposal.',
    },
    source: 'text',
    attrs: { pattern: 'relations.yaml:1 reject: * [120]', rule: 'verb; targetless: the act is the object' },
  };
  const w = await store.writer();
  w.addEntity(hun);
  w.addEntity(act);
  w.addClaim({ id: claimId(draft), ...draft });
  await w.commit();
  await wipeDatabase(driver, config);
  await pushStore(store, { full: true });
});
afterAll(async () => {
  await driver?.close();
});

it('pushes the act as an Event node with the relationship and the claim', async () => {
  const rows = await query<{ e: string; n: number; text: string }>(
    driver,
    'MATCH (:State {id: $s})-[r:REJECTS]->(e:Event {id: $o}) MATCH (c:Claim)-[:OBJECT]->(e) RETURN e.name AS e, r.claimCount AS n, c.text AS text',
    { s: hun.id, o: act.id },
  );
  expect(rows.map((r) => [r.e, Number(r.n)])).toEqual([['reject proposal', 1]]);
});
