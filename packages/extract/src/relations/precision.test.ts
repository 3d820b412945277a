// Clause constructions that made wrong claims in real news, on sentences written for these tests: reports
// of force by a state's security organs, participles modifying an object, denials of reports, and the
// agent named on a condemned or denied act. Codes follow CAMEO2PLOVER-2021.txt.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.ts';
import { coded, where } from '../../test/coded.ts';

const x = createExtractor();

describe('a security organ reporting force accuses no one (PLOVER_MANUAL section ACCUSE)', () => {
  it('codes no accusation when the air force reports an attack', () => {
    expect(coded("Kenya's air force said Somalia launched 40 drones during the assault.")).toEqual([]);
  });

  it('still codes a party saying someone used force as an accusation', () => {
    expect(coded('Kenyan opposition leaders said Somali troops attacked Kenyan villages.')).toContain(
      'Kenya opposition SOM 112',
    );
  });
});

describe('a participle after the object modifies it ("soldiers taken hostage")', () => {
  it('reads "taken hostage" as passive: the subject took no one hostage, the soldiers are freed', () => {
    expect(coded('Somali militants have freed four Kenyan soldiers taken hostage in March.')).toEqual([
      'Somalia rebels KEN 084',
    ]);
  });

  it('keeps the active "took X hostage" as an abduction (CAMEO 181)', () => {
    expect(coded('Somali rebels took four Kenyan soldiers hostage in March.')).toEqual([
      'Somalia rebels KEN 181',
    ]);
  });
});

describe('denials: of an accusation REJECT, of a report no event (PLOVER_MANUAL section REJECT)', () => {
  it('codes no event for a denied news report', () => {
    expect(coded('Police denied this report on Monday.')).toEqual([]);
    expect(coded('Kenyan police have denied reports that the suspect escaped.')).toEqual([]);
  });

  it('codes no event for a denied clause about someone else', () => {
    expect(coded('Al-Shabaab has denied that its leader has been killed.')).toEqual([]);
    expect(coded('The Somali government denied that the rebel leader had been killed.')).toEqual([]);
  });

  it('codes a denied clause about the denier or naming fault as REJECT', () => {
    expect(coded('The Kenyan government denied that its troops had fired on civilians.')).toContain(
      'Kenya - 016',
    );
    expect(coded('Kenya denied that the shelling was deliberate.')).toEqual(['Kenya - 016']);
    expect(coded('Somalia denied any involvement in the attack.')).toEqual(['Somalia - 016']);
  });

  it('answers the accuser named on the accusations: "denied Kenya\'s accusations"', () => {
    expect(coded("Somalia denied Kenya's accusations.")).toEqual(['Somalia KEN 016']);
  });
});

describe('the agent named on a condemned act is the recipient (PLOVER_MANUAL section ACCUSE)', () => {
  it('codes "condemned Somalia\'s attack" as criticism of Somalia', () => {
    expect(coded("Kenya condemned Somalia's attack on the border town.")).toEqual(['Kenya SOM 111']);
  });

  it('leaves an attack of no one targetless', () => {
    expect(coded('Uganda condemned the attack.')).toEqual(['Uganda - 111']);
  });

  it('"called the bombings an attack on X" is no call on X', () => {
    expect(coded('Kenya called the bombings an attack on Uganda.')).toEqual([]);
  });
});

describe('clauses that are not framed or not asserted', () => {
  it("a relative clause inside the subject is not under the main verb's denial", () => {
    const got = x
      .extractText(
        'Kenya, which provides military aid to Somalia, has dismissed having links to the rebels.',
        {
          doc: 'test.txt',
        },
      )
      .claims.filter((c) => c.cameo)
      .map((c) => `${c.subject.name} ${where(c.object)} ${c.cameo} ${c.modality}`);
    expect(got).toEqual(['Kenya SOM 070 asserted']);
  });

  it('an intent inside an if-clause is a condition, no AGREE or CONCEDE', () => {
    expect(
      coded('The Kenyan president offered amnesty to rebel leaders if they agree to lay down their arms.'),
    ).toEqual([]);
  });
});

describe('verb senses: envoys ordered out, leaders ousted, plots warned of', () => {
  it('ordering an ambassador to leave expels a diplomat (SANCTION 166), it requests nothing', () => {
    expect(coded('Kenyan President William Ruto ordered the Somali ambassador in Nairobi to leave.')).toEqual(
      ['William Ruto SOM 166'],
    );
  });

  it('ousting a president is no deportation (CAMEO 174)', () => {
    expect(coded('Somali rebels are trying to oust President Hassan Sheikh Mohamud.')).toEqual([]);
  });

  it("warning X about plans to attack shares intelligence (064); the plans are not X's threat", () => {
    expect(coded('Kenya warned Uganda about Somali plans to attack Kampala.')).toEqual(['Kenya UGA 064']);
    expect(coded('Pakistan warned British intelligence about terrorist plans to bomb London.')).toEqual([
      'Pakistan GBR 064',
    ]);
  });
});

describe('plans and intentions (complements.yaml plan; PLOVER_MANUAL sections AGREE, THREATEN)', () => {
  it('an intention to do what is no cooperation is no AGREE', () => {
    expect(coded('Kenya intends to finish out its term on the council.')).toEqual([]);
  });

  it('a cooperative plan is AGREE, a planned retreat CONCEDE', () => {
    expect(coded('Kenya plans to hold talks with Somalia.')).toEqual(['Kenya SOM 036']);
  });

  it("planned violence is a threat in the planner's own words, not in another speaker's report", () => {
    expect(coded('Al-Shabaab said it plans to attack Nairobi.')).toEqual(['Al-Shabaab KEN 138']);
    expect(coded('The Kenyan embassy said Somali militants intend to carry out attacks in Nairobi.')).toEqual(
      [],
    );
  });
});

describe('passive governors: the one asked is the subject, the asker the by-agent', () => {
  it('codes "X was urged by Y to withdraw" as Y asking X (0256)', () => {
    expect(coded('Kenya was urged by the African Union to withdraw its troops from Somalia.')).toEqual([
      'African Union KEN 0256',
    ]);
  });

  it('codes nothing when nobody named asks, and "in order to" orders nothing', () => {
    expect(coded('The rebel fighters are required to gather at assembly points.')).toEqual([]);
    expect(coded('Kenyan officials met in order to facilitate talks.')).toEqual(['Kenya - 040']);
  });
});

describe('frames, hyphenated nouns and meetings among conjoined parties', () => {
  it('a trailing verb with its own object frames nothing ("X accuses Y, Y denies allegations")', () => {
    const got = x
      .extractText('Liberia Accuses Guinea Of Supporting Rebels, Guinea Denies Allegations', { doc: 't.txt' })
      .claims.filter((c) => c.cameo === '112')
      .map((c) => `${c.subject.name} ${where(c.object)} ${c.modality}`);
    expect(got).toEqual(['Liberia GIN asserted']);
  });

  it('talks of conjoined parties in a third capital are among them, not with the host', () => {
    expect(coded('Kenya and Somalia held talks in Kampala on Monday.')).toEqual([
      'Kenya SOM 043',
      'Somalia KEN 043',
    ]);
  });
});
