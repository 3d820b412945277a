// What an article says about itself: Jekyll/Hugo front matter in Markdown, <title>, <meta> and the canonical
// link in HTML. The title names the document, the date is when its claims were reported (time.reported,
// and the date date-bounded names are read at), the URL identifies it.
import { parse } from 'yaml';
import { frontMatter } from './front-matter.ts';
import type { TextFormat } from './mask.ts';

export interface ArticleMeta {
  title?: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  url?: string;
}

/** An ISO calendar date from a date or timestamp ("2021-03-14", "2019-10-05T08:00:00Z", a YAML Date). */
export function isoDate(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  const m = typeof v === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(v.trim()) : null;
  return m ? m[1] : undefined;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined;

function fromFrontMatter(body: string): ArticleMeta {
  let data: unknown;
  try {
    data = parse(body);
  } catch {
    return {}; // Not YAML after all: no metadata, and the block is still kept out of the sentences.
  }
  if (!data || typeof data !== 'object') return {};
  const d = data as Record<string, unknown>;
  const title = text(d.title);
  const date = isoDate(d.date ?? d.published ?? d.pubDate ?? d.publishDate);
  const url = text(d.canonical_url ?? d.url ?? d.link ?? d.source ?? d.permalink);
  return { ...(title ? { title } : {}), ...(date ? { date } : {}), ...(url ? { url } : {}) };
}

const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&(#39|apos);/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The content of the first <meta> whose property or name is one of `keys`. */
function metaTag(head: string, keys: string[]): string | undefined {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
    if (key && content && keys.includes(key)) return decode(content);
  }
  return undefined;
}

function fromHtml(html: string): ArticleMeta {
  const head = html.slice(0, 64 * 1024);
  const title =
    text(metaTag(head, ['og:title', 'title', 'dc.title'])) ??
    text(decode(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1] ?? ''));
  const date = isoDate(
    metaTag(head, ['article:published_time', 'date', 'pubdate', 'dc.date', 'datepublished']) ??
      /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(head)?.[1],
  );
  const url =
    /<link\b[^>]*\brel\s*=\s*["']canonical["'][^>]*>/i
      .exec(head)?.[0]
      .match(/\bhref\s*=\s*["']([^"']+)["']/i)?.[1] ?? metaTag(head, ['og:url']);
  return { ...(title ? { title } : {}), ...(date ? { date } : {}), ...(url ? { url: decode(url) } : {}) };
}

/** The article's own metadata, from the start of its text. */
export function readMeta(start: string, format: TextFormat): ArticleMeta {
  const fm = frontMatter(start);
  if (fm) return fromFrontMatter(fm.body);
  if (format === 'html') return fromHtml(start);
  return {};
}
