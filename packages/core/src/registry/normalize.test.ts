// nameKey folds names to their lookup key; plain ASCII names take a shortcut that must give the same key.
import { describe, expect, it } from 'vitest';
import { hashId, slug } from '../model/ids.ts';
import { nameKey } from './normalize.ts';

describe('nameKey', () => {
  it.each([
    ['Kazakhstan', 'kazakhstan'],
    ['Ban Ki-moon', 'ban ki-moon'],
    ['UN', 'un'],
    ['The Hague', 'hague'],
    ['the  Hague', 'hague'],
    ['The', 'the'],
    ['Theresa May', 'theresa may'],
    ["Iraq's", 'iraq'],
    ['Iraq’s', 'iraq'],
    ['U.S.', 'u s'],
    ['São Tomé', 'sao tome'],
    ['Kazakhstan–Azerbaijan', 'kazakhstan-azerbaijan'],
    [' Astana ', 'astana'],
    ['Astana\nCity', 'astana city'],
  ])('%j → %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('ids', () => {
  it('slugs ASCII and accented names alike', () => {
    expect(slug('Caspian Pipeline Consortium')).toBe('caspian-pipeline-consortium');
    expect(slug('Côte d’Ivoire')).toBe('cote-divoire');
    expect(slug("O'Neill & Sons")).toBe('oneill-sons');
  });

  it('hashes the parts with SHA-256 (first 20 hex digits of the joined parts)', () => {
    // sha256("a␟b") worked out with `printf 'a\xe2\x90\x9fb' | sha256sum`.
    expect(hashId('a', 'b')).toBe('596c082adde2c997e558');
    expect(hashId('x', undefined, 3)).toBe(hashId('x', '', '3'));
  });
});
