import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readByteChunks } from './byte-chunks.ts';

async function chunks(text: string, size: number) {
  const path = join(mkdtempSync(join(tmpdir(), 'geokg-chunks-')), 'f.txt');
  writeFileSync(path, text);
  const out: { text: string; firstLine: number; end: number }[] = [];
  for await (const c of readByteChunks(path, size)) {
    out.push({ text: Buffer.from(c.bytes).toString('utf8'), firstLine: c.firstLine, end: c.end });
    // What the importer does: the chunk's memory goes to a worker thread.
    structuredClone(c.bytes, { transfer: [c.bytes.buffer as ArrayBuffer] });
  }
  return out;
}

describe('readByteChunks', () => {
  it('cuts whole lines, numbers them, and loses nothing', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `row ${i} ${'é'.repeat(i % 7)}`);
    const text = lines.join('\n') + '\n';
    const got = await chunks(text, 64);
    expect(got.map((c) => c.text).join('')).toBe(text);
    for (const c of got) {
      expect(c.text.endsWith('\n')).toBe(true);
      expect(c.text.split('\n')[0]).toBe(lines[c.firstLine - 1]);
    }
    expect(got.at(-1)!.end).toBe(Buffer.byteLength(text));
  });

  it('keeps a line longer than a chunk whole, and a last line without a line end', async () => {
    const long = 'x'.repeat(300);
    const got = await chunks(`a\n${long}\nb`, 32);
    expect(got.map((c) => [c.text, c.firstLine])).toEqual([
      ['a\n', 1],
      [`${long}\n`, 2],
      ['b', 3],
    ]);
  });
});
