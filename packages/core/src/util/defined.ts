// Records keep an unknown field absent, never undefined: exactOptionalPropertyTypes checks it, and JSON,
// hashing and whole-record comparisons would see the difference. defined() builds such a record from
// fields that may be undefined, instead of a `...(x ? { x } : {})` per field; key order is kept.

type Given<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] };
type Maybe<T> = { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };
export type Defined<T> = Given<T> & Maybe<T>;

/** `fields` without the ones that are undefined; a field that may be undefined becomes optional. */
export function defined<T extends object>(fields: T): Defined<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out as Defined<T>;
}
