import { describe, expect, it } from 'vitest';
import { defaultOntology } from '../ontology/load.ts';
import { addStored, isGenericName, lendsNames } from './generic.ts';
import { Registry } from './registry.ts';

const body = (id: string, name: string, kind = 'GovernmentBody') => ({
  id,
  kind,
  name,
  aliases: [] as string[],
  props: { country: 'KAZ' },
});

describe('generic names', () => {
  it('tells role names from names of one thing', () => {
    for (const n of [
      'Foreign Ministry',
      'Ministry of Foreign Affairs',
      'the army',
      'Police',
      'Supreme Court',
    ])
      expect(isGenericName(n), n).toBe(true);
    for (const n of ['Caspian Pipeline Consortium', 'Kazakhstani Foreign Ministry', 'Hamas', 'Mossad'])
      expect(isGenericName(n), n).toBe(false);
  });

  it('lets a stored ministry be found by id only, and a named organisation by its names', () => {
    const r = new Registry(defaultOntology());
    addStored(r, body('org:kaz:foreign-ministry', 'Foreign Ministry'));
    addStored(r, {
      ...body('org:acme-oil', 'Acme Oil', 'Company'),
      aliases: ['Acme', 'Oil Ministry'],
    });
    expect(r.get('org:kaz:foreign-ministry')).toBeDefined();
    expect(r.lookup('Foreign Ministry')).toEqual([]);
    expect(r.resolve('Acme')?.id).toBe('org:acme-oil');
    expect(r.lookup('Oil Ministry')).toEqual([]);
  });

  it('never lends the names of a document’s unnamed things or of role actors', () => {
    expect(lendsNames(body('facility:55a24a44:key-pumping-station', 'key pumping station', 'Facility'))).toBe(
      false,
    );
    expect(
      lendsNames({ ...body('group:irq:opposition', 'Iraq opposition', 'Group'), props: { role: 'OPP' } }),
    ).toBe(false);
  });
});
