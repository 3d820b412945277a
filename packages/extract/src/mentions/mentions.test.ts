// Who and what the text names: states through their names, demonyms and capitals; bodies, new
// organisations and people; unnamed things and the phrases that refer back to them.
import { describe, expect, it } from 'vitest';
import type { Entity } from '@geokg/core';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const run = (text: string): { entities: Entity[]; edges: string[] } => {
  const r = x.extractText(text, { doc: 'mentions.txt' });
  return {
    entities: r.entities,
    edges: r.claims.map((c) => `${c.subject.id} ${c.predicate} ${c.object.id}`),
  };
};

describe('registry names', () => {
  it('a known name read as a noun phrase ("The … Consortium operates") is the registry entity, not a new one', () => {
    const { edges } = run('The Caspian Pipeline Consortium operates a critical pipeline.');
    expect(edges[0]).toMatch(/^org:caspian-pipeline-consortium operates facility:/);
  });

  it("a government is its state, the node GDELT's KAZGOV gets too", () => {
    expect(run('The Kazakhstani government accused Ukraine of the attack.').edges).toContain(
      'state:KAZ accuses state:UKR',
    );
  });
});

describe('states', () => {
  it('a capital stands for its state, and no State is named after a capital', () => {
    const { entities, edges } = run('Tbilisi condemned Moscow.');
    expect(edges).toContain('state:GEO criticizes state:RUS');
    expect(
      entities
        .filter((e) => e.kind === 'State')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Georgia', 'Russia']);
  });

  it('"the Mongolian government" and "Mongolian officials" are the state', () => {
    expect(run('The Mongolian government condemned China.').edges).toContain(
      'state:MNG criticizes state:CHN',
    );
    expect(run('Mongolian officials condemned China.').edges).toContain('state:MNG criticizes state:CHN');
  });

  it('a dated alias only counts on its dates', () => {
    const r = x.extractText('Nur-Sultan condemned Bishkek.', { doc: 'dated.txt', reported: '2020-05-01' });
    expect(r.claims.map((c) => c.subject.id)).toEqual(['state:KAZ']);
    const before = x.extractText('Nur-Sultan condemned Bishkek.', {
      doc: 'dated.txt',
      reported: '2015-05-01',
    });
    expect(before.claims).toEqual([]);
  });
});

describe('organisations and people', () => {
  it('a ministry with a demonym is a GovernmentBody of that state, part of it', () => {
    const { entities, edges } = run('The Estonian Defence Ministry condemned Russia.');
    const body = entities.find((e) => e.kind === 'GovernmentBody')!;
    expect(body).toMatchObject({
      id: 'org:est:defence-ministry',
      name: 'Defence Ministry',
      props: { country: 'EST' },
    });
    expect(edges).toContain('org:est:defence-ministry part-of state:EST');
    expect(edges).toContain('org:est:defence-ministry criticizes state:RUS');
  });

  it('new names take their kind from their last word', () => {
    const kinds = (t: string): string[] =>
      run(t)
        .entities.filter((e) => !e.id.startsWith('state:'))
        .map((e) => e.kind);
    expect(kinds('The Amber Gas Consortium accused Lithuania.')).toEqual(['Consortium']);
    expect(kinds('The Ogaden Liberation Front attacked Ethiopia.')).toEqual(['ArmedGroup']);
    expect(kinds('Baltic Shipping Company accused Latvia.')).toEqual(['Company']);
  });

  it('a title makes a person, with the country of the demonym before it', () => {
    const { entities } = run('Zambian President Joseph Mwale accused Malawi.');
    expect(entities.find((e) => e.kind === 'Person')).toMatchObject({
      name: 'Joseph Mwale',
      props: { country: 'ZMB' },
    });
  });

  it('registry people keep their country', () => {
    const r = x.extractText('Vladimir Putin criticized Ukraine.', { doc: 'p.txt', reported: '2014-03-01' });
    expect(r.claims[0]?.subject).toMatchObject({ kind: 'Person', country: 'RUS' });
  });
});

describe('unnamed things and references', () => {
  it('"a pumping station", then "the pumping station", and "the attack" then "the incident"', () => {
    const r = x.extractText(
      'An attack hit a pumping station in Georgia. The incident was blamed on rebels backed by Russia. Georgia said the attack targeted the pumping station.',
      { doc: 'things.txt' },
    );
    const ids = (p: string): string[] =>
      r.claims.filter((c) => c.predicate === p).map((c) => `${c.subject.id} ${c.object.id}`);
    const attack = r.entities.find((e) => e.kind === 'Attack')!;
    const station = r.entities.find((e) => e.kind === 'PumpingStation')!;
    expect(attack.id).toMatch(/^event:[0-9a-f]{8}:attack$/);
    expect(ids('targets')).toContain(`${attack.id} ${station.id}`);
    expect(ids('attributed-to').some((e) => e.startsWith(attack.id))).toBe(true);
    expect(r.entities.filter((e) => e.kind === 'Attack')).toHaveLength(1);
  });

  it('ids of unnamed things are scoped to their document', () => {
    const a = x.extractText('An attack hit a pumping station in Georgia.', { doc: 'a.txt' });
    const b = x.extractText('An attack hit a pumping station in Armenia.', { doc: 'b.txt' });
    const station = (r: typeof a): string | undefined =>
      r.entities.find((e) => e.kind === 'PumpingStation')?.id;
    expect(station(a)).toBeDefined();
    expect(station(a)).not.toBe(station(b));
  });

  it('groups with ties to a state carry it; accusing them reaches the state', () => {
    const { entities, edges } = run('Moldova accused militants with ties to Russia.');
    expect(entities.find((e) => e.kind === 'Group' || e.kind === 'ArmedGroup')?.props.country).toBe('RUS');
    expect(edges).toContain('state:MDA accuses state:RUS');
  });
});
