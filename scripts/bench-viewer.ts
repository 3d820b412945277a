// Benchmark of the viewer in headless Chromium on a generated graph (default 10,000 nodes, 50,000
// edges): time to first frame (rendered, and on screen), frames per second while panning (layout
// stopped), ForceAtlas2 iterations per second in the worker, and the longest main-thread task while the
// layout runs.
// Then the JavaScript cost of a filter change, a metric change and a search selection (our handler, and
// sigma's render of the frame that shows it), beside one full sigma refresh.
// A small graph measured in the same run is the baseline (these machines are noisy).
//
//   pnpm exec tsx scripts/bench-viewer.ts [--nodes 10000] [--edges 50000] [--seconds 8]
import { parseArgs } from 'node:util';
import { GeoGraph, claimId, defaultOntology, mulberry32 } from '@geokg/core';
import type { Claim, EntityRef, Modality } from '@geokg/core';
import { serveViewer } from '@geokg/viewer';
import { launchChromium } from '@geokg/viewer/testing';
import type { Page } from '@geokg/viewer/testing';

interface Figures {
  nodes: number;
  edges: number;
  payloadMB: number;
  payloadMs: number;
  firstFrameMs: number;
  firstFrameShownMs: number;
  panFps: number;
  fa2PerSecond: number;
  fa2WorkerOnly: number;
  longestTaskMs: number;
  longTasks: number;
  /** Interactions (median of three): our handler's JS, sigma's render of the frame that shows it. */
  filter: Interaction;
  metric: Interaction;
  search: Interaction;
  /** One full sigma refresh (renderer.refresh(): every node and edge processed and drawn). */
  refreshMs: number;
}

interface Interaction {
  handlerMs: number;
  renderMs: number;
  /** The longest main-thread task in the 1.5 s after (debounced label placement, metrics request). */
  laterTaskMs: number;
}

const KINDS: [kind: string, share: number][] = [
  ['State', 0.02],
  ['Company', 0.14],
  ['GovernmentBody', 0.12],
  ['ArmedGroup', 0.04],
  ['IntergovernmentalOrganization', 0.02],
  ['Person', 0.3],
  ['Pipeline', 0.05],
  ['Port', 0.05],
  ['City', 0.1],
  ['Region', 0.06],
  ['Attack', 0.06],
  ['Statement', 0.04],
];
const INTERACTIONS = [
  'accuses',
  'requests',
  'supports',
  'threatens',
  'consults',
  'criticizes',
  'sanctions',
  'agrees',
  'attacks',
];
const MODALITIES: [Modality, number][] = [
  ['asserted', 0.7],
  ['alleged', 0.15],
  ['denied', 0.05],
  ['hypothetical', 0.07],
  ['negated', 0.03],
];

function pick<T>(rand: () => number, items: [T, number][]): T {
  let r = rand();
  for (const [v, w] of items) if ((r -= w) < 0) return v;
  return items[items.length - 1]![0];
}

/** A scale-free-ish graph: endpoints drawn by Zipf weight, predicates valid for the endpoint kinds. */
export function generateGraph(nodes: number, edges: number, seed = 7): GeoGraph {
  const ontology = defaultOntology();
  const g = new GeoGraph(ontology);
  const rand = mulberry32(seed); // seeded: every run benchmarks the same graph
  const refs: EntityRef[] = [];
  for (let i = 0; i < nodes; i++) {
    const kind = pick(rand, KINDS);
    const ref: EntityRef = { id: `${kind.toLowerCase()}:${i}`, kind, name: `${kind} ${i}` };
    g.addEntity({ id: ref.id, kind, name: ref.name, aliases: [`${kind.slice(0, 3)}-${i}`], props: {} });
    refs.push(ref);
  }
  // Cumulative Zipf weights, so a few nodes are hubs as in real news graphs.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < nodes; i++) cumulative.push((total += 1 / Math.pow(i + 1, 0.75)));
  const draw = (): EntityRef => {
    const r = rand() * total;
    let lo = 0;
    let hi = nodes - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return refs[lo]!;
  };
  const actor = (r: EntityRef): boolean => ontology.isA(r.kind, 'Actor');
  while (g.graph.size < edges) {
    const s = draw();
    const o = draw();
    if (s.id === o.id) continue;
    let predicate: string;
    if (actor(s) && actor(o)) predicate = INTERACTIONS[Math.floor(rand() * INTERACTIONS.length)]!;
    else if (ontology.isA(s.kind, 'Event')) predicate = 'targets';
    else if (ontology.isA(o.kind, 'Place') || o.kind === 'State') predicate = 'located-in';
    else if (actor(s) && ontology.isA(o.kind, 'Facility')) predicate = 'operates';
    else predicate = 'part-of';
    const modality = pick(rand, MODALITIES);
    const day = 1 + Math.floor(rand() * 1800);
    const draft: Omit<Claim, 'id'> = {
      subject: s,
      predicate,
      object: o,
      modality,
      confidence: Math.round((0.3 + 0.7 * rand()) * 100) / 100,
      source: 'text',
      time: { reported: new Date(Date.UTC(2020, 0, day)).toISOString().slice(0, 10) },
      evidence: {
        docId: `doc:${Math.floor(rand() * 2000)}`,
        doc: `news/${Math.floor(rand() * 2000)}.txt`,
        sentence: Math.floor(rand() * 30),
        start: 0,
        end: 80,
        text: `${s.name} ${predicate.replace(/-/g, ' ')} ${o.name}, officials said on day ${day}.`,
      },
    };
    try {
      g.addClaim({ id: claimId(draft), ...draft });
    } catch {
      // An endpoint pair the ontology refuses for this predicate: draw again.
    }
  }
  return g;
}

