// Bytes and layouts a fact reader must refuse, or read, exactly: invalid UTF-8, an empty file, a CSV
// header naming a column twice, quoted CSV cells over several lines, a JSONL file with a byte-order mark.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRegistry } from '../seeded/registry.ts';
import { InputError } from '../errors.ts';
import { readFactFile } from './read.ts';

const registry = defaultRegistry();
const tmp = mkdtempSync(join(tmpdir(), 'geokg-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const write = (name: string, data: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, data);
  return path;
};

function problems(name: string, data: string | Buffer): string[] {
  try {
    readFactFile(write(name, data), registry);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems.map((p) => `${name}:${p.line}: ${p.message}`);
  }
  throw new Error(`expected ${name} to be refused`);
}

const FACT = '{"subject":"state:KAZ","predicate":"accuses","object":"state:UKR"}';

describe('fact-file bytes and layout', () => {
  it.each(['yaml', 'jsonl', 'csv'])('refuses invalid UTF-8 in a .%s file at its line', (ext) => {
    const text = {
      yaml: 'facts:\n  - { subject: state:KAZ, predicate: accuses, object: state:UKR, quote: "X" }\n',
      jsonl: `${FACT}\n{"subject":"state:KAZ","predicate":"accuses","object":"state:UKR","quote":"X"}\n`,
      csv: 'subject,predicate,object,quote\nstate:KAZ,accuses,state:UKR,X\n',
    }[ext]!;
    const bytes = Buffer.from(text);
    bytes[bytes.lastIndexOf('X')] = 0xff;
    expect(problems(`bad.${ext}`, bytes)).toEqual([`bad.${ext}:2: not UTF-8: save the file as UTF-8`]);
  });

  it.each(['yaml', 'jsonl', 'csv'])('refuses an empty .%s file', (ext) => {
    expect(problems(`empty.${ext}`, '')).toEqual([`empty.${ext}:1: the file holds no entities and no facts`]);
  });

  it('refuses a CSV header that names a column twice', () => {
    expect(
      problems('dup.csv', 'subject,predicate,object,object\nstate:KAZ,accuses,state:UKR,state:RUS\n'),
    ).toEqual(['dup.csv:1: the header names column "object" twice']);
  });

  it('names the line a CSV record starts on when a quoted cell spans lines', () => {
    const csv =
      'subject,predicate,object,quote\nstate:KAZ,accuses,state:UKR,"one\ntwo\nthree"\nstate:KAZ,loves,state:UKR,x\n';
    expect(problems('multi.csv', csv)).toEqual([
      expect.stringMatching(/^multi\.csv:5: unknown predicate "loves"/),
    ]);
    expect(
      readFactFile(write('ok.csv', csv.split('state:KAZ,loves')[0]!), registry).claims[0]!.evidence?.line,
    ).toBe(2);
  });

  it('reads a JSONL file that starts with a byte-order mark', () => {
    const f = readFactFile(write('bom.jsonl', `\ufeff${FACT}\n`), registry);
    expect(f.claims).toHaveLength(1);
  });
});
