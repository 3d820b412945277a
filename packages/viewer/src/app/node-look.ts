// Size and colour of nodes by a metric: sizes by degree keep the kind view's scale (log), other metrics
// grow with the square root of their share of the maximum; colours by community (Paul Tol's muted set,
// the largest communities first) or by a metric (viridis, colour-blind safe and readable in grey).
import type { NodeMetrics } from './metrics-client.ts';
import type { MetricName } from './metrics.ts';
import { nodeSize } from './render-graph.ts';

export type ColourBy = 'kind' | 'community' | 'metric';

const COMMUNITY_COLOURS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
];
const OTHER_COMMUNITY = '#BBBBBB';
const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

export function sizer(metric: MetricName, values: Map<string, number>): (key: string) => number {
  if (metric === 'degree' || metric === 'community') {
    return (key) => nodeSize(metric === 'degree' ? (values.get(key) ?? 0) : 0);
  }
  let max = 0;
  for (const v of values.values()) max = Math.max(max, v);
  return (key) => 4 + 18 * Math.sqrt(max > 0 ? (values.get(key) ?? 0) / max : 0);
}

/** Community id → colour: the nine largest communities get a colour each, the rest grey. */
export function communityColours(community: Map<string, number>): (key: string) => string {
  const sizes = new Map<number, number>();
  for (const c of community.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const colour = new Map(ranked.slice(0, COMMUNITY_COLOURS.length).map((c, i) => [c, COMMUNITY_COLOURS[i]!]));
  return (key) => colour.get(community.get(key) ?? -1) ?? OTHER_COMMUNITY;
}

function mix(a: string, b: string, t: number): string {
  const pa = parseInt(a.slice(1), 16);
  const pb = parseInt(b.slice(1), 16);
  const ch = (shift: number): string =>
    Math.round(((pa >> shift) & 255) * (1 - t) + ((pb >> shift) & 255) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

export function metricColours(values: Map<string, number>): (key: string) => string {
  let max = 0;
  for (const v of values.values()) max = Math.max(max, v);
  return (key) => {
    const t = Math.sqrt(max > 0 ? (values.get(key) ?? 0) / max : 0) * (VIRIDIS.length - 1);
    const i = Math.min(VIRIDIS.length - 2, Math.floor(t));
    return mix(VIRIDIS[i]!, VIRIDIS[i + 1]!, t - i);
  };
}

export function colourer(
  by: ColourBy,
  metric: MetricName,
  m: NodeMetrics,
): ((key: string) => string) | undefined {
  if (by === 'community') return communityColours(m.community);
  if (by === 'metric') return metricColours(m[metric]);
  return undefined;
}
