// PLOVER categories that have no recipient as often as not, on sentences written for these tests: pledges
// (AGREE), promised and future retreats (CONCEDE), negated intent (REJECT), protests, mobilization,
// laying down arms and easing sanctions (RETREAT). Codes follow CAMEO2PLOVER-2021.txt.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@geokg/core';
import { createExtractor } from '../index.ts';
import { codedClaims as claims, where } from '../../test/coded.ts';

const x = createExtractor();
const show = (c: Claim): string => `${c.subject.name} ${where(c.object)} ${c.cameo} ${c.modality}`;
const all = (text: string): string[] => claims(text).map(show);

describe('AGREE: pledges of money or aid (CAMEO 033; PLOVER_MANUAL section AGREE)', () => {
  it('codes a pledge with no recipient as a targetless AGREE', () => {
    expect(all('Norway pledged an additional $40 million on Tuesday.')).toEqual(['Norway - 033 asserted']);
  });

  it('takes the recipient the money is for', () => {
    expect(all('Japan promised $2 billion in aid to Sri Lanka.')).toEqual(['Japan LKA 033 asserted']);
  });
});

describe('CONCEDE: promised and future retreats (PLOVER_MANUAL sections CONCEDE, RETREAT)', () => {
  it('codes an intended release or withdrawal as CONCEDE 080, not AGREE', () => {
    expect(all('Israel agreed to release 40 Lebanese prisoners.')[0]).toMatch(/^Israel .* 080 asserted$/);
    expect(all('Canada promised to withdraw its troops from Latvia.')).toEqual(['Canada LVA 080 asserted']);
  });

  it('codes a future withdrawal as CONCEDE, a past one as RETREAT', () => {
    expect(all('Officials say Britain would pull out its troops from Iraq.')).toEqual([
      'United Kingdom IRQ 080 asserted',
    ]);
    expect(all('Britain pulled out its troops from Iraq.')).toEqual(['United Kingdom IRQ 087 asserted']);
  });

  it('reads a present-tense governor that wink tags as a noun ("X plans to")', () => {
    expect(all('Chile plans to withdraw its troops from Haiti.')).toEqual(['Chile HTI 080 asserted']);
  });
});

describe('REJECT: a negated intent is a refusal (PLOVER_MANUAL section REJECT)', () => {
  it('codes "not ready to end the war" as declining to de-escalate (CAMEO 1246)', () => {
    expect(all('Armenia is not ready to end the war against Azerbaijan.')).toEqual([
      'Armenia AZE 1246 asserted',
    ]);
  });

  it('codes "did not agree to meet" as rejecting a meeting (CAMEO 125)', () => {
    expect(all('Ghana did not agree to meet Togo.')).toEqual(['Ghana TGO 125 asserted']);
  });

  it('codes dismissing criticism as a targetless rejection', () => {
    expect(all('Peru dismissed the criticism.')).toEqual(['Peru - 120 asserted']);
  });
});

describe('PROTEST (CAMEO 141, 143; PLOVER_MANUAL section PROTEST)', () => {
  it('codes a demonstration with no recipient, never the city it is in', () => {
    expect(all('Protesters demonstrated in Nairobi on Monday.')).toEqual(['Kenya opposition - 141 asserted']);
  });

  it('takes the one it is against', () => {
    expect(all('Students in Kenya marched against the Ugandan government.')).toEqual([
      'Kenya education UGA 141 asserted',
    ]);
  });

  it('codes going on strike', () => {
    expect(all("Nigeria's teachers' union went on strike.")[0]).toMatch(/ - 143 asserted$/);
  });

  it("leaves a state's protest to ACCUSE (diplomatic protest)", () => {
    expect(all('Russia protested against the decision.').some((s) => / 14\d /.test(s))).toBe(false);
  });
});

