// Articles as they come: front matter and HTML heads are metadata (title, date, URL), inline HTML in
// Markdown is masked with offsets kept, and the article's date dates its claims.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.ts';
import { mask } from './mask.ts';
import { readMeta } from './meta.ts';

const MD =
  '---\nlayout: post\ntitle: "Chile recalls its envoy"\ndate: 2020-02-03 10:00:00 +0000\n' +
  'url: https://example.org/chile\n---\n\n<p>Chile accused Peru of violating the fishing accord.</p><span id="x"/>\n';

describe('article metadata', () => {
  it('reads Jekyll front matter as title, date and URL', () => {
    expect(readMeta(MD, 'markdown')).toEqual({
      title: 'Chile recalls its envoy',
      date: '2020-02-03',
      url: 'https://example.org/chile',
    });
  });

  it('reads an HTML head: og:title or <title>, published time, canonical link', () => {
    const html =
      '<html><head><title>Talks end &amp; resume</title><meta property="article:published_time" ' +
      'content="2019-10-05T08:00:00Z"><link rel="canonical" href="https://example.org/a"></head></html>';
    expect(readMeta(html, 'html')).toEqual({
      title: 'Talks end & resume',
      date: '2019-10-05',
      url: 'https://example.org/a',
    });
  });

  it('masks front matter and inline HTML without moving a character', () => {
    const masked = mask(MD, 'markdown');
    expect(masked).toHaveLength(MD.length);
    expect(masked).not.toMatch(/layout|title|<|>/);
    expect(masked.indexOf('Chile accused')).toBe(MD.indexOf('Chile accused'));
  });

  it('names the document by its title, identifies it by URL and dates its claims', () => {
    const r = createExtractor().extractText(MD, { doc: 'chile.md', reported: '2024-01-01' });
    expect(r.document).toMatchObject({ name: 'Chile recalls its envoy', props: { path: 'chile.md' } });
    expect(r.claims.length).toBeGreaterThan(0);
    for (const c of r.claims) {
      expect(c.time?.reported).toBe('2020-02-03');
      expect(c.evidence?.text).toBe('Chile accused Peru of violating the fishing accord.');
      expect(MD.slice(c.evidence!.start!, c.evidence!.end!)).toBe(c.evidence!.text);
    }
    const again = createExtractor().extractText(MD.replace('fishing', 'fishing '), { doc: 'other.md' });
    expect(again.document.id).toBe(r.document.id);
  });
});
