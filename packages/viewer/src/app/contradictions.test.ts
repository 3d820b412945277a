import { GeoGraph, claimId, defaultOntology, defaultRegistry, refOf } from '@geokg/core';
import type { Claim, Entity, Modality } from '@geokg/core';
import { describe, expect, it } from 'vitest';
import { toViewerPayload } from '../server/payload.ts';
import { slimPayload } from '../server/slim-payload.ts';
import { findContradictions } from './contradictions.ts';
import { datasetOf } from './dataset.ts';
import { binClaims } from './timeline.ts';

interface Extra {
  about?: Entity;
  source?: Claim['source'];
}

function dataset(more: (claim: ClaimFn, known: (id: string) => Entity, event: EventFn) => void = () => {}) {
  const registry = defaultRegistry();
  const g = new GeoGraph(defaultOntology());
  const known = (id: string): Entity => {
    const e = registry.get(id)!;
    if (!g.graph.hasNode(id)) g.addEntity(e);
    return e;
  };
  const event: EventFn = (id, name) => {
    const e: Entity = { id, kind: 'Attack', name, aliases: [], props: {} };
    g.addEntity(e);
    return e;
  };
  const claim: ClaimFn = (s, predicate, o, modality, date, extra = {}) => {
    const draft: Omit<Claim, 'id'> = {
      subject: refOf(s),
      predicate,
      object: refOf(o),
      modality,
      confidence: 0.8,
      source: extra.source ?? 'fact',
      ...(date ? { time: { occurred: date } } : {}),
      ...(extra.about ? { about: refOf(extra.about) } : {}),
      ...(extra.source === 'gdelt' ? { evidence: { docId: `doc:${date}`, doc: `gdelt-${date}` } } : {}),
    };
    g.addClaim({ id: claimId(draft), ...draft });
  };
  const [egy, eth, rus] = [known('state:EGY'), known('state:ETH'), known('state:RUS')];
  const blast = event('event:blast', 'Blast');
  claim(egy, 'accuses', eth, 'asserted', '2024-01-05');
  claim(eth, 'denies', egy, 'asserted', '2024-01-06');
  claim(blast, 'attributed-to', egy, 'alleged', '2024-02');
  claim(blast, 'attributed-to', rus, 'asserted', '2024-03-01');
  claim(rus, 'aids', egy, 'asserted');
  claim(rus, 'aids', egy, 'denied', '2024-03-02');
  more(claim, known, event);
  // What the browser gets: claims cut to their summaries.
  return datasetOf(JSON.parse(JSON.stringify(slimPayload(toViewerPayload(g)).payload)));
}

type ClaimFn = (s: Entity, p: string, o: Entity, m: Modality, date?: string, extra?: Extra) => void;
type EventFn = (id: string, name: string) => Entity;

describe('contradictions', () => {
  const found = findContradictions(dataset());

  it('pairs an accusation with the denial that answers it', () => {
    expect(found).toContainEqual({
      type: 'accuse-deny',
      accuse: 'state:EGY|accuses|state:ETH',
      deny: 'state:ETH|denies|state:EGY',
    });
  });

  it('finds an event with two culprits and an edge both asserted and denied', () => {
    const culprits = found.find((c) => c.type === 'two-culprits');
    expect(culprits).toMatchObject({ event: 'event:blast' });
    expect(found).toContainEqual({ type: 'modality', edge: 'state:RUS|aids|state:EGY' });
    expect(found).toHaveLength(3);
  });

  it('pairs an accusation and a denial only when they are about the same event', () => {
    const list = findContradictions(
      dataset((claim, known, event) => {
        const [usa, ukr] = [known('state:USA'), known('state:UKR')];
        const [x, y] = [event('event:x', 'Strike X'), event('event:y', 'Strike Y')];
        // USA accuses Ukraine about X; Ukraine denies something else (Y): no pair.
        claim(usa, 'accuses', ukr, 'asserted', '2024-04-01', { about: x });
        claim(ukr, 'denies', usa, 'asserted', '2024-04-02', { about: y });
        // Russia accuses the USA about X, and the USA denies it about X: a pair.
        const rus = known('state:RUS');
        claim(rus, 'accuses', usa, 'alleged', '2024-04-03', { about: x });
        claim(usa, 'denies', rus, 'asserted', '2024-04-04', { about: x });
      }),
    ).filter((c) => c.type === 'accuse-deny');
    expect(list).toEqual([
      { type: 'accuse-deny', accuse: 'state:EGY|accuses|state:ETH', deny: 'state:ETH|denies|state:EGY' },
      { type: 'accuse-deny', accuse: 'state:RUS|accuses|state:USA', deny: 'state:USA|denies|state:RUS' },
    ]);
  });

  it('needs the accusation asserted or alleged, and the denial between the same two actors', () => {
    const list = findContradictions(
      dataset((claim, known) => {
        const [usa, ukr, rus] = [known('state:USA'), known('state:UKR'), known('state:RUS')];
        // Only denied that the USA accuses Ukraine: nothing for Ukraine's denial to answer.
        claim(usa, 'accuses', ukr, 'denied', '2024-05-01');
        claim(ukr, 'denies', usa, 'asserted', '2024-05-02');
        // Russia accuses Ukraine; the USA (not Ukraine) denies Russia.
        claim(rus, 'accuses', ukr, 'asserted', '2024-05-03');
        claim(usa, 'denies', rus, 'asserted', '2024-05-04');
      }),
    ).filter((c) => c.type === 'accuse-deny');
    expect(list.map((c) => c.type === 'accuse-deny' && c.accuse)).toEqual(['state:EGY|accuses|state:ETH']);
  });

  it('does not count GDELT rows pooled into one event as two culprits', () => {
    const list = findContradictions(
      dataset((claim, known, event) => {
        const [usa, ukr] = [known('state:USA'), known('state:UKR')];
        const pooled = event('event:2019-10-24:19:by:test', 'Fight, 2019-10-24');
        claim(pooled, 'attributed-to', usa, 'asserted', '2019-10-24', { source: 'gdelt' });
        claim(pooled, 'attributed-to', ukr, 'asserted', '2019-10-24', { source: 'gdelt' });
      }),
    ).filter((c) => c.type === 'two-culprits');
    expect(list.map((c) => c.type === 'two-culprits' && c.event)).toEqual(['event:blast']);
  });

  it('sees a modality clash on one edge only when both sides can be about the same event', () => {
    const list = findContradictions(
      dataset((claim, known, event) => {
        const [usa, ukr] = [known('state:USA'), known('state:UKR')];
        const [x, y] = [event('event:x', 'Strike X'), event('event:y', 'Strike Y')];
        claim(usa, 'attacks', ukr, 'asserted', '2024-06-01', { about: x });
        claim(usa, 'attacks', ukr, 'denied', '2024-06-02', { about: y });
        claim(ukr, 'attacks', usa, 'asserted', '2024-06-03', { about: x });
        claim(ukr, 'attacks', usa, 'negated', '2024-06-04');
      }),
    ).filter((c) => c.type === 'modality');
    expect(list).toEqual([
      { type: 'modality', edge: 'state:RUS|aids|state:EGY' },
      { type: 'modality', edge: 'state:UKR|attacks|state:USA' },
    ]);
  });
});

describe('timeline bins', () => {
  it('counts dated claims by day (a partial date at its first day) and undated ones apart', () => {
    const bins = binClaims(dataset());
    expect(bins.undated).toBe(1);
    expect(bins.width).toBe(1);
    expect(bins.counts.reduce((a, b) => a + b, 0)).toBe(5);
  });
});
