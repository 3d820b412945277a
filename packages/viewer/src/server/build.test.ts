import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIEWER_ROOT, sourceFingerprint } from './build.ts';

describe('sourceFingerprint', () => {
  it('is stable and changes when an app file changes (tests excluded)', () => {
    const root = mkdtempSync(join(tmpdir(), 'geokg-fp-'));
    for (const p of ['index.html', 'vite.config.ts', 'package.json', 'src/app', 'src/shared']) {
      cpSync(join(VIEWER_ROOT, p), join(root, p), { recursive: true });
    }
    const before = sourceFingerprint(root);
    expect(sourceFingerprint(root)).toBe(before);
    writeFileSync(join(root, 'src/app/x.test.ts'), '// tests do not go into the bundle');
    expect(sourceFingerprint(root)).toBe(before);
    writeFileSync(join(root, 'src/app/styles.css'), 'body { color: red }');
    expect(sourceFingerprint(root)).not.toBe(before);
    rmSync(root, { recursive: true, force: true });
  });
});
