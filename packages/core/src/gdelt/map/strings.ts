// String helpers for the GDELT reader.

/**
 * A copy of a string cut from a large one. V8 keeps a substring as a view on its parent, so one URL kept in a
 * cache would keep its whole 1 MB chunk of the file alive; a million rows would keep the whole file.
 */
export const own = (s: string): string => (s + ' ').slice(0, -1);

/** "UNITED STATES" → "United States": GDELT writes actor names in capitals. */
export const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s\-/'(])\p{L}/gu, (m) => m.toUpperCase());
