// A small graph shaped like the seed article's (Kazakhstan, Ukraine, the Caspian Pipeline Consortium), built
// through core's GeoGraph API so that unit and integration tests need no store and no extraction.
import { claimId, defaultOntology, GeoGraph } from '@geokg/core';
import type { Claim, Entity, EntityRef, Modality } from '@geokg/core';

export const SEED_LIKE_DOC = { docId: 'doc:seed-like', doc: 'seeds/articles/seed-like.txt' };

export const SEED_LIKE_SENTENCES = [
  'Astana has formally requested an explanation from Kyiv regarding the recent attack on infrastructure belonging to the Caspian Pipeline Consortium.',
  'The consortium, which includes stakeholders from Kazakhstan, Russia, and Azerbaijan, operates a critical pipeline.',
  'The attack reportedly targeted a key pumping station near the Kazakhstan-Azerbaijan border.',
  'However, the Kazakhstani government has suggested that the incident may have been orchestrated by actors with ties to Ukraine.',
];
export const SEED_LIKE_TEXT = SEED_LIKE_SENTENCES.join(' ');

const entity = (
  id: string,
  kind: string,
  name: string,
  aliases: string[] = [],
  props: Entity['props'] = {},
) => ({
  id,
  kind,
  name,
  aliases,
  props,
});

export const SEED_LIKE_ENTITIES: Entity[] = [
  entity('state:KAZ', 'State', 'Kazakhstan', ['Astana', 'Kazakhstani', 'Kazakh'], {
    iso3: 'KAZ',
    capital: 'Astana',
  }),
  entity('state:UKR', 'State', 'Ukraine', ['Kyiv', 'Ukrainian'], { iso3: 'UKR', capital: 'Kyiv' }),
  entity('state:RUS', 'State', 'Russia', ['Moscow', 'Russian Federation'], { iso3: 'RUS' }),
  entity('state:AZE', 'State', 'Azerbaijan', ['Baku'], { iso3: 'AZE' }),
  entity('org:caspian-pipeline-consortium', 'Consortium', 'Caspian Pipeline Consortium', ['CPC', 'KTK']),
  entity('facility:cpc-pipeline', 'Pipeline', 'CPC pipeline', ['Caspian pipeline'], { commodity: 'oil' }),
  entity('facility:cpc-pumping-station', 'PumpingStation', 'CPC pumping station', [], { country: 'KAZ' }),
  entity('event:cpc-pumping-station-attack', 'Attack', 'Attack on a CPC pumping station', []),
];

const ref = (id: string): EntityRef => {
  const e = SEED_LIKE_ENTITIES.find((x) => x.id === id);
  if (!e) throw new Error(`seed-like graph: no entity ${id}`);
  return { id: e.id, kind: e.kind, name: e.name };
};

function sentenceSpan(sentence: number): { start: number; end: number; text: string } {
  const text = SEED_LIKE_SENTENCES[sentence]!;
  const start = SEED_LIKE_TEXT.indexOf(text);
  return { start, end: start + text.length, text };
}

export interface ClaimSpec {
  subject: string;
  predicate: string;
  object: string;
  modality?: Modality;
  confidence?: number;
  sentence: number;
  cameo?: string;
  plover?: string;
  about?: string;
  occurred?: string;
  doc?: { docId: string; doc: string };
}

export function seedLikeClaim(s: ClaimSpec): Claim {
  const doc = s.doc ?? SEED_LIKE_DOC;
  const c: Omit<Claim, 'id'> = {
    subject: ref(s.subject),
    predicate: s.predicate,
    object: ref(s.object),
    modality: s.modality ?? 'asserted',
    confidence: s.confidence ?? 0.9,
    source: 'text',
    evidence: { ...doc, sentence: s.sentence, ...sentenceSpan(s.sentence) },
    time: { reported: '2025-02-20', ...(s.occurred ? { occurred: s.occurred } : {}) },
    ...(s.cameo ? { cameo: s.cameo } : {}),
    ...(s.plover ? { plover: s.plover } : {}),
    ...(s.about ? { about: ref(s.about) } : {}),
  };
  return { ...c, id: claimId(c) };
}

export const SEED_LIKE_CLAIMS: ClaimSpec[] = [
  {
    subject: 'state:KAZ',
    predicate: 'requests-explanation',
    object: 'state:UKR',
    sentence: 0,
    cameo: '101',
    plover: 'REQUEST',
    about: 'event:cpc-pumping-station-attack',
    occurred: '2025-02-17',
  },
  {
    subject: 'state:KAZ',
    predicate: 'accuses',
    object: 'state:UKR',
    modality: 'alleged',
    confidence: 0.7,
    sentence: 3,
    cameo: '112',
    plover: 'ACCUSE',
    about: 'event:cpc-pumping-station-attack',
  },
  {
    subject: 'state:KAZ',
    predicate: 'stakeholder-of',
    object: 'org:caspian-pipeline-consortium',
    sentence: 1,
  },
  {
    subject: 'state:RUS',
    predicate: 'stakeholder-of',
    object: 'org:caspian-pipeline-consortium',
    sentence: 1,
  },
  {
    subject: 'state:AZE',
    predicate: 'stakeholder-of',
    object: 'org:caspian-pipeline-consortium',
    sentence: 1,
  },
  {
    subject: 'org:caspian-pipeline-consortium',
    predicate: 'operates',
    object: 'facility:cpc-pipeline',
    sentence: 1,
  },
  {
    subject: 'event:cpc-pumping-station-attack',
    predicate: 'targets',
    object: 'facility:cpc-pumping-station',
    sentence: 2,
  },
];

/** The seed-like graph; `extra` claims are added after the standard ones. */
export function seedLikeGraph(extra: ClaimSpec[] = []): GeoGraph {
  const geo = new GeoGraph(defaultOntology());
  for (const e of SEED_LIKE_ENTITIES) geo.addEntity(e);
  for (const s of [...SEED_LIKE_CLAIMS, ...extra]) geo.addClaim(seedLikeClaim(s));
  return geo;
}
