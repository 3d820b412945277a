// Helpers of the fact-file reader's tests: write a file to a temporary folder and read it, or collect the
// problems it is refused with.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { defaultRegistry } from '../src/seeded/registry.ts';
import { InputError } from '../src/errors.ts';
import { readFactFile } from '../src/facts/read.ts';
import type { FactFile } from '../src/facts/read.ts';

export const registry = defaultRegistry();
export const tmp = mkdtempSync(join(tmpdir(), 'geokg-facts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes `text` to a temporary file named `name` and reads it. */
export function read(name: string, text: string): FactFile {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return readFactFile(path, registry);
}

/** The problems reading `text` reports, as `name:line: problem` with the temporary folder left out. */
export function problems(name: string, text: string): string[] {
  try {
    read(name, text);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).name).toBe('InputError');
    const err = e as InputError;
    expect(err.message).toBe(err.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    return err.message.split('\n').map((l) => l.replace(`${tmp}/`, ''));
  }
  throw new Error(`expected ${name} to be refused`);
}
