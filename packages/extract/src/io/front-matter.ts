// The front matter of Jekyll and Hugo articles: metadata for io/meta.ts, blanked by io/mask.ts.

/** A leading "---" block of YAML: its span (to blank it) and its text. */
export function frontMatter(text: string): { end: number; body: string } | undefined {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? { end: m[0].length, body: m[1]! } : undefined;
}
