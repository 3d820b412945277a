// Material conflict and consultation constructions of wire news (issue 12): event nouns under light verbs,
// nominal meetings and calls, on sentences written for these tests. Codes follow CAMEO2PLOVER-2021.txt.
import { describe, expect, it } from 'vitest';
import { all, codedClaims as claims } from '../../test/coded.ts';

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

describe('ASSAULT: attackers and victims of wire news (PLOVER_MANUAL section ASSAULT: perpetrator → victim)', () => {
  it('codes an attack named with its attacker as the subject of kill or hit (relations/agents.ts)', () => {
    expect(all('An Ethiopian airstrike killed six Eritrean soldiers.')).toEqual([
      'Ethiopia ERI 190 asserted',
    ]);
    expect(all('A Turkish drone strike hit a Syrian army convoy.')).toContain('Türkiye SYR 190 asserted');
  });

  it('codes nothing for a negated hit', () => {
    expect(all('The Ethiopian airstrike did not hit the Eritrean convoy.')).toEqual([]);
  });

  it('codes "attacks on X by Y" and "raids on X, carried out by Y" (nominal event nouns)', () => {
    expect(all('Attacks on Malian troops by Burkinabe rebels have grown.')).toEqual([
      'Burkina Faso rebels MLI 190 asserted',
    ]);
    expect(all('The raids on Chadian villages, carried out by Sudanese militias, went on.')).toEqual([
      'Sudan unaligned armed forces TCD 190 asserted',
    ]);
  });

  it('codes "X\'s incursions into Y" as X using force against Y', () => {
    expect(all("Uganda's incursions into Sudan continued.")).toEqual(['Uganda SDN 190 asserted']);
  });

  it('codes claiming responsibility for an attack as the attack (190; bombing 183), not a statement', () => {
    expect(all('Boko Haram claimed responsibility for the attack on a Nigerian army base.')).toEqual([
      'Boko Haram NGA 190 asserted',
    ]);
    expect(all('Boko Haram claimed responsibility for the bombing in Chad.')).toEqual([
      'Boko Haram TCD 183 asserted',
    ]);
  });

  it('reads a suicide bomber, gunmen and attackers as armed groups of the country in context', () => {
    expect(all('A suicide bomber attacked a market in the Nigerian city of Maiduguri.')[0]).toMatch(
      /^Nigeria rebels NGA 1[89]\d+ asserted$/,
    );
    expect(all('A suicide bomber blew himself up in Mogadishu.')).toEqual([
      'Somalia rebels SOM 1831 asserted',
    ]);
  });

  it('reads counted people as civilians of the one state the sentence names (CVL)', () => {
    expect(all('Militants killed at least 15 people in the Nigerian state of Borno.')).toEqual([
      'Nigeria rebels NGA 190 asserted',
    ]);
    expect(all('Twenty people were killed by gunmen in the Malian town of Gao.')).toEqual([
      'Mali unaligned armed forces MLI 190 asserted',
    ]);
  });

  it('takes no civilians from a story state when the sentence names several states', () => {
    const text =
      'Kenyan troops met Somali officers. Rebels killed 30 people near the Kenyan border with Somalia.';
    expect(claims(text).filter((c) => c.object.name.includes('civilians'))).toEqual([]);
  });

  it('takes the subject of ", killing …" from the main verb, past a hyphenated modifier', () => {
    expect(
      all('Rebels shelled a government-held district of the Libyan capital, killing at least nine people.'),
    ).toContain('Libya rebels LBY 190 asserted');
    expect(
      all('Rebels shelled a government-held district of the Libyan capital, killing at least nine people.'),
    ).not.toContain('Libya LBY 190 asserted');
  });

  it('codes identifying someone as no force (the generated IDENTIFY default 180)', () => {
    expect(all('Kenyan police identified the gunmen.')).toEqual([]);
  });
});

describe('SANCTION, COERCE and PROTEST named by a noun (events.yaml; PLOVER_MANUAL sections SANCTION, COERCE, PROTEST)', () => {
  it('codes "EU sanctions on X" and "sanctions on X, imposed by Y" as SANCTION (160) to X', () => {
    expect(all('New EU sanctions on Belarus took effect.')).toEqual(['European Union BLR 160 asserted']);
    expect(all('Oil exports fell after sanctions on Syria, imposed by the European Union.')).toEqual([
      'European Union SYR 160 asserted',
    ]);
  });

  it('codes no sanction without a recipient (section SANCTION: "Requires recipient: Yes")', () => {
    expect(all('U.S. sanctions hurt the economy.')).toEqual([]);
  });

  it('codes declaring a state of emergency (1724) and imposing a curfew (1723); a place of its own is no recipient', () => {
    expect(all('Peru declared a state of emergency in Lima.')).toEqual(['Peru - 1724 asserted']);
    expect(all('The Ugandan army imposed a curfew in Kampala.')).toEqual([
      'Uganda military UGA 1723 asserted',
    ]);
  });

  it('codes no repression for a state of emergency over a natural disaster (section COERCE)', () => {
    expect(all('Peru declared a state of emergency after the floods.')).toEqual([]);
  });

  it('codes "a protest by X" as a targetless PROTEST of a group, never of a state (141)', () => {
    expect(all('A protest by Chilean workers blocked the road.')).toEqual(['Chile labour - 141 asserted']);
    expect(all('A protest by Chile was delivered.')).toEqual([]);
  });

  it('codes "an attack by X" as X\'s force, but not attacks a verb is about ("condemned attacks by X")', () => {
    expect(all('The attack by Somali militants was condemned.')).toEqual(['Somalia rebels - 190 asserted']);
    expect(all('Kenya condemned attacks by Somali militants.')).toEqual(['Kenya SOM 111 asserted']);
  });
});

describe('SANCTION: hitting with sanctions (relations.yaml hit-with-sanctions; PLOVER_MANUAL section SANCTION)', () => {
  it('codes "X hit Y with sanctions" as SANCTION 160 to Y, and an agentless passive by the name on the noun (never 111)', () => {
    expect(all('The United States hit Cuba with new sanctions.')).toEqual(['United States CUB 160 asserted']);
    // The sanctions' owner imposed them (relations.yaml hit-with-sanctions "* (with) $ sanctions").
    expect(all('Iran has been hit with new UN sanctions.')).toEqual(['United Nations IRN 160 asserted']);
    expect(all('Iran has been hit with new sanctions.')).toEqual([]);
  });
});
