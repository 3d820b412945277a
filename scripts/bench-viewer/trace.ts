// Main-thread CPU time from a Chromium trace. On a machine shared with other jobs, wall-clock time of a
// task mostly measures how long the thread waited for a core; the trace's thread time (`tdur`) is what
// the task itself cost. Tasks are found by user-timing marks the page sets (performance.mark).
import type { Page } from '@geokg/viewer/testing';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds, trace clock. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, microseconds. */
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Runs `fn` with tracing on and returns what it returned and the renderer main thread's events. */
export async function traced<T>(
  page: Page,
  fn: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const all: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => all.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    },
    transferMode: 'ReportEvents',
  });
  let result: T;
  try {
    // Tracing reaches the renderer through its main thread: start once a frame has passed.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    result = await fn();
  } finally {
    // The events arrive once tracing ends.
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return { result, events: mainThread(all) };
}

function mainThread(all: TraceEvent[]): TraceEvent[] {
  const marks = all.filter((e) => e.name.startsWith('geokg:'));
  // The page's main thread is the renderer thread its marks were set on.
  const at = marks[0] ?? all.find((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  if (!at) throw new Error('bench-viewer: the trace has no renderer main thread');
  return all.filter((e) => e.pid === at.pid && e.tid === at.tid);
}

export const markTs = (events: TraceEvent[], name: string): number => {
  const m = events.find((e) => e.name === name);
  if (!m) throw new Error(`bench-viewer: no mark ${name} in the trace`);
  return m.ts;
};

const complete = (events: TraceEvent[], name: string): TraceEvent[] =>
  events.filter((e) => e.ph === 'X' && e.name === name && e.dur !== undefined);

/** The complete event named `name` that spans the instant `ts` (the outermost one). */
export function spanning(events: TraceEvent[], name: string, ts: number): TraceEvent | undefined {
  return complete(events, name)
    .filter((e) => e.ts <= ts && ts <= e.ts + e.dur!)
    .sort((a, b) => b.dur! - a.dur!)[0];
}

/** Thread time (ms) of the top-level tasks that start within [from, to] microseconds. */
export function tasksCpuMs(events: TraceEvent[], from: number, to: number): number[] {
  return complete(events, 'RunTask')
    .filter((e) => e.ts >= from && e.ts <= to)
    .map((e) => (e.tdur ?? 0) / 1000);
}

export const cpuMs = (e: TraceEvent | undefined): number => (e?.tdur ?? 0) / 1000;
