// Relations read from sentences: direction (active, passive, "from"), modality and who claims it.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@geokg/core';
import { createExtractor } from '../index.ts';

const x = createExtractor();
const claims = (text: string): Claim[] => x.extractText(text, { doc: 'test.txt' }).claims;
const find = (cs: Claim[], predicate: string): Claim[] => cs.filter((c) => c.predicate === predicate);
const edge = (c: Claim): string => `${c.subject.id} ${c.predicate} ${c.object.id}`;

describe('direction', () => {
  it('reads "X requested an explanation from Y" as X → Y', () => {
    const [c] = find(
      claims('Minsk requested an explanation from Vilnius on Monday.'),
      'requests-explanation',
    );
    expect(edge(c!)).toBe('state:BLR requests-explanation state:LTU');
    expect(c!.cameo).toBe('101');
    expect(c!.plover).toBe('REQUEST');
  });

  it('reads a passive with its by-agent: "Y was accused by X" is X → Y', () => {
    const cs = find(claims('Armenia was accused by Azerbaijan of shelling border villages.'), 'accuses');
    expect(cs.map(edge)).toEqual(['state:AZE accuses state:ARM']);
  });

  it('reads the active voice the other way round', () => {
    expect(
      find(claims('Azerbaijan accused Armenia of shelling border villages.'), 'accuses').map(edge),
    ).toEqual(['state:AZE accuses state:ARM']);
  });

  it('makes no claim from a passive without an agent', () => {
    expect(find(claims('Armenia was accused of shelling border villages.'), 'accuses')).toEqual([]);
  });

  it('reads "X killed in a raid" (a reduced passive of a harm verb) with X as the victim', () => {
    const text = 'Tuareg fighter reportedly killed in Malian raid near Kidal, officials say.';
    const cs = claims(text).filter((c) => c.plover === 'ASSAULT');
    expect(cs.map((c) => c.subject.name).filter((n) => /Tuareg/.test(n))).toEqual([]);
    expect(find(claims('Rebels killed in clashes with Chad.'), 'attacks')).toEqual([]);
  });

  it('still reads the active harm verb with its object', () => {
    expect(find(claims('Kenya killed six Somali fighters.'), 'attacks').length).toBeGreaterThan(0);
  });

  it('reverses "received assurances from Y": Y gave them', () => {
    const cs = claims('Moldova received assurances from Romania about gas supplies.');
    expect(cs.filter((c) => c.cameo === '030').map(edge)).toEqual(['state:ROU agrees state:MDA']);
  });

  it('gives conjoined subjects each their claim', () => {
    const cs = find(claims('Norway and Denmark condemned Belarus.'), 'criticizes').map(edge).sort();
    expect(cs).toEqual(['state:DNK criticizes state:BLR', 'state:NOR criticizes state:BLR']);
  });
});

describe('modality', () => {
  it('hedges: "reportedly" makes an allegation with lower confidence', () => {
    const [c] = find(claims('Serbia reportedly attacked Montenegro.'), 'attacks');
    expect(c).toBeDefined();
    expect(c!.modality).toBe('alleged');
    expect(c!.confidence).toBeLessThan(0.9);
  });

  it('negation: "did not" and "has yet to"', () => {
    expect(find(claims('Chile did not criticize Peru.'), 'criticizes')[0]?.modality).toBe('negated');
    expect(find(claims('Chile has yet to criticize Peru.'), 'criticizes')[0]?.modality).toBe('negated');
  });

  it('a negated cooperative act is a refusal', () => {
    const [c] = find(claims('Hungary would not provide aid to Serbia.'), 'rejects');
    expect(edge(c!)).toBe('state:HUN rejects state:SRB');
    expect(c!.modality).toBe('asserted');
  });

  it('hypotheticals: a modal verb', () => {
    expect(find(claims('Turkey could attack Syria.'), 'attacks')[0]?.modality).toBe('hypothetical');
  });

  it('intent to use force is a threat', () => {
    const [c] = find(claims('Venezuela threatened to attack Guyana.'), 'threatens');
    expect(edge(c!)).toBe('state:VEN threatens state:GUY');
  });

  it('"X said" and "according to X" set claimedBy', () => {
    const [a] = find(claims('Sudan attacked Chad, Egypt said.'), 'attacks');
    expect(a?.claimedBy?.id).toBe('state:EGY');
    // Expelling an ambassador is SANCTION expel (CAMEO 166; PLOVER_MANUAL section SANCTION).
    const [b] = find(claims('According to Kenya, Somalia expelled Ethiopia’s ambassador.'), 'sanctions');
    expect(b?.claimedBy?.id).toBe('state:KEN');
  });

  it('"X suggested that Y may have …" is an allegation by X', () => {
    const cs = claims(
      'Ecuador suggested that the bombing may have been carried out by rebels backed by Colombia.',
    );
    const accuse = find(cs, 'accuses').map((c) => `${edge(c)} ${c.modality}`);
    expect(accuse).toContain('state:ECU accuses state:COL alleged');
    expect(find(cs, 'attributed-to')[0]?.claimedBy?.id).toBe('state:ECU');
  });

  it('denials', () => {
    const [c] = find(claims('Rwanda denied that it attacked Burundi.'), 'attacks');
    expect(c?.modality).toBe('denied');
  });
});

describe('structure', () => {
  it('stakeholders listed after "includes stakeholders from"', () => {
    const cs = claims(
      'The Baltic Energy Consortium, which includes stakeholders from Estonia, Latvia and Lithuania, operates a gas pipeline.',
    );
    expect(
      find(cs, 'stakeholder-of')
        .map((c) => c.subject.id)
        .sort(),
    ).toEqual(['state:EST', 'state:LTU', 'state:LVA']);
    const [op] = find(cs, 'operates');
    expect(op?.subject.kind).toBe('Consortium');
    expect(op?.object.kind).toBe('Pipeline');
  });

  it('an attack on a facility near a place', () => {
    const cs = claims('An attack on a refinery near the Iraq-Syria border was not attributed to any group.');
    expect(find(cs, 'targets')[0]?.object.kind).toBe('Refinery');
    expect(find(cs, 'located-near')[0]?.object.kind).toBe('Border');
    expect(find(cs, 'attributed-to')).toEqual([]);
  });
});
