// CSV for `neo4j-admin database import full`: typed header fields (`name:long`, `name:string[]`), fields
// quoted with doubled quotes, array items joined by ARRAY_DELIMITER, an absent value as an empty unquoted
// field (which the import tool leaves out, as a push leaves out a null).
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Neo4jValue } from '../values.ts';

/** U+001F, the unit separator: no name, alias or text of a store holds it (passed as --array-delimiter). */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_FLAG = 'U+001F';

export type CsvType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'double[]' | 'long[]';

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** The CSV type of a value, as the import tool reads it. */
export function csvType(v: Neo4jValue, integer: boolean): CsvType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return integer && Number.isSafeInteger(v) ? 'long' : 'double';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? 'string[]' : 'double[]';
  return 'long'; // a driver Integer
}

/** One field; `type` is the column's (a value of another type is written as text). */
export function csvField(v: Neo4jValue | null | undefined, type: CsvType): string {
  if (v === null || v === undefined) return '';
  // An empty list is left out: the tool would read an empty field as one empty string.
  if (Array.isArray(v))
    return v.length ? quote((v as (string | number)[]).map(String).join(ARRAY_DELIMITER)) : '';
  if (typeof v === 'object') return String(v.toNumber()); // a driver Integer
  if (type === 'string') return quote(String(v));
  return String(v);
}

/** A header field: `name:type` (plain strings need no type). */
export const headerField = (name: string, type: CsvType): string =>
  type === 'string' ? name : `${name}:${type}`;

/** A CSV file written through a buffer. */
export class CsvFile {
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  rows = 0;
  constructor(
    readonly path: string,
    header: string,
  ) {
    this.fd = openSync(path, 'w');
    this.line(header);
  }
  private line(text: string): void {
    this.buf.push(text, '\n');
    this.size += text.length + 1;
    if (this.size > 1 << 20) this.flush();
  }
  row(fields: string[]): void {
    this.rows++;
    this.line(fields.join(','));
  }
  private flush(): void {
    writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
