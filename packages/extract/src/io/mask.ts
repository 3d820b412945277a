// Markup out of the way without moving any character: HTML tags, scripts and styles, and Markdown syntax
// become spaces of the same length, so offsets found in the masked text hold in the original file.

import { frontMatter } from './front-matter.ts';

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

export type TextFormat = 'text' | 'markdown' | 'html';

export function formatOfPath(path: string): TextFormat {
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  return 'text';
}

/**
 * The text with its markup blanked. `start`: the text begins the document, so a leading front matter block
 * ("---" YAML "---", Jekyll and Hugo) is metadata (io/meta.ts), not sentences.
 */
export function mask(text: string, format: TextFormat, start = true): string {
  const fm = start ? frontMatter(text) : undefined;
  if (fm) return blank(text.slice(0, fm.end)) + mask(text.slice(fm.end), format, false);
  if (format === 'html') {
    return text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank)
      .replace(/<!--[\s\S]*?-->/g, blank)
      .replace(
        /<\/?(p|div|br|h[1-6]|li|tr|section|article|header|footer|blockquote)\b[^>]*>/gi,
        (m) => '\n' + blank(m.slice(1)),
      )
      .replace(/<[^>]*>/g, blank)
      .replace(
        /&(nbsp|amp|quot|apos|#39|lt|gt);/g,
        (m) => (m === '&amp;' ? '&' : ' ') + ' '.repeat(m.length - 1),
      );
  }
  if (format === 'markdown') {
    // Markdown may carry inline HTML (<span id="…"/>, </p>): tags and comments go, their text stays.
    return text
      .replace(/<!--[\s\S]*?-->/g, blank)
      .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
      .replace(
        /^(\s{0,3})(#{1,6}|>|[-*+]|\d+\.)(?=\s)/gm,
        (_m, sp: string, mark: string) => sp + ' '.repeat(mark.length),
      )
      .replace(
        /!?\[([^\]]*)\]\([^)]*\)/g,
        (m, label: string) => ' ' + label + ' '.repeat(m.length - label.length - 1),
      )
      .replace(/(\*\*|__|`)/g, (m) => ' '.repeat(m.length));
  }
  return text;
}
