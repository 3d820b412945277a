// The JSON Lines contract of `geokg extract`: entity rows with kind and kinds, claim rows with refs,
// modality, confidence, CAMEO/PLOVER and evidence.
import { describe, expect, it } from 'vitest';
import { createExtractor, formatJsonl } from '../index.ts';

const x = createExtractor();

describe('formatJsonl', () => {
  const text = 'Kyiv requested an explanation from Minsk. Belarus reportedly attacked a pipeline.';
  const lines = formatJsonl(
    x.extractText(text, { doc: 'in/article.txt', reported: '2024-05-01' }),
    x.ontology,
  ).split('\n');

  it('writes one JSON object per line, the document first', () => {
    expect(lines.at(-1)).toBe('');
    const rows = lines.filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[0]).toMatchObject({
      type: 'entity',
      kind: 'Document',
      kinds: ['Document'],
      name: 'in/article.txt',
    });
    expect(rows.find((r) => r.id === 'state:UKR')).toMatchObject({
      kind: 'State',
      kinds: ['State', 'Actor'],
      name: 'Ukraine',
      iso3: 'UKR',
    });
  });

  it('claim rows carry refs, modality, confidence, codes and evidence', () => {
    const claims = lines
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((r) => r.type === 'claim');
    const req = claims.find((c) => c.predicate === 'requests-explanation')!;
    expect(req).toMatchObject({
      subject: { id: 'state:UKR', kind: 'State', name: 'Ukraine', iso3: 'UKR' },
      object: { id: 'state:BLR', kind: 'State', iso3: 'BLR' },
      modality: 'asserted',
      cameo: '101',
      plover: 'REQUEST',
      time: { reported: '2024-05-01' },
      evidence: {
        doc: 'in/article.txt',
        sentence: 0,
        start: 0,
        end: 41,
        text: 'Kyiv requested an explanation from Minsk.',
      },
    });
    expect(typeof req.id).toBe('string');
    expect(req.confidence).toBeGreaterThan(0.8);
    const attack = claims.find((c) => c.predicate === 'attacks')!;
    expect(attack).toMatchObject({
      modality: 'alleged',
      object: { kind: 'Pipeline' },
      evidence: { sentence: 1, start: 42 },
    });
  });
});
