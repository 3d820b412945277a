// One pattern file read with positions, and the shape checks every section uses: a misspelt key, a
// string where a list belongs or a word where a number belongs fails at load with file:line, never
// silently (as the ontology loader does for the schema).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { PatternError } from '../errors.ts';

export type Path = (string | number)[];
export type Raw = Record<string, unknown>;

export class PatternFile {
  readonly data: Raw;
  private readonly lines = new LineCounter();
  private readonly root: unknown;

  constructor(
    dir: string,
    readonly file: string,
  ) {
    const text = readFileSync(join(dir, file), 'utf8');
    const doc = parseDocument(text, { lineCounter: this.lines });
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      const line = this.lines.linePos(e.pos[0]).line;
      throw new PatternError(
        `geokg extract: ${file}:${line}: not valid YAML (${e.message.split('\n')[0]}); fix the file`,
      );
    }
    this.root = doc.contents;
    const data: unknown = doc.toJS() ?? {};
    if (typeof data !== 'object' || Array.isArray(data))
      throw new PatternError(`geokg extract: ${file}:1: expected a mapping at the top level`);
    this.data = data as Raw;
  }

  /** "file:line" of the value at path (or of its key, when `key` is set), else of the nearest parent. */
  at(path: Path, key = false): string {
    let node: unknown = this.root;
    let line = 1;
    const lineOf = (n: unknown): number | undefined => {
      const r = (n as Node | undefined)?.range;
      return r ? this.lines.linePos(r[0]).line : undefined;
    };
    for (const [i, step] of path.entries()) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
        if (pair && key && i === path.length - 1) return `${this.file}:${lineOf(pair.key) ?? line}`;
        next = pair?.value;
      } else if (isSeq(node) && typeof step === 'number') next = node.items[step];
      if (next === undefined) break;
      node = next;
      line = lineOf(node) ?? line;
    }
    return `${this.file}:${line}`;
  }

  fail(path: Path, msg: string, key = false): never {
    throw new PatternError(`geokg extract: ${this.at(path, key)}: ${msg}`);
  }

  /** Refuses keys outside `allowed` at path (the value there must be a mapping). */
  keys(path: Path, value: unknown, allowed: readonly string[], what: string): Raw {
    if (!value || typeof value !== 'object' || Array.isArray(value))
      this.fail(path, `${what} must be a mapping with keys ${allowed.join(', ')}`);
    for (const k of Object.keys(value as Raw))
      if (!allowed.includes(k))
        this.fail([...path, k], `unknown key "${k}" in ${what}; allowed: ${allowed.join(', ')}`, true);
    return value as Raw;
  }

  strings(path: Path, value: unknown, what: string): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number'))
      this.fail(path, `${what} must be a list of words`);
    return (value as unknown[]).map(String);
  }

  string(path: Path, value: unknown, what: string): string {
    if (typeof value !== 'string' || !value) this.fail(path, `${what} must be a non-empty string`);
    return value as string;
  }

  /** A CAMEO code: 2 to 4 digits (quoted in YAML, or a leading 0 is lost), or "---" for "not an event". */
  code(path: Path, value: unknown, what: string): string {
    if (typeof value !== 'string' || !/^(\d{2,4}|---)$/.test(value))
      this.fail(
        path,
        `${what} must be a quoted CAMEO code ('190', '0256') or '---'; got ${JSON.stringify(value)}`,
      );
    return value as string;
  }

  number(path: Path, value: unknown, what: string, lo = 0, hi = 1): number {
    if (typeof value !== 'number' || value < lo || value > hi)
      this.fail(path, `${what} must be a number from ${lo} to ${hi}; got ${JSON.stringify(value)}`);
    return value as number;
  }

  bool(path: Path, value: unknown, what: string): boolean | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') this.fail(path, `${what} must be true or false`);
    return value as boolean;
  }
}
