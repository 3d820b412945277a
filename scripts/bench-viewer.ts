// Benchmark of the viewer in headless Chromium on a generated graph (default 10,000 nodes, 50,000
// edges): time to first frame (rendered, and on screen), frames per second while panning (layout
// stopped), ForceAtlas2 iterations per second in the worker, and the longest main-thread task while the
// layout runs (bench-viewer/page.ts); then the JavaScript cost of a filter change, a metric change and
// a search selection (our handler, and sigma's render of the frame that shows it), beside one full sigma
// refresh (bench-viewer/interactions.ts): main-thread CPU time from a Chromium trace (bench-viewer/trace.ts),
// which a shared machine inflates far less than wall-clock time, and the wall-clock time too.
// A small graph measured in the same run is the baseline (these machines are noisy).
//
//   pnpm exec tsx scripts/bench-viewer.ts [--nodes 10000] [--edges 50000] [--seconds 8] [--interactions-only]
//     [--actions filter,metric,search]
import { parseArgs } from 'node:util';
import { serveViewer } from '@geokg/viewer';
import { launchChromium } from '@geokg/viewer/testing';
import { calibrate } from './bench-viewer/calibrate.ts';
import { generateGraph } from './bench-viewer/graph.ts';
import { ACTIONS, interactionMedian, refreshMs } from './bench-viewer/interactions.ts';
import type { Action, Interaction } from './bench-viewer/interactions.ts';
import { measureMotion, openBench } from './bench-viewer/page.ts';
import type { LoadFigures, MotionFigures } from './bench-viewer/page.ts';

export { generateGraph };

type Figures = { nodes: number; edges: number; refresh: { cpuMs: number; wallMs: number } } & LoadFigures &
  Partial<MotionFigures> &
  Partial<Record<Action, Interaction>>;

async function run(
  nodes: number,
  edges: number,
  seconds: number,
  motion: boolean,
  actions: Action[],
): Promise<Figures> {
  const t0 = Date.now();
  const graph = generateGraph(nodes, edges);
  console.error(`bench-viewer: generated ${nodes} nodes, ${edges} edges in ${Date.now() - t0} ms`);
  const server = await serveViewer({ graph, id: `bench:${nodes}:${edges}`, title: 'bench' });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const load = await openBench(page, server.url);
    const moved = motion ? await measureMotion(page, seconds) : {};
    // Metrics come from the worker; the metric change needs them.
    await page.waitForFunction(() => window.__geokg.metrics.lookApplied !== undefined, null, {
      timeout: 300_000,
    });
    const acted: Partial<Record<Action, Interaction>> = {};
    for (const action of actions) acted[action] = await interactionMedian(page, action);
    return { nodes, edges, ...load, ...moved, ...acted, refresh: await refreshMs(page) };
  } finally {
    await browser.close();
    await server.close();
  }
}

const fixed = (digits: number) => (v: number | undefined) => (v === undefined ? '-' : v.toFixed(digits));

function interactionRows(action: Action, name: string): [string, (f: Figures) => string, string][] {
  return [
    [`${name}: handler, CPU (ms)`, (f) => fixed(1)(f[action]?.handlerCpuMs), ''],
    [`${name}: deferred before the frame, CPU (ms)`, (f) => fixed(1)(f[action]?.betweenCpuMs), ''],
    [`${name}: sigma render of the frame, CPU (ms)`, (f) => fixed(1)(f[action]?.renderCpuMs), ''],
    [`${name}: all three, CPU (ms)`, (f) => fixed(1)(f[action]?.totalCpuMs), '< 150'],
    [`${name}: input to frame, wall (ms)`, (f) => fixed(0)(f[action]?.wallMs), ''],
    [`${name}: tasks in 1.5 s after the frame, CPU (ms)`, (f) => fixed(0)(f[action]?.laterTotalCpuMs), ''],
    [`${name}: longest of them, CPU (ms)`, (f) => fixed(0)(f[action]?.laterCpuMs), ''],
  ];
}

const ROWS: [string, (f: Figures) => string, string][] = [
  ['payload (MB)', (f) => fixed(1)(f.payloadMB), ''],
  ['payload loaded (ms)', (f) => fixed(0)(f.payloadMs), ''],
  ['time to first frame (ms)', (f) => fixed(0)(f.firstFrameMs), '< 2000'],
  ['first frame on screen (ms)', (f) => fixed(0)(f.firstFrameShownMs), ''],
  ['fps while panning, layout stopped', (f) => fixed(1)(f.panFps), '>= 30'],
  ['FA2 iterations/s, drawn live', (f) => fixed(1)(f.fa2PerSecond), ''],
  ['FA2 iterations/s, worker alone', (f) => fixed(1)(f.fa2WorkerOnly), ''],
  ['longest main-thread task, layout running (ms)', (f) => fixed(0)(f.longestTaskMs), '<= 200'],
  [
    'long tasks (> 50 ms), layout running',
    (f) => (f.longTasks === undefined ? '-' : String(f.longTasks)),
    '',
  ],
  ...interactionRows('filter', 'filter change'),
  ...interactionRows('metric', 'metric change'),
  ...interactionRows('search', 'search selection'),
  ['one sigma refresh, renderer.refresh(), CPU (ms)', (f) => fixed(0)(f.refresh.cpuMs), ''],
  ['one sigma refresh, renderer.refresh(), wall (ms)', (f) => fixed(0)(f.refresh.wallMs), ''],
];

function printTable(baseline: Figures, target: Figures): void {
  const head = [
    '',
    `${baseline.nodes}/${baseline.edges} (baseline)`,
    `${target.nodes}/${target.edges}`,
    'ratio',
    'target',
  ];
  const table = [
    head,
    ...ROWS.map(([name, get, goal]) => {
      const b = Number(get(baseline));
      const t = Number(get(target));
      return [name, get(baseline), get(target), b && !Number.isNaN(t) ? (t / b).toFixed(2) : '-', goal];
    }),
  ];
  const widths = head.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '10000' },
      edges: { type: 'string', default: '50000' },
      seconds: { type: 'string', default: '8' },
      // Load and interactions only: no calibration, layout or panning (a quicker run while working).
      'interactions-only': { type: 'boolean', default: false },
      // Which interactions (comma-separated; the others print '-').
      actions: { type: 'string', default: ACTIONS.join(',') },
    },
  });
  const seconds = Number(values.seconds);
  const motion = !values['interactions-only'];
  if (motion) {
    const quads = await calibrate();
    console.log(
      `WebGL calibration: ${Math.round(quads).toLocaleString('en')} instanced quads/s with no viewer (software WebGL is orders of magnitude below a hardware GPU)`,
    );
  }
  const actions = values.actions.split(',') as Action[];
  const baseline = await run(1000, 5000, seconds, motion, actions);
  const target = await run(Number(values.nodes), Number(values.edges), seconds, motion, actions);
  printTable(baseline, target);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
