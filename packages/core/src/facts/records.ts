// Fact files in three syntaxes, one shape: records of type entity or fact, each with its line.
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../errors.ts';

export interface RawRecord {
  type: 'entity' | 'fact';
  line: number;
  data: Record<string, unknown>;
}

export interface ParsedFile {
  records: RawRecord[];
  problems: Problem[];
  text: string;
}

export type FactFormat = 'yaml' | 'jsonl' | 'csv';

export function formatOf(path: string): FactFormat | undefined {
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
  if (/\.csv$/i.test(path)) return 'csv';
  return undefined;
}

// A row with a subject but no predicate is a fact missing its predicate, not an entity missing its kind.
const typeOf = (data: Record<string, unknown>): 'entity' | 'fact' =>
  data.type === 'entity' ||
  (data.type === undefined && data.predicate === undefined && data.subject === undefined)
    ? 'entity'
    : 'fact';

/** YAML reads `cameo: 020` as the number 20; a plain number written with a leading zero keeps its digits. */
function keepLeadingZeros(item: unknown, data: Record<string, unknown>): void {
  if (!isMap(item)) return;
  for (const pair of item.items) {
    const v = pair.value;
    if (
      isScalar(pair.key) &&
      isScalar(v) &&
      typeof v.value === 'number' &&
      /^[-+]?0\d/.test(v.source ?? '')
    ) {
      data[String(pair.key.value)] = v.source;
    }
  }
}

function parseYaml(file: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  // Without prettyErrors, errors carry offsets only (no linePos); an error at the very end (an unclosed
  // bracket) belongs to the last line that has text, not to the empty line after it.
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    line: lines.linePos(Math.min(e.pos[0], text.trimEnd().length)).line,
    message: `YAML syntax: ${e.message.split('\n')[0]}`,
  }));
  const records: RawRecord[] = [];
  if (problems.length) return { records, problems, text };
  const root = doc.contents;
  if (root === null) return { records, problems, text };
  if (!isMap(root))
    return {
      records,
      problems: [{ file, line: 1, message: 'expected "entities:" and/or "facts:" at the top level' }],
      text,
    };
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const keyLine = lines.linePos((pair.key as { range?: number[] } | null)?.range?.[0] ?? 0).line;
    if (key !== 'entities' && key !== 'facts') {
      problems.push({ file, line: keyLine, message: `unknown section "${key}"; use "entities" or "facts"` });
      continue;
    }
    if (pair.value === null) continue;
    if (!isSeq(pair.value)) {
      problems.push({ file, line: keyLine, message: `"${key}" must be a list` });
      continue;
    }
    for (const item of pair.value.items) {
      const line = lines.linePos((item as { range?: number[] } | null)?.range?.[0] ?? 0).line;
      const data = (item as { toJSON(): unknown }).toJSON();
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ file, line, message: `each item of "${key}" must be a mapping` });
        continue;
      }
      keepLeadingZeros(item, data as Record<string, unknown>);
      records.push({
        type: key === 'entities' ? 'entity' : 'fact',
        line,
        data: data as Record<string, unknown>,
      });
    }
  }
  return { records, problems, text };
}

function parseJsonl(file: string, text: string): ParsedFile {
  const records: RawRecord[] = [];
  const problems: Problem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.trimStart().startsWith('//')) return;
    try {
      const data = JSON.parse(raw) as unknown;
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('expected a JSON object');
      records.push({
        type: typeOf(data as Record<string, unknown>),
        line,
        data: data as Record<string, unknown>,
      });
    } catch (e) {
      problems.push({ file, line, message: `JSON syntax: ${(e as Error).message}` });
    }
  });
  return { records, problems, text };
}

class DuplicateColumn extends Error {
  constructor(readonly column: string) {
    super(`duplicate column "${column}"`);
  }
}

function parseCsvFile(file: string, text: string): ParsedFile {
  try {
    const rows = parseCsv(text, {
      // A column named twice would keep only its last cell: refused instead.
      columns: (header: string[]) => {
        const twice = header.find((h, i) => header.indexOf(h) !== i);
        if (twice !== undefined) throw new DuplicateColumn(twice);
        return header;
      },
      skip_empty_lines: true,
      trim: true,
      info: true,
      comment: '#',
      comment_no_infix: true,
      raw: true,
    }) as {
      record: Record<string, string>;
      info: { lines: number };
      raw: string;
    }[];
    const records = rows.map(({ record, info, raw }) => {
      // Empty cells mean "not given", as in a spreadsheet.
      const data = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
      // info.lines is where the record ends; a quoted cell may span lines, and the record starts earlier.
      // raw also holds the comment and empty lines before the record.
      const own = raw.replace(/^(?:[ \t]*(?:#[^\n]*)?\r?\n)+/, '');
      const breaks = own.split('\n').length - 1 - (own.endsWith('\n') ? 1 : 0);
      return { type: typeOf(data), line: info.lines - breaks, data };
    });
    return { records, problems: [], text };
  } catch (e) {
    const err = e as Error & { lines?: number };
    const message =
      e instanceof DuplicateColumn
        ? `the header names column "${e.column}" twice`
        : `CSV syntax: ${err.message}`;
    return {
      records: [],
      problems: [{ file, line: err.lines ?? 1, message }],
      text,
    };
  }
}

export function parseFactText(file: string, text: string, format: FactFormat): ParsedFile {
  if (format === 'yaml') return parseYaml(file, text);
  if (format === 'jsonl') return parseJsonl(file, text);
  return parseCsvFile(file, text);
}

export function readRecords(file: string, format = formatOf(file)): ParsedFile {
  if (!format) {
    return {
      records: [],
      problems: [{ file, line: 1, message: 'unknown fact-file type; use .yaml, .yml, .jsonl or .csv' }],
      text: '',
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return {
      records: [],
      problems: [{ file, line: 1, message: `cannot read: ${(e as Error).message}` }],
      text: '',
    };
  }
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') return { records: [], problems: [{ file, ...text }], text: '' };
  const parsed = parseFactText(file, text, format);
  if (!parsed.records.length && !parsed.problems.length)
    parsed.problems.push({ file, line: 1, message: 'the file holds no entities and no facts' });
  return parsed;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text (a byte-order mark dropped), or the first line holding bytes that are not UTF-8. */
function decodeUtf8(bytes: Buffer): string | { line: number; message: string } {
  try {
    return UTF8.decode(bytes);
  } catch {
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(10, start);
      try {
        UTF8.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
      } catch {
        return { line, message: 'not UTF-8: save the file as UTF-8' };
      }
      if (end < 0) return { line, message: 'not UTF-8: save the file as UTF-8' };
      start = end + 1;
    }
  }
}
