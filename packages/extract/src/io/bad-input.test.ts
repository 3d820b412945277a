// Bad input never crashes or hangs: empty, binary, invalid UTF-8, huge and non-English files each give a
// clear message (and exit code) or a clean empty result; large files stream in bounded chunks.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { exitCodeOf } from '@geokg/core';
import { createExtractor, runExtract } from '../index.ts';
import { checkFile, readChunks } from './read.ts';

const dir = mkdtempSync(join(tmpdir(), 'geokg-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const extractor = createExtractor();

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** runExtract as the CLI runs it: the exit code and the message of what it threw, after its own notes. */
async function run(paths: string[], out: Writable = sink().stream): Promise<{ code: number; err: string }> {
  const err = sink();
  try {
    await runExtract(paths, out, err.stream, { registry: extractor.registry });
    return { code: 0, err: err.text() };
  } catch (e) {
    return { code: exitCodeOf(e), err: err.text() + (e as Error).message };
  }
}

async function extract(path: string): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const r = await run([path], out.stream);
  return { ...r, out: out.text() };
}

const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const ENGLISH =
  'Georgia accused Russia of shelling border villages, the Georgian Foreign Ministry said on Monday.';

describe('bad input', () => {
  it('an empty file: a note, no rows, exit 0', async () => {
    const r = await extract(file('empty.txt', ''));
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toMatch(/^geokg extract: .*empty\.txt is empty; nothing to extract/);
  });

  it('a binary file: a clear error, exit 1', async () => {
    const r = await extract(
      file(
        'image.png',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
      ),
    );
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/looks binary .*; give a text, Markdown or HTML article/);
  });

  it('invalid UTF-8: names the byte offset and the fix, exit 1', async () => {
    const bytes = Buffer.concat([
      Buffer.from(ENGLISH + ' '),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(' more text.'),
    ]);
    const r = await extract(file('latin1.txt', bytes));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is not valid UTF-8 .*iconv -f latin1 -t utf-8/);
  });

  it('a missing file: says so, and goes on with the next file', async () => {
    const good = file('good.txt', ENGLISH);
    const out = sink();
    const { code, err } = await run([join(dir, 'nope.txt'), good], out.stream);
    expect(code).toBe(1);
    expect(err).toMatch(/cannot read .*nope\.txt \(ENOENT\); check the path/);
    expect(out.text()).toMatch(/"predicate":"accuses"/);
  });

  it('no files at all: usage, exit 2', async () => {
    const { code, err } = await run([]);
    expect(code).toBe(2);
    expect(err).toMatch(/no input files; usage: geokg extract FILE/);
  });

  it('a non-English article: a note and a clean empty result', async () => {
    const german =
      'Die Regierung in Berlin hat am Montag die Vorwürfe aus Moskau zurückgewiesen. Der Sprecher des Auswärtigen Amtes sagte, man werde die Lage weiter beobachten und mit den Partnern in der Europäischen Union abstimmen. Die Gespräche sollen in der nächsten Woche fortgesetzt werden.';
    const r = await extract(file('artikel.txt', german));
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toMatch(/does not look like English .*geokg extracts English text only/);
    const direct = extractor.extractText(german, { doc: 'artikel.txt' });
    expect(direct.claims).toEqual([]);
    const russian = extractor.extractText('Москва обвинила Киев в нападении на нефтепровод. '.repeat(10), {
      doc: 'ru.txt',
    });
    expect(russian.claims).toEqual([]);
  });

  it('a 50 MB file streams in bounded chunks, cut at boundaries, and extracts without hanging', async () => {
    // One English paragraph, then 50 MB of one endless token (a pasted blob): the worst case for cutting.
    const size = 50 * 2 ** 20;
    const path = file('huge.txt', Buffer.concat([Buffer.from(ENGLISH + '\n\n'), Buffer.alloc(size, 'x')]));
    const check = await checkFile(path);
    expect(check.skip).toBeUndefined();
    let total = 0;
    let chunks = 0;
    let largest = 0;
    for await (const c of readChunks(path)) {
      expect(c.base).toBe(total);
      total += c.text.length;
      largest = Math.max(largest, c.text.length);
      chunks++;
    }
    expect(total).toBe(check.chars);
    expect(chunks).toBeGreaterThan(190);
    expect(largest).toBeLessThanOrEqual(256 * 1024);
    const r = await extract(path);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/"predicate":"accuses"/);
  }, 120_000);

  it('chunks of a long English file keep offsets into the whole file', async () => {
    const paragraph = `${ENGLISH} Armenia condemned Azerbaijan over the attack.\n\n`;
    const path = file('long.txt', paragraph.repeat(8000));
    const text = readFileSync(path, 'utf8');
    const out = sink();
    await runExtract([path], out.stream, sink().stream, { registry: extractor.registry });
    const claims = out
      .text()
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            type: string;
            evidence?: { start: number; end: number; text: string; sentence: number };
          },
      )
      .filter((r) => r.type === 'claim');
    expect(claims.length).toBeGreaterThan(8000);
    for (const c of claims) expect(text.slice(c.evidence!.start, c.evidence!.end)).toBe(c.evidence!.text);
    expect(Math.max(...claims.map((c) => c.evidence!.sentence))).toBeGreaterThan(15000);
  }, 120_000);
});
