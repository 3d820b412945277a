// What `geokg view` sends when the store is too big to draw: a part chosen on the server from the streamed
// store. By default the TOP_N nodes of highest degree and the edges among them; a query narrows it to a
// kind, a country, a time range or the neighbourhood of one node. Two passes over the claim lines: the
// first counts each node's distinct edges (64-bit edge hashes, and for the neighbourhood the frontier's
// neighbours), the second decodes only the claims between chosen nodes, into a GeoGraph with their
// evidence. Memory: the entities, a degree per node, the chosen part.
import { GeoGraph, edgeKey } from '@geokg/core';
import type { Claim, Entity, Ontology, Store } from '@geokg/core';
import { UsageError } from '@geokg/core';

export const TOP_N = 5000;

export interface Selection {
  /** How many nodes at most, by degree (default TOP_N). */
  top?: number;
  /** Only nodes of this kind or a kind under it (`Organization` takes Consortium too). */
  kind?: string;
  /** Only nodes of this country (ISO-3: `country` or, for a state, `iso3`). */
  country?: string;
  /** Only claims dated in [from, to] (ISO dates; a claim without a date is left out when either is set). */
  from?: string;
  to?: string;
  /** Only this node and its neighbours up to `depth` (default 1) edges away. */
  around?: string;
  depth?: number;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A selection from URL parameters (`top kind country from to around depth`); bad values are usage errors. */
export function selectionOf(params: URLSearchParams): Selection {
  const s: Selection = {};
  const int = (name: string, max: number): number | undefined => {
    const v = params.get(name);
    if (v === null) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new UsageError(`geokg view: ${name}=${v} must be a whole number from 1 to ${max}`);
    return n;
  };
  const top = int('top', 1_000_000);
  const depth = int('depth', 3);
  if (top !== undefined) s.top = top;
  if (depth !== undefined) s.depth = depth;
  for (const k of ['kind', 'country', 'around'] as const) {
    const v = params.get(k);
    if (v) s[k] = v;
  }
  for (const k of ['from', 'to'] as const) {
    const v = params.get(k);
    if (!v) continue;
    if (!ISO_DATE.test(v))
      throw new UsageError(`geokg view: ${k}=${v} must be an ISO date (2019-10-24, 2019-10 or 2019)`);
    s[k] = v;
  }
  return s;
}

const countryOf = (e: Entity): unknown => e.props.country ?? (e.kind === 'State' ? e.props.iso3 : undefined);

/** A claim's date within [from, to]; partial dates count when any day of them does. */
function inRange(c: { time?: Claim['time'] | undefined }, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  const d = c.time?.occurred ?? c.time?.reported;
  if (!d) return false;
  return (!from || d >= from.slice(0, d.length)) && (!to || d.slice(0, to.length) <= to);
}

export async function selectSubgraph(
  store: Store,
  ontology: Ontology,
  sel: Selection = {},
): Promise<GeoGraph> {
  const entities = await store.entityMap(ontology);
  const dated = Boolean(sel.from || sel.to);
  const passes = (e: Entity): boolean =>
    (!sel.kind || (ontology.hasKind(e.kind) && ontology.lineage(e.kind).includes(sel.kind))) &&
    (!sel.country || countryOf(e) === sel.country);
  // The neighbourhood, one pass per step away from the centre.
  let near: Set<string> | undefined;
  if (sel.around) {
    if (!entities.has(sel.around))
      throw new UsageError(`geokg view: around=${sel.around} names no node of the store`);
    let ring = new Set<string>([sel.around]);
    for (let step = 0; step < (sel.depth ?? 1); step++) {
      const next = new Set<string>(ring);
      for await (const c of claimHeads(store, dated)) {
        if (!inRange(c, sel.from, sel.to)) continue;
        if (ring.has(c.s)) next.add(c.o);
        if (ring.has(c.o)) next.add(c.s);
      }
      ring = next;
    }
    near = ring;
  }
  const wanted = (id: string): boolean => (!near || near.has(id)) && passes(entities.get(id)!);
  const degree = new Map<string, number>();
  const seen = new Set<string>();
  for await (const c of claimHeads(store, dated)) {
    if (!inRange(c, sel.from, sel.to) || !wanted(c.s) || !wanted(c.o)) continue;
    const key = edgeKey(c.s, c.p, c.o);
    if (seen.has(key)) continue;
    seen.add(key);
    degree.set(c.s, (degree.get(c.s) ?? 0) + 1);
    degree.set(c.o, (degree.get(c.o) ?? 0) + 1);
  }
  seen.clear();
  const chosen = new Set(
    [...degree]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, sel.top ?? TOP_N)
      .map(([id]) => id),
  );
  if (sel.around && wanted(sel.around)) chosen.add(sel.around);
  const graph = new GeoGraph(ontology);
  for (const id of chosen) graph.addEntity(entities.get(id)!);
  const ref = store.refLookup((id) => entities.get(id));
  for await (const c of store.claims(ref)) {
    if (chosen.has(c.subject.id) && chosen.has(c.object.id) && inRange(c, sel.from, sel.to))
      graph.addClaim(c);
  }
  return graph;
}

/** Subject, predicate, object (and the date when asked) of every claim, without decoding the rest. */
async function* claimHeads(store: Store, dated: boolean) {
  for await (const { version, lines } of store.lines('claims')) {
    for (const l of lines) {
      if (version === 1) {
        const c = JSON.parse(l) as Claim;
        yield { s: c.subject.id, p: c.predicate, o: c.object.id, time: c.time };
        continue;
      }
      const t = [0, 0, 0, 0, 0, 0];
      let at = -1;
      for (let i = 0; i < 6; i++) t[i] = at = l.indexOf('\t', at + 1);
      const time = dated ? (JSON.parse(l.slice(t[5]! + 1)) as Pick<Claim, 'time'>).time : undefined;
      yield { s: l.slice(t[0]! + 1, t[1]), p: l.slice(t[1]! + 1, t[2]), o: l.slice(t[2]! + 1, t[3]), time };
    }
  }
}