describe('MOBILIZE and RETREAT acts', () => {
  it('codes raising the alert (CAMEO 152) and mobilizing reservists (154) without a recipient', () => {
    expect(all('Serbia put the army on high alert.')[0]).toMatch(/^Serbia .* 152 asserted$/);
    expect(all('Russia mobilised 300,000 reservists.')).toEqual(['Russia - 154 asserted']);
  });

  it('codes laying down arms (CAMEO 0873), and refusing to as REJECT (124)', () => {
    expect(all('The rebels in Mali laid down their weapons.')).toEqual(['Mali rebels - 0873 asserted']);
    expect(all('The rebels in Mali said they would not lay down their weapons.')).toEqual([
      'Mali rebels - 124 asserted',
    ]);
  });

  it('does not code the condition of an if-clause as an act', () => {
    expect(all('Mali said it will talk only if the rebels lay down their weapons.').join()).not.toMatch(
      /0873/,
    );
  });

  it('reads "announced the easing of sanctions on X" as easing (085), not imposing', () => {
    expect(all('Washington announced the easing of sanctions on Venezuela.')).toEqual([
      'United States VEN 085 asserted',
    ]);
  });
});

describe('REQUEST in "that" clauses and obligations (PLOVER_MANUAL section REQUEST)', () => {
  it('codes "urged that X V" as a request to X, recoded by what is asked', () => {
    // wink-nlp tags the bare "release" as a noun; the participle "detained" is no arrest.
    expect(all('Britain urged that Iran release the detained sailors.')).toEqual([
      'United Kingdom IRN 0253 asserted',
    ]);
    expect(all('Chile insisted that Peru withdraw its ambassador.')).toEqual(['Chile PER 100 asserted']);
  });

  it('codes "demanded that … be V-ed" with no actor asked as a targetless request', () => {
    expect(all('Kenya demanded that the elections be postponed.')).toEqual(['Kenya - 100 asserted']);
  });

  it('codes "said X must/should V" as a demand of X, never of the speaker itself', () => {
    expect(all('Germany said Russia should withdraw its troops from Ukraine.')).toEqual([
      'Germany RUS 1056 asserted',
    ]);
    expect(all('Kenya said it must defend itself.').join()).not.toMatch(/ 10\d+ /);
    expect(all('Kenya said that Somalia releases prisoners every year.').join()).not.toMatch(/ 10\d+ /);
  });

  it('codes any act asked for as a request ("urged X to impose sanctions")', () => {
    expect(all('Sweden urged the European Union to impose sanctions on Russia.')).toEqual([
      'Sweden European Union 020 asserted',
    ]);
  });

  it('takes the one asked after "from"', () => {
    expect(all('Pakistan demanded an apology from the United States.')).toEqual([
      'Pakistan USA 100 asserted',
    ]);
  });
});

describe('THREATEN: force announced by its own side (modality.yaml threatCode)', () => {
  it('codes "said it would continue the war in X" as a threat of force (138)', () => {
    expect(all('The Kremlin said it would continue the war in Ukraine.')).toEqual([
      'Russia UKR 138 asserted',
    ]);
  });

  it('codes "launch/continue attacks on X" as ASSAULT when it happened', () => {
    expect(all('Israel continued its attacks on Gaza.')).toContain('Israel PSE 190 asserted');
  });
});

describe('intent with an event noun or a governor noun (PLOVER_MANUAL section AGREE)', () => {
  it('codes "ready for talks with X" as AGREE 036 to X', () => {
    expect(all('Iran is ready for talks with the United States.')).toEqual(['Iran USA 036 asserted']);
  });

  it('codes "X and Y agreed to a truce" both ways, a declared ceasefire being CONCEDE (section CONCEDE)', () => {
    expect(all('Kenya and Somalia agreed on a truce.')).toEqual([
      'Kenya SOM 080 asserted',
      'Somalia KEN 080 asserted',
    ]);
  });

  it('codes "expressed (its) willingness to help X" as intent, not the help itself', () => {
    expect(all('Japan expressed willingness to help Vietnam.')).toEqual(['Japan VNM 033 asserted']);
  });

  it('codes pledging troops to a mission as intent to protect (0334)', () => {
    expect(all('Germany committed 500 troops to the NATO mission.')).toEqual(['Germany NATO 0334 asserted']);
  });
});

