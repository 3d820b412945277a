// GEXF and GraphML carry only scalar attributes: lists and objects (aliases, claims) travel as JSON text.
// The one list encoding of every GEXF geokg writes: the viewer's export imports it as @geokg/core/flatten.

export type FlatValue = string | number | boolean;

/** Scalars stay as they are, lists and objects become JSON, missing values and non-finite numbers are dropped. */
export function flattenAttributes(attributes: object): Record<string, FlatValue> {
  const flat: Record<string, FlatValue> = {};
  for (const [name, value] of Object.entries(attributes) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'boolean') flat[name] = value;
    else if (typeof value === 'number') {
      if (Number.isFinite(value)) flat[name] = value;
    } else flat[name] = JSON.stringify(value);
  }
  return flat;
}
