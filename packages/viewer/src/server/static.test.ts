import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveStatic } from './static.ts';

describe('resolveStatic', () => {
  const parent = mkdtempSync(join(tmpdir(), 'geokg-static-'));
  const root = join(parent, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), '');
  writeFileSync(join(root, '.geokg-build.json'), '{}');
  writeFileSync(join(root, '..', 'secret.txt'), 'no');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('maps / to index.html and serves files under the root', () => {
    expect(resolveStatic(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStatic(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it('never leaves the root, and hides dotfiles and folders', () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/.geokg-build.json',
      '/assets',
      '/%E0%A4%A',
      '/a\0b',
    ]) {
      expect(resolveStatic(root, path), path).toBeUndefined();
    }
  });
});
