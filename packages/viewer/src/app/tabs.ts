// The sidebar's tabs: legend and filters, metrics, paths, contradictions. One panel shows at a time.
import { byId, el } from './dom.ts';

export const TABS = [
  ['legend', 'Legend'],
  ['metrics', 'Metrics'],
  ['paths', 'Paths'],
  ['contradictions', 'Contradictions'],
] as const;
export type TabName = (typeof TABS)[number][0];

export class Tabs {
  private readonly buttons = new Map<TabName, HTMLButtonElement>();
  current: TabName = 'legend';
  /** Called when a tab is shown. */
  onShow: (name: TabName) => void = () => {};

  constructor(root: HTMLElement) {
    for (const [name, text] of TABS) {
      const b = el('button', { text, attrs: { type: 'button', role: 'tab', id: `tab-button-${name}` } });
      b.addEventListener('click', () => this.show(name));
      this.buttons.set(name, b);
      root.append(b);
    }
    this.show('legend');
  }

  show(name: TabName): void {
    this.current = name;
    for (const [n, b] of this.buttons) {
      b.setAttribute('aria-selected', String(n === name));
      byId(`tab-${n}`).hidden = n !== name;
    }
    this.onShow(name);
  }

  /** The DOM panel of a tab. */
  static panel(name: TabName): HTMLElement {
    return byId(`tab-${name}`);
  }
}
