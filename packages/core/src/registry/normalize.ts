// The key under which names are looked up: case, accents, apostrophes, "the" and possessives folded away.

/**
 * Words of ASCII letters, digits and hyphens, one space apart: nothing in them for the general rule to fold
 * but case (no accents, quotes, punctuation or runs of spaces). Most names and tokens are like this, and
 * the extractor keys every capitalised token, so they skip the ten passes below.
 */
const PLAIN = /^[A-Za-z0-9-]+(?: [A-Za-z0-9-]+)*$/;

export function nameKey(text: string): string {
  if (PLAIN.test(text)) {
    const lower = text.toLowerCase();
    // A leading "the " is folded by the general rule below.
    if (!lower.startsWith('the ')) return lower;
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[.,;:!?"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
