// HTML and Markdown: markup is blanked for reading, and evidence still quotes the original file exactly.
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../index.ts';
import { mask } from './mask.ts';

const x = createExtractor();

describe('markup', () => {
  it('blanks tags, scripts and entities without moving a character', () => {
    const html = '<p>Chad <b>accused</b> Sudan.</p><script>var a = "Niger attacked Mali";</script>';
    const masked = mask(html, 'html');
    expect(masked).toHaveLength(html.length);
    expect(masked).not.toMatch(/Niger|<|>/);
    expect(masked).toMatch(/Chad\s+accused\s+Sudan\./);
  });

  it('reads an HTML article by its extension and quotes the original markup as evidence', () => {
    const html = '<html><body><h1>News</h1>\n<p>Chad <b>accused</b> Sudan of an attack.</p></body></html>';
    const r = x.extractText(html, { doc: 'news/today.html' });
    const c = r.claims.find((c) => c.predicate === 'accuses')!;
    expect(`${c.subject.id} ${c.object.id}`).toBe('state:TCD state:SDN');
    expect(html.slice(c.evidence!.start, c.evidence!.end)).toBe(c.evidence!.text);
  });

  it('reads Markdown headings and links as text', () => {
    const md = '# Chad and Sudan\n\n[Chad](https://example.org) **accused** Sudan of an attack.';
    const r = x.extractText(md, { doc: 'note.md' });
    expect(r.claims.find((c) => c.predicate === 'accuses')?.subject.id).toBe('state:TCD');
  });
});
