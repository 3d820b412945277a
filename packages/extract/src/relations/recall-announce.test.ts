// Recall on announced acts, retreats from an area and sanctions by other verbs (issue 12), on sentences
// written for these tests (never eval sentences). Codes follow CAMEO2PLOVER-2021.txt; each describe names
// the PLOVER_MANUAL section the rule follows.
import { describe, expect, it } from 'vitest';
import { all } from '../../test/coded.ts';

describe('CONCEDE: announcing a withdrawal or an amnesty (section CONCEDE; CAMEO 080, 081)', () => {
  it('codes an announced withdrawal as a concession, not a retreat that happened', () => {
    expect(all('Kenya announced the withdrawal of its troops from Somalia.')).toEqual([
      'Kenya - 080 asserted',
    ]);
  });

  it('codes an announced or granted amnesty, with those it covers as recipients', () => {
    expect(all('Uganda announced an amnesty for the rebels.')).toEqual(['Uganda UGA 081 asserted']);
    expect(all('President Museveni announced the amnesty on Monday.')).toEqual(['Museveni - 081 asserted']);
    expect(all('Kenya said it would grant amnesty to the rebels.')).toEqual(['Kenya KEN 081 asserted']);
  });

  it('codes no concession for other announcements', () => {
    expect(all('Kenya announced the results of the election.')).toEqual([]);
    expect(all('Kenya announced a new budget.')).toEqual([]);
  });
});

describe('AGREE: announcing joint exercises or aid (section AGREE; CAMEO 0312, 033)', () => {
  it('codes the intent to cooperate militarily with the partner named', () => {
    expect(all('The United States announced joint military exercises with Ukraine.')).toEqual([
      'United States UKR 0312 asserted',
    ]);
    expect(all('Turkey announced multinational naval drills inside Azerbaijan.')).toEqual([
      'Türkiye AZE 0312 asserted',
    ]);
  });

  it('codes announced aid as a promise of aid, targetless when no recipient is named', () => {
    expect(all('Japan announced a new aid package for Haiti.')).toEqual(['Japan HTI 033 asserted']);
    expect(all('Japan announced $5 million in emergency aid.')).toEqual(['Japan - 033 asserted']);
  });
});

describe('RETREAT: withdrawing from an area (section RETREAT mode withdraw; CAMEO 087)', () => {
  it('codes a retreat with no recipient when the place left is an area', () => {
    expect(all('Ethiopian troops withdrew from the town on Sunday.')).toEqual([
      'Ethiopia military - 087 asserted',
    ]);
    expect(all('Russia withdrew from Syria.')).toEqual(['Russia SYR 087 asserted']);
  });

  it('codes nothing for leaving a race or a deal', () => {
    expect(all('The senator withdrew from the race.')).toEqual([]);
  });
});

describe('SANCTION: enacting sanctions (section SANCTION mode discontinue; CAMEO 160)', () => {
  it('codes enacted or levied sanctions as sanctions, not cooperation', () => {
    expect(all('Canada enacted sanctions against Venezuela.')).toEqual(['Canada VEN 160 asserted']);
    expect(all('Canada levied new sanctions on Venezuela.')).toEqual(['Canada VEN 160 asserted']);
  });
});
