// A small graph like the seed article's, built with core directly: used by unit tests of the server and
// as the viewer's stand-in input where no store is at hand. Includes an entity whose name is markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GeoGraph, claimId, defaultOntology, defaultRegistry, refOf } from '@geokg/core';
import type { Claim, Entity, Modality } from '@geokg/core';

export const XSS = '<img src=x onerror=alert(1)>';
const ARTICLE = 'seeds/articles/000_419cbe59cfa141f3.txt';

export function fixtureGraph(repoRoot = join(import.meta.dirname, '../../../..')): GeoGraph {
  const text = readFileSync(join(repoRoot, ARTICLE), 'utf8');
  const registry = defaultRegistry();
  const g = new GeoGraph(defaultOntology());
  const known = (id: string): Entity => {
    const e = registry.get(id);
    if (!e) throw new Error(`fixture: ${id} is not in the registry`);
    g.addEntity(e);
    return e;
  };
  const add = (e: Entity): Entity => (g.addEntity(e), e);
  const kaz = known('state:KAZ');
  const ukr = known('state:UKR');
  const rus = known('state:RUS');
  const aze = known('state:AZE');
  const cpc = known('org:caspian-pipeline-consortium');
  const pipeline = known('facility:cpc-pipeline');
  const ministry = add({
    id: 'org:kaz:foreign-ministry',
    kind: 'GovernmentBody',
    name: 'Kazakhstani Foreign Ministry',
    aliases: [],
    props: { country: 'KAZ' },
  });
  const station = add({
    id: 'facility:cpc-pumping-station',
    kind: 'PumpingStation',
    name: 'CPC pumping station',
    aliases: [],
    props: {},
  });
  const attack = add({
    id: 'event:cpc-attack',
    kind: 'Attack',
    name: 'attack on CPC infrastructure',
    aliases: [],
    props: {},
  });
  const xss = add({
    id: 'org:xss-group',
    kind: 'ArmedGroup',
    name: `Separatists ${XSS}`,
    aliases: [XSS],
    props: {},
  });

  const claim = (
    s: Entity,
    predicate: string,
    o: Entity,
    modality: Modality,
    confidence: number,
    sentence?: { n: number; text: string; triggers: string[] },
    extra: Partial<Claim> = {},
  ): void => {
    const start = sentence ? text.indexOf(sentence.text) : -1;
    const draft: Omit<Claim, 'id'> = {
      subject: refOf(s),
      predicate,
      object: refOf(o),
      modality,
      confidence,
      source: sentence ? 'text' : 'fact',
      ...(sentence
        ? {
            evidence: {
              docId: 'doc:seed-000',
              doc: ARTICLE,
              sentence: sentence.n,
              start: Math.max(start, 0),
              end: Math.max(start, 0) + sentence.text.length,
              text: sentence.text,
              triggers: sentence.triggers.map((t) => {
                const at = text.indexOf(t, start);
                return { start: at, end: at + t.length };
              }),
            },
          }
        : {}),
      ...extra,
    };
    g.addClaim({ id: claimId(draft), ...draft });
  };
  const s0 =
    'Astana has formally requested an explanation from Kyiv regarding the recent attack on infrastructure belonging to the Caspian Pipeline Consortium, a move that has raised eyebrows across regional diplomatic circles.';
  const s4 =
    'However, the Kazakhstani government has suggested that the incident may have been orchestrated by actors with ties to Ukraine, citing unconfirmed intelligence reports.';
  claim(
    kaz,
    'requests-explanation',
    ukr,
    'asserted',
    0.9,
    { n: 0, text: s0, triggers: ['requested an explanation'] },
    { cameo: '101', plover: 'REQUEST', about: refOf(attack), time: { reported: '2024-05-02' } },
  );
  claim(
    kaz,
    'accuses',
    ukr,
    'alleged',
    0.6,
    { n: 4, text: s4, triggers: ['suggested', 'orchestrated'] },
    {
      cameo: '112',
      plover: 'ACCUSE',
      claimedBy: refOf(kaz),
      about: refOf(attack),
      time: { reported: '2024-05-02' },
    },
  );
  for (const st of [kaz, rus, aze]) claim(st, 'stakeholder-of', cpc, 'asserted', 1);
  claim(cpc, 'operates', pipeline, 'asserted', 1);
  claim(ministry, 'part-of', kaz, 'asserted', 1);
  claim(station, 'part-of', pipeline, 'asserted', 1);
  claim(attack, 'targets', station, 'asserted', 0.8, undefined, { time: { occurred: '2024-04-28' } });
  claim(attack, 'attributed-to', xss, 'hypothetical', 0.3, {
    n: 14,
    text: `Some experts suggest the attack may have been carried out by ${XSS} separatists.`,
    triggers: ['may have been carried out'],
  });
  claim(ukr, 'denies', kaz, 'denied', 0.5, undefined, { time: { reported: '2024-05-10' } });
  return g;
}
