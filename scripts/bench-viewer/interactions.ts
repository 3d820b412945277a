// The cost of three interactions driven through the viewer's own controls, beside one full sigma
// refresh: a filter change (ticking "alleged"), a metric change ("Size and labels by" PageRank ↔
// weighted degree) and a search selection (picking a suggestion). Each is measured as main-thread CPU
// time from a trace (trace.ts), and as wall-clock time, which on a shared machine adds the waits for a
// core.
import type { Page } from '@geokg/viewer/testing';
import { cpuMs, markTs, spanning, tasksCpuMs, traced } from './trace.ts';

export interface Interaction {
  /** Our handler's synchronous JavaScript (with what sigma does synchronously inside it), CPU. */
  handlerCpuMs: number;
  /** Other tasks between the handler and the frame that shows the change (deferred work), CPU. */
  betweenCpuMs: number;
  /** Sigma's render of that frame (the animation-frame task), CPU. */
  renderCpuMs: number;
  /** handler + between + render: the JavaScript from the input to the frame that shows it, CPU. */
  totalCpuMs: number;
  /** The same three, wall clock: handler start to the frame's afterRender. */
  wallMs: number;
  /** The longest main-thread task in the 1.5 s after the frame (label placement, metrics), CPU. */
  laterCpuMs: number;
  /** All main-thread tasks in those 1.5 s, CPU. */
  laterTotalCpuMs: number;
}

export type Action = 'filter' | 'metric' | 'search';
export const ACTIONS: Action[] = ['filter', 'metric', 'search'];

/** One interaction; marks its start, end and the frame that shows it for the trace. */
function act(page: Page, action: Action): Promise<number> {
  return page.evaluate(async (action) => {
    const r = window.__geokg.renderer!;
    let before = false;
    let after = 0;
    const onBefore = (): void => {
      if (!before) performance.mark('geokg:render');
      before = true;
    };
    const onAfter = (): void => {
      if (before && !after) after = performance.mark('geokg:rendered').startTime;
    };
    r.on('beforeRender', onBefore);
    r.on('afterRender', onAfter);
    const t0 = performance.mark('geokg:t0').startTime;
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
    performance.mark('geokg:t1');
    const deadline = performance.now() + 60_000;
    await new Promise<void>((done) => {
      const wait = (): void =>
        void (after || performance.now() > deadline ? done() : requestAnimationFrame(wait));
      wait();
    });
    r.off('beforeRender', onBefore);
    r.off('afterRender', onAfter);
    // 1.5 s from the next frame's start: a software GPU holds the page after a frame until it is drawn.
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 1500)));
    return after - t0;
  }, action);
}

async function interaction(page: Page, action: Action, i: number): Promise<Interaction> {
  if (action === 'search') {
    // From nothing selected (the highlight starts, as when a person searches), and typing is not the
    // interaction measured: the suggestions are in place before the clock starts.
    await page.evaluate(async (i) => {
      document.querySelector<HTMLButtonElement>('#evidence .close')?.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300)));
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.value = `Person ${100 + i}`;
      input.dispatchEvent(new Event('input'));
    }, i);
  }
  const { result: wallMs, events } = await traced(page, () => act(page, action));
  const [t0, t1, r0] = ['geokg:t0', 'geokg:t1', 'geokg:render'].map((m) => markTs(events, m));
  // The click, change or mousedown dispatched between the marks: the handler and all it runs.
  const dispatch = events
    .filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.ts >= t0! && e.ts <= t1!)
    .sort((a, b) => b.dur! - a.dur!)[0];
  const handlerTask = spanning(events, 'RunTask', t0!);
  const frameTask = spanning(events, 'RunTask', r0!);
  const frameEnd = frameTask ? frameTask.ts + frameTask.dur! : r0!;
  const between = handlerTask && frameTask ? tasksCpuMs(events, handlerTask.ts + 1, frameTask.ts - 1) : [];
  const handlerCpuMs = cpuMs(dispatch);
  const betweenCpuMs = between.reduce((a, b) => a + b, 0);
  const renderCpuMs = cpuMs(spanning(events, 'FireAnimationFrame', r0!));
  const later = tasksCpuMs(events, frameEnd, frameEnd + 1_500_000);
  return {
    handlerCpuMs,
    betweenCpuMs,
    renderCpuMs,
    totalCpuMs: handlerCpuMs + betweenCpuMs + renderCpuMs,
    wallMs,
    laterCpuMs: Math.max(0, ...later),
    laterTotalCpuMs: later.reduce((a, b) => a + b, 0),
  };
}

/** The median of three runs of each figure (the filter is ticked off, on and off again). */
export async function interactionMedian(page: Page, action: Action): Promise<Interaction> {
  const runs: Interaction[] = [];
  for (let i = 0, tries = 0; i < 3; i++) {
    try {
      runs.push(await interaction(page, action, i));
    } catch (e) {
      // A trace that missed the page's marks (tracing started while its main thread was held): again.
      if (++tries > 3 || !/no mark/.test(String(e))) throw e;
      console.error(`bench-viewer: ${action}: ${String(e)}; measuring again`);
      i--;
    }
  }
  const median = (k: keyof Interaction): number => runs.map((r) => r[k]).sort((a, b) => a - b)[1]!;
  const keys = Object.keys(runs[0]!) as (keyof Interaction)[];
  return Object.fromEntries(keys.map((k) => [k, median(k)])) as unknown as Interaction;
}

/** One full sigma refresh (every node and edge restyled, indexed and drawn): CPU and wall ms. */
export async function refreshMs(page: Page): Promise<{ cpuMs: number; wallMs: number }> {
  const { result: wallMs, events } = await traced(page, () =>
    page.evaluate(() => {
      const t = performance.mark('geokg:t0').startTime;
      window.__geokg.renderer!.refresh();
      return performance.now() - t;
    }),
  );
  return { cpuMs: cpuMs(spanning(events, 'RunTask', markTs(events, 'geokg:t0'))), wallMs };
}
