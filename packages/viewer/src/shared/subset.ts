// The part of a big store the viewer shows, as URL parameters: the page's own query
// (`/?kind=State&from=2019-10`) is passed on to /api/graph.json and /api/claims.json, whose server picks
// that part of the store (server/subgraph.ts). Shared by the app and the server: one list of names.

/** The parameters that choose a part, in the order they are written. */
export const SUBSET_PARAMS = ['top', 'kind', 'country', 'from', 'to', 'around', 'depth'] as const;

/**
 * The subset parameters of a query string (`?kind=State&x=1` → `kind=State`), in a fixed order so that
 * one part has one key; '' when there are none. Other parameters are left out.
 */
export function subsetQuery(search: string): string {
  const given = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const name of SUBSET_PARAMS) {
    const v = given.get(name);
    if (v !== null && v !== '') out.set(name, v);
  }
  return out.toString();
}
