// A TypeScript reading of ../shared/eval/score_claims.py: checks JSON Lines rows against a gold file's
// expected and forbidden claim patterns and its entity rules. Returns the failures, one line each.

interface NodePattern {
  iso3?: string;
  kind?: string;
  name_contains?: string;
}

interface ClaimPattern {
  subject?: NodePattern;
  predicate: string;
  object?: NodePattern;
  modality?: string[];
}

export interface Gold {
  expect?: ClaimPattern[];
  forbid?: ClaimPattern[];
  entities?: { one_node_per_state?: string[]; no_state_named?: string[] };
}

type Row = Record<string, unknown>;

export function scoreGold(gold: Gold, rows: Row[]): string[] {
  const entities = new Map<string, Row>();
  const claims: Row[] = [];
  for (const r of rows) {
    if (r.type === 'entity') entities.set(String(r.id), r);
    else if (r.type === 'claim') claims.push(r);
  }
  const node = (ref: unknown): Row => {
    const r = (typeof ref === 'string' ? { id: ref } : (ref ?? {})) as Row;
    return {
      ...(entities.get(String(r.id)) ?? {}),
      ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
    };
  };
  for (const c of claims)
    for (const side of ['subject', 'object']) {
      const n = node(c[side]);
      if (n.id && !entities.has(String(n.id))) entities.set(String(n.id), n);
    }
  const names = (n: Row): string[] =>
    [n.name, ...((n.aliases as unknown[]) ?? [])]
      .filter((s): s is string => typeof s === 'string')
      .map((s) => s.toLowerCase());
  const kinds = (n: Row): Set<unknown> => new Set([n.kind, ...((n.kinds as unknown[]) ?? [])]);
  const nodeMatches = (p: NodePattern, n: Row): boolean =>
    (p.iso3 === undefined || n.iso3 === p.iso3) &&
    (p.kind === undefined || kinds(n).has(p.kind)) &&
    (p.name_contains === undefined || names(n).some((s) => s.includes(p.name_contains!.toLowerCase())));
  const claimMatches = (p: ClaimPattern, c: Row): boolean =>
    c.predicate === p.predicate &&
    (p.modality === undefined || p.modality.includes(String(c.modality))) &&
    nodeMatches(p.subject ?? {}, node(c.subject)) &&
    nodeMatches(p.object ?? {}, node(c.object));
  const show = (p: ClaimPattern): string =>
    `${JSON.stringify(p.subject ?? {})} -${p.predicate}-> ${JSON.stringify(p.object ?? {})}${p.modality ? ` [${p.modality.join('|')}]` : ''}`;
  const failures: string[] = [];
  for (const p of gold.expect ?? [])
    if (!claims.some((c) => claimMatches(p, c))) failures.push(`missing ${show(p)}`);
  for (const p of gold.forbid ?? [])
    if (claims.some((c) => claimMatches(p, c))) failures.push(`forbidden ${show(p)}`);
  const states = [...entities.values()].filter((e) => kinds(e).has('State'));
  for (const iso of gold.entities?.one_node_per_state ?? []) {
    const n = states.filter((e) => e.iso3 === iso).length;
    if (n !== 1) failures.push(`${n} State nodes for ${iso}`);
  }
  for (const name of gold.entities?.no_state_named ?? []) {
    if (states.some((e) => String(e.name).toLowerCase() === name.toLowerCase()))
      failures.push(`a State named ${name}`);
  }
  return failures;
}
