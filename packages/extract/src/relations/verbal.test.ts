// Verbal categories (REQUEST, ACCUSE, SUPPORT, THREATEN) in the constructions wire news uses for them, on
// sentences written for these tests. Codes follow CAMEO2PLOVER-2021.txt; sections are the PLOVER manual's.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@geokg/core';
import { codedClaims as claims, where } from '../../test/coded.ts';

const show = (c: Claim): string => `${c.subject.name} ${where(c.object)} ${c.cameo} ${c.plover}`;
const all = (text: string): string[] => claims(text).map(show);

describe('REQUEST: calling, pressing and asking for something (section REQUEST)', () => {
  it('codes a call for a truce as a request to de-escalate, not a declared truce', () => {
    expect(all('Qatar called for an immediate ceasefire in Gaza.')).toEqual(['Qatar - 0256 REQUEST']);
    expect(all('Egypt called for an end to the violence.')).toEqual(['Egypt - 0256 REQUEST']);
  });

  it('codes a call for talks with the party named', () => {
    expect(all('Russia called for talks with Ukraine.')).toEqual(['Russia UKR 026 REQUEST']);
  });

  it('never makes the prisoners whose release is demanded the ones asked', () => {
    expect(all('Hamas demanded the release of 500 prisoners.')).toEqual(['Hamas - 1053 REQUEST']);
    expect(all('Ukraine called for the release of its soldiers.')).toEqual(['Ukraine - 0253 REQUEST']);
  });

  it('codes any other demand as a targetless REQUEST', () => {
    expect(all('Syria demanded an end to the raids.')).toEqual(['Syria - 1056 REQUEST']);
    expect(all('The Kenyan opposition demanded new elections.')).toEqual(['Kenya opposition - 100 REQUEST']);
  });

  it('codes an appeal for aid, with the one asked when named', () => {
    expect(all('Kenya asked for $300 million in aid.')).toEqual(['Kenya - 023 REQUEST']);
    expect(all('Peru asked Chile for help.')).toEqual(['Peru CHL 023 REQUEST']);
  });

  it('keeps pressing for sanctions a threat against their target (CAMEO 1312)', () => {
    expect(all('Turkey called for sanctions against Israel.')).toEqual(['Türkiye ISR 1312 THREATEN']);
  });
});

describe('ACCUSE: speaking out, lashing out (CAMEO 111; section ACCUSE)', () => {
  it('codes criticism with "at" or "against" its recipient', () => {
    expect(all('Mexico hit out at the United States over the wall.')).toEqual(['Mexico USA 111 ACCUSE']);
    expect(all('Iran lashed out at Saudi Arabia.')).toEqual(['Iran SAU 111 ACCUSE']);
  });

  it('codes speaking out against an act as targetless criticism', () => {
    expect(all('Norway spoke out against the killings.')).toEqual(['Norway - 111 ACCUSE']);
  });
});

describe('SUPPORT: praise and welcome (CAMEO 051; section SUPPORT)', () => {
  it('codes praise of an act with no actor as a targetless SUPPORT', () => {
    expect(all('Ghana welcomed the decision.')).toEqual(['Ghana - 051 SUPPORT']);
  });

  it('takes the owner of the praised act as the recipient', () => {
    expect(all("Kenya hailed Uganda's efforts.")).toEqual(['Kenya UGA 051 SUPPORT']);
  });

  it('still reads welcoming a delegation as hosting a visit (CAMEO 043)', () => {
    expect(all('Canada welcomed the delegation from Japan.')).toEqual(['Canada JPN 043 CONSULT']);
  });
});

describe('THREATEN: warnings of repercussions (CAMEO 130; section THREATEN)', () => {
  it('codes a warning of consequences as a threat, to the one warned', () => {
    expect(all('Iran warned of serious consequences.')).toEqual(['Iran - 130 THREATEN']);
    expect(all('Iran warned the United States of serious consequences.')).toEqual(['Iran USA 130 THREATEN']);
  });

  it('codes a warning of a danger as no threat', () => {
    expect(all('The UN warned of a famine in Somalia.')).toEqual([]);
  });
});

