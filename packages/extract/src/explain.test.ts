// Each claim names the pattern (file:line) and the reading that produced it; --explain prints them.
import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, runExtract } from './index.ts';

describe('explainable claims', () => {
  it('records the pattern and rule on each claim', () => {
    const x = createExtractor();
    const [c] = x
      .extractText('Chile accused Peru of harbouring smugglers.', { doc: 'a.txt' })
      .claims.filter((c) => c.predicate === 'accuses');
    expect(c!.attrs?.pattern).toMatch(/^relations\.yaml:\d+ accuse: \* \+ \(of\) \[112\]$/);
    expect(c!.attrs?.rule).toBe('verb');
  });

  it('prints sentence, claim, pattern and rule with explain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'geokg-explain-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Chile accused Peru of harbouring smugglers.\n');
    const out = new PassThrough();
    let text = '';
    out.on('data', (b: Buffer) => (text += b.toString()));
    await runExtract([file], out, new PassThrough(), { explain: true });
    expect(text).toContain('sentence 0: Chile accused Peru of harbouring smugglers.');
    expect(text).toMatch(
      /Chile —accuses→ Peru \[112 ACCUSE\] asserted 0\.9\n {4}pattern relations\.yaml:\d+ accuse/,
    );
    expect(text).toMatch(/rule {4}verb/);
    rmSync(dir, { recursive: true, force: true });
  });
});
