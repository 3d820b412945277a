// The view in the URL fragment (camera, filters, selection), so that a link or a reload shows the same
// view. Pure encode/decode; main.ts writes it with history.replaceState.
import type { Filters } from './filters.ts';
import { emptyFilters } from './filters.ts';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string };

export interface ViewState {
  camera?: CameraView;
  selection?: Selection;
  filters: Filters;
}

const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));
const list = (s: Set<string>): string => [...s].sort().join(',');
const setOf = (s: string | null): Set<string> => new Set(s ? s.split(',').filter(Boolean) : []);
const isoDate = (s: string | null): string | undefined =>
  s && /^\d{4}(-\d{2}){0,2}$/.test(s) ? s : undefined;

const sameSet = (a: Set<string>, b: Set<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

/** `defaultKinds`: the kinds hidden by default, written only when the view differs (`hk=` shows all). */
export function encodeViewState(v: ViewState, defaultKinds: Set<string> = new Set()): string {
  const p = new URLSearchParams();
  if (v.camera) {
    const c = v.camera;
    p.set('cam', [round(c.x, 5), round(c.y, 5), round(c.ratio, 5), round(c.angle, 4)].join(','));
  }
  if (v.selection) p.set(v.selection.type, v.selection.key);
  const f = v.filters;
  if (!sameSet(f.hiddenKinds, defaultKinds)) p.set('hk', list(f.hiddenKinds));
  if (f.hiddenPredicates.size) p.set('hp', list(f.hiddenPredicates));
  if (f.hiddenModalities.size) p.set('hm', list(f.hiddenModalities));
  if (f.minConfidence > 0) p.set('conf', round(f.minConfidence, 2));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (!f.undated) p.set('undated', '0');
  if (f.ego) p.set('ego', `${f.ego.depth},${f.ego.node}`);
  if (f.ego?.expand?.length) p.set('exp', f.ego.expand.join(','));
  return p.toString();
}

/** Reads a fragment (with or without '#'); anything malformed is ignored, never thrown. */
export function decodeViewState(hash: string, defaultKinds: Set<string> = new Set()): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const filters = emptyFilters(p.has('hk') ? setOf(p.get('hk')) : defaultKinds);
  filters.hiddenPredicates = setOf(p.get('hp'));
  filters.hiddenModalities = setOf(p.get('hm'));
  const conf = Number(p.get('conf'));
  if (Number.isFinite(conf) && conf > 0 && conf <= 1) filters.minConfidence = conf;
  const from = isoDate(p.get('from'));
  const to = isoDate(p.get('to'));
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (p.get('undated') === '0') filters.undated = false;
  const ego = /^([123]),(.+)$/.exec(p.get('ego') ?? '');
  if (ego) filters.ego = { depth: Number(ego[1]), node: ego[2]! };
  const expand = [...setOf(p.get('exp'))];
  if (filters.ego && expand.length) filters.ego.expand = expand;
  const view: ViewState = { filters };
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 4 && cam.every(Number.isFinite) && cam[2]! > 0) {
    view.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]!, angle: cam[3]! };
  }
  const node = p.get('node');
  const edge = p.get('edge');
  if (node) view.selection = { type: 'node', key: node };
  else if (edge) view.selection = { type: 'edge', key: edge };
  return view;
}