// tsx compiles this file with keepNames, which wraps the functions passed to page.evaluate in __name().
const LONGTASK_INIT = `
  window.__name = (f) => f;
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function measure(page: Page, url: string, seconds: number): Promise<Omit<Figures, 'nodes' | 'edges'>> {
  await page.addInitScript(LONGTASK_INIT);
  await page.goto(url);
  await page.waitForFunction(
    () => window.__geokg?.metrics.firstFrame !== undefined || window.__geokg?.error,
    null,
    {
      timeout: 300_000,
    },
  );
  if (!(await page.evaluate(() => window.__geokg.metrics.firstFrame)))
    throw new Error(`viewer failed: ${await page.evaluate(() => window.__geokg.error)}`);
  // Rendered is not yet shown: on a software GPU the browser holds the page until the GPU drew it.
  await page.waitForFunction(() => window.__geokg.metrics.firstFrameShown !== undefined, null, {
    timeout: 300_000,
  });
  const m = await page.evaluate(() => window.__geokg.metrics);
  // The first layout starts by itself; stop it, then run it for a fixed window.
  await page.evaluate(() => window.__geokg.layout!.stop());
  await page.waitForTimeout(500);
  const runLayout = (ms: number, live: boolean) =>
    page.evaluate(
      async ([ms, live]) => {
        const g = window.__geokg;
        const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] })
          .__longtasks;
        g.layout!.livePositions = live;
        const from = performance.now();
        const it0 = g.layout!.iterations;
        g.layout!.start();
        await new Promise((r) => setTimeout(r, ms));
        const it1 = g.layout!.iterations;
        const to = performance.now();
        g.layout!.stop();
        g.layout!.livePositions = true;
        const during = tasks.filter((t) => t.start >= from && t.start <= to);
        return {
          perSecond: ((it1 - it0) * 1000) / (to - from),
          longest: Math.max(0, ...during.map((t) => t.duration)),
          count: during.length,
        };
      },
      [ms, live] as const,
    );
  // As a person sees it: positions drawn every frame while the worker iterates.
  const layout = await runLayout(seconds * 1000, true);
  await page.waitForTimeout(500);
  // The worker alone: positions drawn only at the end, so rendering cannot hold the worker back.
  const workerOnly = await runLayout(Math.min(seconds, 4) * 1000, false);
  await page.waitForTimeout(500);
  // Panning: drag the stage with the mouse in circles and count the frames sigma renders.
  const box = (await page.locator('#graph').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    window.__geokg.renderer!.on('afterRender', () => void w.__frames++);
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = Date.now();
  for (let i = 1; Date.now() - t0 < Math.min(seconds, 5) * 1000; i++) {
    await page.mouse.move(cx + 120 * Math.cos(i / 8), cy + 120 * Math.sin(i / 8));
  }
  const frames = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  const panFps = (frames * 1000) / (Date.now() - t0);
  await page.mouse.up();
  await page.waitForTimeout(500);
  // Metrics come from the worker; the metric change needs them.
  await page.waitForFunction(() => window.__geokg.metrics.lookApplied !== undefined, null, {
    timeout: 300_000,
  });
  const filter = await interactionMedian(page, 'filter');
  const metric = await interactionMedian(page, 'metric');
  const search = await interactionMedian(page, 'search');
  const refreshMs = await page.evaluate(() => {
    const t = performance.now();
    window.__geokg.renderer!.refresh();
    return performance.now() - t;
  });
  return {
    filter,
    metric,
    search,
    refreshMs,
    payloadMB: (m.payloadBytes ?? 0) / 1e6,
    payloadMs: m.payloadLoaded ?? NaN,
    firstFrameMs: m.firstFrame!,
    firstFrameShownMs: m.firstFrameShown!,
    panFps,
    fa2PerSecond: layout.perSecond,
    fa2WorkerOnly: workerOnly.perSecond,
    longestTaskMs: layout.longest,
    longTasks: layout.count,
  };
}

type Action = 'filter' | 'metric' | 'search';

/**
 * One interaction through the page's own controls: the synchronous JavaScript of its handler, then the
 * JavaScript of sigma's render of the next frame (beforeRender → afterRender), then the longest task in
 * the 1.5 s after (work the app defers: label placement, the metrics request).
 */
async function interaction(page: Page, action: Action, i: number): Promise<Interaction> {
  return page.evaluate(
    async ([action, i]) => {
      const r = window.__geokg.renderer!;
      const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks;
      let before = 0;
      let after = 0;
      const onBefore = (): void => void (before ||= performance.now());
      const onAfter = (): void => void (before && (after ||= performance.now()));
      if (action === 'search') {
        const input = document.querySelector<HTMLInputElement>('#search-input')!;
        input.value = `Person ${100 + i}`;
        input.dispatchEvent(new Event('input'));
      }
      r.on('beforeRender', onBefore);
      r.on('afterRender', onAfter);
      const t0 = performance.now();
      if (action === 'filter')
        document.querySelector<HTMLInputElement>('input[data-modality="alleged"]')!.click();
      else if (action === 'metric') {
        const s = document.querySelector<HTMLSelectElement>('#metric')!;
        s.value = s.value === 'pagerank' ? 'weightedDegree' : 'pagerank';
        s.dispatchEvent(new Event('change'));
      } else {
        document
          .querySelector('#search-input-suggestions .suggestion')!
          .dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      }
      const t1 = performance.now();
      const deadline = t1 + 60_000;
      await new Promise<void>((done) => {
        const wait = (): void =>
          void (after || performance.now() > deadline ? done() : requestAnimationFrame(wait));
        wait();
      });
      r.off('beforeRender', onBefore);
      r.off('afterRender', onAfter);
      await new Promise((res) => setTimeout(res, 1500));
      const later = tasks.filter((t) => t.start >= t1 && t.start <= t1 + 1500).map((t) => t.duration);
      return { handlerMs: t1 - t0, renderMs: after - before, laterTaskMs: Math.max(0, ...later) };
    },
    [action, i] as const,
  );
}

async function interactionMedian(page: Page, action: Action): Promise<Interaction> {
  const runs: Interaction[] = [];
  for (let i = 0; i < 3; i++) runs.push(await interaction(page, action, i));
  const median = (k: keyof Interaction): number => runs.map((r) => r[k]).sort((a, b) => a - b)[1]!;
  return { handlerMs: median('handlerMs'), renderMs: median('renderMs'), laterTaskMs: median('laterTaskMs') };
}

/** What this machine's WebGL does with no viewer at all: instanced quads per second. */
async function calibrate(): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<canvas id="c" width="1280" height="800"></canvas>');
    await page.evaluate('window.__name = (f) => f');
    return await page.evaluate(async () => {
      const gl = (document.getElementById('c') as HTMLCanvasElement).getContext('webgl2')!;
      const shader = (type: number, src: string): WebGLShader => {
        const s = gl.createShader(type)!;
        gl.shaderSource(s, src);
        gl.compileShader(s);
        return s;
      };
      const prog = gl.createProgram()!;
      gl.attachShader(
        prog,
        shader(
          gl.VERTEX_SHADER,
          '#version 300 es\nin vec2 p; in vec2 o; void main() { gl_Position = vec4(p * 0.01 + o, 0.0, 1.0); }',
        ),
      );
      gl.attachShader(
        prog,
        shader(
          gl.FRAGMENT_SHADER,
          '#version 300 es\nprecision mediump float; out vec4 c; void main() { c = vec4(1.0, 0.0, 0.0, 1.0); }',
        ),
      );
      gl.linkProgram(prog);
      gl.useProgram(prog);
      const attr = (name: string, data: Float32Array, divisor: number): void => {
        gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
        gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
        const loc = gl.getAttribLocation(prog, name);
        gl.enableVertexAttribArray(loc);
        gl.vertexAttribPointer(loc, 2, gl.FLOAT, false, 0, 0);
        gl.vertexAttribDivisor(loc, divisor);
      };
      const n = 10_000;
      attr('p', new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), 0);
      attr(
        'o',
        new Float32Array(n * 2).map((_, i) => ((i * 7919) % 2000) / 1000 - 1),
        1,
      );
      let frames = 0;
      const t0 = performance.now();
      await new Promise<void>((done) => {
        const step = (now: number): void => {
          gl.clear(gl.COLOR_BUFFER_BIT);
          gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, n);
          frames++;
          if (now - t0 < 3000) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      return (frames * n * 1000) / (performance.now() - t0);
    });
  } finally {
    await browser.close();
  }
}

async function run(nodes: number, edges: number, seconds: number): Promise<Figures> {
  const t0 = Date.now();
  const graph = generateGraph(nodes, edges);
  console.error(`bench-viewer: generated ${nodes} nodes, ${edges} edges in ${Date.now() - t0} ms`);
  const server = await serveViewer({ graph, id: `bench:${nodes}:${edges}`, title: 'bench' });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    return { nodes, edges, ...(await measure(page, server.url, seconds)) };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '10000' },
      edges: { type: 'string', default: '50000' },
      seconds: { type: 'string', default: '8' },
    },
  });
  const seconds = Number(values.seconds);
  const quads = await calibrate();
  console.log(
    `WebGL calibration: ${Math.round(quads).toLocaleString('en')} instanced quads/s with no viewer (software WebGL is orders of magnitude below a hardware GPU)`,
  );
  const baseline = await run(1000, 5000, seconds);
  const target = await run(Number(values.nodes), Number(values.edges), seconds);
  const rows: [string, (f: Figures) => string, string][] = [
    ['payload (MB)', (f) => f.payloadMB.toFixed(1), ''],
    ['payload loaded (ms)', (f) => f.payloadMs.toFixed(0), ''],
    ['time to first frame (ms)', (f) => f.firstFrameMs.toFixed(0), '< 2000'],
    ['first frame on screen (ms)', (f) => f.firstFrameShownMs.toFixed(0), ''],
    ['fps while panning, layout stopped', (f) => f.panFps.toFixed(1), '>= 30'],
    ['FA2 iterations/s, drawn live', (f) => f.fa2PerSecond.toFixed(1), ''],
    ['FA2 iterations/s, worker alone', (f) => f.fa2WorkerOnly.toFixed(1), ''],
    ['longest main-thread task, layout running (ms)', (f) => f.longestTaskMs.toFixed(0), '<= 200'],
    ['long tasks (> 50 ms), layout running', (f) => String(f.longTasks), ''],
    ['filter change: handler JS (ms)', (f) => f.filter.handlerMs.toFixed(1), ''],
    [
      'filter change: + sigma render JS (ms)',
      (f) => (f.filter.handlerMs + f.filter.renderMs).toFixed(1),
      '< 150',
    ],
    ['filter change: longest task in 1.5 s after (ms)', (f) => f.filter.laterTaskMs.toFixed(0), ''],
    ['metric change: handler JS (ms)', (f) => f.metric.handlerMs.toFixed(1), ''],
    [
      'metric change: + sigma render JS (ms)',
      (f) => (f.metric.handlerMs + f.metric.renderMs).toFixed(1),
      '< 150',
    ],
    ['metric change: longest task in 1.5 s after (ms)', (f) => f.metric.laterTaskMs.toFixed(0), ''],
    ['search selection: handler JS (ms)', (f) => f.search.handlerMs.toFixed(1), ''],
    [
      'search selection: + sigma render JS (ms)',
      (f) => (f.search.handlerMs + f.search.renderMs).toFixed(1),
      '< 150',
    ],
    ['search selection: longest task in 1.5 s after (ms)', (f) => f.search.laterTaskMs.toFixed(0), ''],
    ['one sigma refresh, renderer.refresh() (ms)', (f) => f.refreshMs.toFixed(0), ''],
  ];
  const head = [
    '',
    `${baseline.nodes}/${baseline.edges} (baseline)`,
    `${target.nodes}/${target.edges}`,
    'ratio',
    'target',
  ];
  const table = [
    head,
    ...rows.map(([name, get, goal]) => {
      const b = Number(get(baseline));
      const t = Number(get(target));
      return [name, get(baseline), get(target), b ? (t / b).toFixed(2) : '-', goal];
    }),
  ];
  const widths = head.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
