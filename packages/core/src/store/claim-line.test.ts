import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/claim.ts';
import type { EntityRef } from '../model/entity.ts';
import { claimColumns, decodeClaim, encodeClaim } from './claim-line.ts';
import { StoreError } from './errors.ts';
import { without } from '../../test/claims.ts';

const refs: Record<string, EntityRef> = {
  'state:KAZ': { id: 'state:KAZ', kind: 'State', name: 'Kazakhstan', iso3: 'KAZ' },
  'state:UKR': { id: 'state:UKR', kind: 'State', name: 'Ukraine', iso3: 'UKR' },
  'event:attack': { id: 'event:attack', kind: 'Attack', name: 'attack on "CPC"\twith a tab', country: 'RUS' },
  'org:kaz:mfa': { id: 'org:kaz:mfa', kind: 'Ministry', name: 'Foreign ministry', country: 'KAZ' },
};
const ref = (id: string) => refs[id]!;

const full: Claim = {
  id: 'claim:abc',
  subject: ref('state:KAZ'),
  predicate: 'accuses',
  object: ref('state:UKR'),
  about: ref('event:attack'),
  modality: 'alleged',
  confidence: 0.7,
  claimedBy: ref('org:kaz:mfa'),
  time: { occurred: '2025-11-29', reported: '2025-12-01' },
  cameo: '112',
  plover: 'ACCUSE',
  evidence: {
    docId: 'doc:1',
    doc: 'a\tb\n.txt',
    sentence: 3,
    start: 10,
    end: 42,
    text: 'Kazakhstan "accused"\nUkraine </script>',
    triggers: [{ start: 21, end: 29 }],
  },
  source: 'text',
  attrs: { GoldsteinScale: -2, note: 'x\ty' },
};

describe('claim lines', () => {
  it('round-trip every field, with entities joined back by id', () => {
    const line = encodeClaim(full);
    expect(line).not.toMatch(/\n/);
    expect(line.split('\t').slice(0, 6)).toEqual([
      'claim:abc',
      'state:KAZ',
      'accuses',
      'state:UKR',
      'event:attack',
      'org:kaz:mfa',
    ]);
    expect(decodeClaim(line, ref)).toEqual(full);
  });

  it('round-trip a minimal claim without adding fields', () => {
    const {
      about: _a,
      claimedBy: _c,
      time: _t,
      cameo: _m,
      plover: _p,
      evidence: _e,
      attrs: _x,
      ...min
    } = full;
    const back = decodeClaim(encodeClaim(min), ref);
    expect(back).toEqual(min);
    expect(Object.keys(back).sort()).toEqual(Object.keys(min).sort());
  });

  it('give the ids of the claim and its entities without parsing the JSON', () => {
    const line = encodeClaim(full);
    const { rest, ...cols } = claimColumns(line);
    expect(cols).toEqual({
      id: 'claim:abc',
      subject: 'state:KAZ',
      predicate: 'accuses',
      object: 'state:UKR',
      about: 'event:attack',
      claimedBy: 'org:kaz:mfa',
    });
    expect(line[rest]).toBe('{');
    expect(claimColumns(encodeClaim(without(full, 'about'))).about).toBe('');
  });

  it('refuse ids that would break the columns', () => {
    expect(() => encodeClaim({ ...full, id: 'claim:a\tb' })).toThrow(StoreError);
    expect(() => encodeClaim({ ...full, object: { ...ref('state:UKR'), id: 'state:\nUKR' } })).toThrow(
      /object id/,
    );
  });

  it('report a damaged line', () => {
    expect(() => claimColumns('claim:x\tstate:KAZ')).toThrow(/fewer than 7 columns/);
  });
});
