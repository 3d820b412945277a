// Material conflict and consultation constructions of wire news (issue 12): event nouns under light verbs,
// nominal meetings and calls, on sentences written for these tests. Codes follow CAMEO2PLOVER-2021.txt.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@geokg/core';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const claims = (text: string): Claim[] =>
  x.extractText(text, { doc: 'test.txt' }).claims.filter((c) => c.cameo);
// The recipient as PLOVER scores it: its country (ISO-3), or - for a targetless act.
const where = (r: Claim['object']): string =>
  r.kind === 'Event' ? '-' : String(r.iso3 ?? (r as { country?: string }).country ?? r.name);
const show = (c: Claim): string => `${c.subject.name} ${where(c.object)} ${c.cameo} ${c.modality}`;
const all = (text: string): string[] => claims(text).map(show);

describe('ASSAULT: force named by an event noun under a light verb (events.yaml; PLOVER_MANUAL section ASSAULT)', () => {
  it('takes the place air strikes were launched into (CAMEO 195 → ASSAULT aerial)', () => {
    expect(all('Saudi jets launched four airstrikes into Yemen on Sunday.')).toEqual([
      'Saudi Arabia YEM 195 asserted',
    ]);
  });

  it('codes "made incursions into X" as conventional force (CAMEO 190)', () => {
    expect(all('Ethiopian troops have made repeated incursions into Somalia.')).toEqual([
      'Ethiopia military SOM 190 asserted',
    ]);
  });

  it('codes widening an offensive against X as force against X', () => {
    expect(all('The Nigerian army widened its offensive against Boko Haram.')[0]).toMatch(
      /^Nigeria military .* 190 asserted$/,
    );
  });
});

describe('CONSULT: meetings and calls named by a noun (events.yaml; PLOVER_MANUAL section CONSULT)', () => {
  it('codes "a meeting between X and Y" both ways (CAMEO 040)', () => {
    expect(all('Protests followed a meeting between Chad and Sudan in Doha.')).toEqual([
      'Chad SDN 040 asserted',
      'Sudan TCD 040 asserted',
    ]);
  });

  it('codes "a phone call between X and Y" as consultation by telephone (CAMEO 041, mode phone)', () => {
    expect(all('The offer came days after a phone call between Kenya and Uganda.')).toEqual([
      'Kenya UGA 041 asserted',
      'Uganda KEN 041 asserted',
    ]);
  });

  it('codes "held a call with X" through the light verb', () => {
    expect(all('Peru held a video call with Chile on Monday.')).toEqual([
      'Peru CHL 041 asserted',
      'Chile PER 041 asserted',
    ]);
  });

  it('codes "spoke with X", "spoke by phone to X", but not "spoke to reporters" or "spoke at a rally"', () => {
    expect(all('Japan spoke with South Korea about the dispute.')).toEqual(['Japan KOR 040 asserted']);
    expect(all('Ghana spoke by telephone to Togo on Friday.')).toEqual(['Ghana TGO 041 asserted']);
    expect(all('Ghana spoke to reporters in Accra.')).toEqual([]);
    expect(all('The Ghanaian president spoke at a rally in Accra.')).toEqual([]);
  });
});
