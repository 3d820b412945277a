// The seed article end to end: its gold file (read as data) passes, evidence quotes the text exactly, and
// a second run gives the same ids. The gold file is checked from ../shared when present and always from
// the copy in fixtures/, so the test runs without ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createExtractor, formatJsonl } from '../src/index.ts';
import { scoreGold } from './gold.ts';
import type { Gold } from './gold.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const articlePath = join(root, 'seeds/articles/000_419cbe59cfa141f3.txt');
const golds = [join(here, 'fixtures/seed-gold.json'), join(root, '../shared/eval/seed-gold.json')].filter(
  (p) => existsSync(p),
);

const extractor = createExtractor();
const text = readFileSync(articlePath, 'utf8');
const result = extractor.extractText(text, { doc: 'seeds/articles/000_419cbe59cfa141f3.txt' });
const rows = formatJsonl(result, extractor.ontology)
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('seed article', () => {
  it.each(golds)('meets the gold file %s', (path) => {
    const gold = JSON.parse(readFileSync(path, 'utf8')) as Gold;
    expect(gold.expect?.length).toBeGreaterThan(0);
    expect(scoreGold(gold, rows)).toEqual([]);
  });

  it('quotes each claim’s sentence exactly, with triggers inside it', () => {
    expect(result.claims.length).toBeGreaterThan(5);
    for (const c of result.claims) {
      const ev = c.evidence!;
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(ev.doc).toBe('seeds/articles/000_419cbe59cfa141f3.txt');
      expect(ev.docId).toBe(result.document.id);
      for (const t of ev.triggers ?? []) {
        expect(t.start).toBeGreaterThanOrEqual(ev.start!);
        expect(t.end).toBeLessThanOrEqual(ev.end!);
      }
    }
  });

  it('is deterministic: the same ids on a second run', () => {
    const again = extractor.extractText(text, { doc: 'seeds/articles/000_419cbe59cfa141f3.txt' });
    expect(again.claims.map((c) => c.id)).toEqual(result.claims.map((c) => c.id));
    expect(again.entities.map((e) => e.id)).toEqual(result.entities.map((e) => e.id));
    expect(new Set(result.claims.map((c) => c.id)).size).toBe(result.claims.length);
  });

  it('writes every referenced entity once, before or after the claims, with its kinds', () => {
    const ids = new Set(rows.filter((r) => r.type === 'entity').map((r) => r.id));
    expect(ids.size).toBe(rows.filter((r) => r.type === 'entity').length);
    for (const r of rows.filter((r) => r.type === 'claim')) {
      expect(ids.has((r.subject as { id: string }).id)).toBe(true);
      expect(ids.has((r.object as { id: string }).id)).toBe(true);
    }
    const kaz = rows.find((r) => r.id === 'state:KAZ')!;
    expect(kaz).toMatchObject({ kind: 'State', kinds: ['State', 'Actor'], iso3: 'KAZ' });
    expect(kaz.aliases).toContain('Astana');
  });
});