describe('verdicts: naming an act or actor with a judgement (verdicts.yaml)', () => {
  it('codes calling an act cowardly or illegal as criticism, the owner of the act its recipient', () => {
    expect(all('Turkey called the bombing a cowardly act of terrorism.')).toEqual(['Türkiye - 111 ACCUSE']);
    expect(all("Germany called Russia's annexation of Crimea a crime.")).toEqual(['Germany RUS 111 ACCUSE']);
    expect(all('Chile called the blockade of its ports an act of war.')).toEqual(['Chile - 111 ACCUSE']);
    expect(all('China called the American sanctions illegal.')).toEqual(['China USA 111 ACCUSE']);
    expect(all('Canada described the attack as barbaric.')).toEqual(['Canada - 111 ACCUSE']);
  });

  it('codes naming an actor an ally or a terrorist state as praise or criticism of it', () => {
    expect(all('The French government called Italy a valuable partner.')).toEqual(['France ITA 051 SUPPORT']);
    expect(all('Cuba called the United States a terrorist state.')).toEqual(['Cuba USA 111 ACCUSE']);
  });

  it("reads a speaker's copula the same way", () => {
    expect(all('Iran said the United States was a threat to the region.')).toEqual(['Iran USA 111 ACCUSE']);
    expect(all('Mexico said the decision was a mistake.')).toEqual(['Mexico - 111 ACCUSE']);
    expect(all('Kenya said the talks were constructive.')).toEqual(['Kenya - 051 SUPPORT']);
  });

  it('leaves a call with no judgement to the other readings of "call"', () => {
    expect(all('Brazil called on Argentina to open its markets.')).toEqual(['Brazil ARG 020 REQUEST']);
    expect(all('The president called the dispute a matter for the courts.')).toEqual([]);
  });
});

describe('accusations of blame in a verdict (CAMEO 112; section ACCUSE)', () => {
  it('codes saying an actor was behind, to blame or responsible for violence as accusing it', () => {
    expect(all('India said Pakistan was behind the attack.')).toEqual(['India PAK 112 ACCUSE']);
    expect(all('Cuba said the United States was to blame.')).toEqual(['Cuba USA 112 ACCUSE']);
    expect(all('Israel said Hamas was responsible for the attacks.')).toEqual(['Israel PSE 112 ACCUSE']);
  });

  it('codes responsibility for anything else as no accusation', () => {
    expect(all('The minister said the government was responsible for security.')).toEqual([]);
  });
});

describe("THREATEN: a warning of the warner's own act (section THREATEN)", () => {
  it('codes "warned (that) it would V" as a threat with the act\'s target', () => {
    expect(all('Iran warned it would retaliate against Israel.')).toEqual(['Iran ISR 138 THREATEN']);
    expect(all('Russia threatened that it would cut ties with Georgia.')).toEqual([
      'Russia GEO 1313 THREATEN',
    ]);
  });

  it("codes a warning of another's act, or of no act, as no threat", () => {
    expect(all('The UN warned that it would run out of food.')).toEqual([]);
    expect(all('Iran warned that Israel would attack.').filter((c) => c.includes('THREATEN'))).toEqual([]);
  });
});

describe('RETREAT, REJECT, CONCEDE: disarming and regret (sections RETREAT, REJECT, SUPPORT)', () => {
  it("codes disarming on one's own as RETREAT, refusing to as REJECT, an actor disarmed as neither", () => {
    expect(all('The Kenyan rebels disarmed last week.')).toEqual(['Kenya rebels - 0873 RETREAT']);
    expect(all('The Kenyan rebels said they would not disarm.')).toEqual(['Kenya rebels - 124 REJECT']);
    expect(all('Kenyan troops disarmed Somali militants.')).toEqual([]);
  });

  it("codes regret for an act as CONCEDE, regret over another's decision as nothing", () => {
    expect(all('Israel expressed deep regret for the deaths.')).toEqual(['Israel - 080 CONCEDE']);
    expect(all('China expressed regret over the American decision.')).toEqual([]);
  });
});
