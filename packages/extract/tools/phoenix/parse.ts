// Reads PETRARCH2's TABARI-style actor dictionaries (Phoenix.*.actors.txt, MIT, (c) 2014 Open Event Data
// Alliance). A block is one or more name lines (NAME_ with underscores for spaces; "+NAME" marks a synonym)
// followed by its codes, "[CODE dates]" on the name line or on indented lines. Name lines that follow one
// another before any code are synonyms of one block (PRESIDENT_BORIS_YELTSIN under BORIS_YELTSIN_); a
// blank line or a name line after codes starts the next block. "#" starts a comment.
import { readFileSync } from 'node:fs';

export interface Code {
  code: string;
  from?: string;
  to?: string;
}

export interface Entry {
  name: string;
  aliases: string[];
  codes: Code[];
}

export function parseActors(file: string): Entry[] {
  const entries: Entry[] = [];
  let cur: Entry | undefined;
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) {
      // A comment-only line continues a block; a truly blank one ends it.
      if (!raw.trim()) cur = undefined;
      continue;
    }
    const codes = [...line.matchAll(/\[([A-Z-]+)\s*([^\]]*)\]/g)].map((m): Code => ({
      code: m[1]!,
      ...dates(m[2]!.trim()),
    }));
    if (/^\s/.test(line)) {
      cur?.codes.push(...codes);
      continue;
    }
    const text = line
      .replace(/\[[^\]]*\]/g, '')
      .trim()
      .replace(/^\+/, '');
    const synonym = line.startsWith('+') || (cur !== undefined && cur.codes.length === 0);
    if (synonym && cur) {
      if (text.length > 1) cur.aliases.push(text);
      cur.codes.push(...codes);
      continue;
    }
    cur = { name: text, aliases: [], codes };
    entries.push(cur);
  }
  return entries;
}

/** "910710-991231", ">090702", "<061231": two-digit years below 30 are 20xx. */
export function dates(range: string): { from?: string; to?: string } {
  const iso = (d: string): string | undefined => {
    if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
    if (!/^\d{6}$/.test(d)) return undefined;
    const yy = Number(d.slice(0, 2));
    return `${yy < 30 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  };
  const opt = (k: 'from' | 'to', d: string | undefined): { from?: string; to?: string } => {
    const v = d ? iso(d) : undefined;
    return v ? { [k]: v } : {};
  };
  if (range.startsWith('>')) return opt('from', range.slice(1));
  if (range.startsWith('<')) return opt('to', range.slice(1));
  const [a, b] = range.split('-');
  return { ...opt('from', a), ...opt('to', b) };
}

/** BASHAR_AL-ASSAD_ → Bashar Al-Assad; (ACRONYM) parts dropped. */
export function display(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\s+/g, ' ');
}

/** An acronym stays in capitals (UNICEF, ICRC); a name is title-cased. */
export function orgName(name: string): string {
  const bare = name.replace(/_+$/, '').replace(/_/g, ' ').trim();
  if (/^[A-Z0-9.&-]{2,8}$/.test(bare)) return bare;
  return display(name)
    .replace(/\b(Of|The|And|For|On|In|To|De|Du|La|Le|Des|Sans)\b/g, (w) => w.toLowerCase())
    .replace(/^the /, 'The ');
}