describe('SANCTION (PLOVER_MANUAL section SANCTION)', () => {
  it('codes expelling diplomats as SANCTION expel (166), deporting others as COERCE (174)', () => {
    expect(all('Russia expelled 60 American diplomats.')).toEqual(['Russia USA 166 asserted']);
    expect(all('Kenya deported two British journalists.')).toEqual(['Kenya GBR 174 asserted']);
  });

  it('codes recalling an envoy and cutting ties as reducing relations (161)', () => {
    expect(all('Ghana recalled its ambassador from Togo.')).toEqual(['Ghana TGO 161 asserted']);
    expect(all('Morocco cut ties with Iran.')).toEqual(['Morocco IRN 161 asserted']);
  });

  it("codes imposed sanctions as 'discontinue' (160 → SANCTION), not COERCE 163", () => {
    expect(all('The European Union imposed sanctions on Belarus.')).toEqual([
      'European Union BLR 160 asserted',
    ]);
  });
});

describe('planned acts (complements.yaml planned; PLOVER_MANUAL section AGREE)', () => {
  it('codes "is expected/due to meet X" as AGREE 036 by the one expected', () => {
    expect(all('Putin is due to visit China in May.')).toEqual(['Vladimir Putin CHN 036 asserted']);
  });

  it('reads only the passive: "expects Iran to pay" plans nothing of Iran\'s', () => {
    expect(all('Kenya expects Uganda to pay the debt.').join()).not.toMatch(/ 03\d /);
  });
});

describe('RETREAT and MOBILIZE acts (PLOVER_MANUAL sections RETREAT, MOBILIZE)', () => {
  it('codes surrender (0874), returning people (0841) and admitting inspectors (0862)', () => {
    expect(all('The rebels in Mali surrendered to the army.')[0]).toMatch(/^Mali rebels MLI 0874 asserted$/);
    expect(all('Russia returned 20 Ukrainian children to Ukraine.')).toEqual(['Russia UKR 0841 asserted']);
    expect(all('Syria allowed UN inspectors into the country.')[0]).toMatch(/^Syria .* 0862 asserted$/);
  });

  it('codes no return for a journey ("returned to Kabul")', () => {
    expect(all('Karzai returned to Kabul.')).toEqual([]);
  });

  it('codes missile tests and single-country exercises as MOBILIZE (150), joint ones as COOPERATE', () => {
    expect(all('North Korea tested a ballistic missile.')).toEqual(['North Korea - 150 asserted']);
    expect(all('Russia staged military drills.')).toEqual(['Russia - 150 asserted']);
    expect(all('Russia and Belarus held joint exercises.')).toEqual([
      'Russia BLR 062 asserted',
      'Belarus RUS 062 asserted',
    ]);
  });
});

describe('THREATEN: warnings with an order in them (PLOVER_MANUAL section THREATEN)', () => {
  it('codes "warned X to V" as a threat to X, whatever is demanded', () => {
    expect(all('Pakistan warned the Taliban to stop the attacks.')).toEqual(['Pakistan AFG 130 asserted']);
  });

  it('leaves "warned that X would attack Y" to X\'s hypothetical act, claimed by the one who warns', () => {
    // Force that has not happened is no ASSAULT (PLOVER_MANUAL "Auxiliary modes"): the edge stays
    // hypothetical, with no CAMEO code, and no coded event.
    const text = 'Iran warned that Israel would attack Syria.';
    const [c] = x.extractText(text, { doc: 'test.txt' }).claims.filter((k) => k.predicate === 'attacks');
    expect(`${show(c!)} ${c!.claimedBy?.name}`).toBe('Israel SYR undefined hypothetical Iran');
    expect(claims(text)).toEqual([]);
  });
});

describe('CONSULT only where a meeting happened (PLOVER_MANUAL section CONSULT)', () => {
  it('codes attending a summit, not attending a ceremony or a funeral', () => {
    expect(all('Kenyan officials attended a summit with Uganda.')).toEqual([
      'Kenya UGA 040 asserted',
      'Uganda KEN 040 asserted',
    ]);
    expect(all('The Kenyan president attended the funeral in Kampala.')).toEqual([]);
    expect(all('Government officials were attending a graduation ceremony in Nairobi.')).toEqual([]);
  });

  it('makes no claim for talks that stalled or broke down, and keeps talks that resumed', () => {
    expect(all('Talks between Chile and Peru broke down on Monday.')).toEqual([]);
    expect(all('Negotiations between Chile and Peru have stalled over the border.')).toEqual([]);
    expect(all('Talks between Chile and Peru resumed on Monday.')).toEqual([
      'Chile PER 046 asserted',
      'Peru CHL 046 asserted',
    ]);
  });
});
