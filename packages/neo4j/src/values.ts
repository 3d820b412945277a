// Property values as Neo4j stores them: primitives and homogeneous lists. JavaScript numbers reach Neo4j as
// floats, so integers the model means as integers are sent as Neo4j Integers.
import { int } from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';

export type Neo4jValue = string | boolean | number | Integer | string[] | number[];
export type Neo4jProps = Record<string, Neo4jValue>;

/** Converts one value; undefined for what Neo4j cannot hold (null, NaN), JSON text for nested objects. */
export function toNeo4jValue(value: unknown, integer = false): Neo4jValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return integer && Number.isSafeInteger(value) ? int(value) : value;
  }
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== null && v !== undefined);
    if (items.every((v) => typeof v === 'string')) return items as string[];
    if (items.every((v) => typeof v === 'number' && Number.isFinite(v))) return items as number[];
    return JSON.stringify(items);
  }
  return JSON.stringify(value);
}

/** Sets `props[key]` to the converted value, or leaves it out when Neo4j cannot hold the value. */
export function setProp(props: Neo4jProps, key: string, value: unknown, integer = false): void {
  const v = toNeo4jValue(value, integer);
  if (v !== undefined) props[key] = v;
}

/** Drops what Neo4j cannot hold; `integers` names the properties to send as Integers. */
export function toNeo4jProps(
  values: Record<string, unknown>,
  integers: ReadonlySet<string> = new Set(),
): Neo4jProps {
  const props: Neo4jProps = {};
  for (const key in values) setProp(props, key, values[key], integers.has(key));
  return props;
}
