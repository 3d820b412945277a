// The JavaScript cost of three interactions driven through the viewer's own controls, beside one full
// sigma refresh: a filter change (ticking "alleged"), a metric change ("Size and labels by" PageRank ↔
// weighted degree) and a search selection (picking a suggestion).
import type { Page } from '@geokg/viewer/testing';

export interface Interaction {
  /** Our handler's synchronous JavaScript (with what sigma does synchronously inside it). */
  handlerMs: number;
  /** Sigma's render of the next frame, the one that shows the change (beforeRender → afterRender). */
  renderMs: number;
  /** The longest main-thread task in the 1.5 s after (deferred work: label placement, metrics). */
  laterTaskMs: number;
}

export type Action = 'filter' | 'metric' | 'search';
export const ACTIONS: Action[] = ['filter', 'metric', 'search'];

/** One interaction, measured inside the page. */
function interaction(page: Page, action: Action, i: number): Promise<Interaction> {
  return page.evaluate(
    async ([action, i]) => {
      const r = window.__geokg.renderer!;
      const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks;
      let before = 0;
      let after = 0;
      const onBefore = (): void => void (before ||= performance.now());
      const onAfter = (): void => void (before && (after ||= performance.now()));
      if (action === 'search') {
        // Typing is not the interaction measured: the suggestions are in place before the clock starts.
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

/** The median of three runs of each figure (the filter is ticked off, on and off again). */
export async function interactionMedian(page: Page, action: Action): Promise<Interaction> {
  const runs: Interaction[] = [];
  for (let i = 0; i < 3; i++) runs.push(await interaction(page, action, i));
  const median = (k: keyof Interaction): number => runs.map((r) => r[k]).sort((a, b) => a - b)[1]!;
  return { handlerMs: median('handlerMs'), renderMs: median('renderMs'), laterTaskMs: median('laterTaskMs') };
}

/** One full sigma refresh: every node and edge restyled, indexed and drawn. */
export function refreshMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t = performance.now();
    window.__geokg.renderer!.refresh();
    return performance.now() - t;
  });
}
