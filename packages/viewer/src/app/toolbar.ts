// The toolbar: layout start/stop, fit to screen, and the PNG and GEXF exports.
import { el } from './dom.ts';

export interface ToolbarOptions {
  onToggleLayout(): void;
  onFit(): void;
  onExportPng(): void;
  onExportGexf(): void;
}

export class Toolbar {
  readonly layoutButton: HTMLButtonElement;

  constructor(root: HTMLElement, opts: ToolbarOptions) {
    const button = (id: string, text: string, title: string, on: () => void): HTMLButtonElement => {
      const b = el('button', { text, title, attrs: { type: 'button', id } });
      b.addEventListener('click', on);
      return b;
    };
    this.layoutButton = button(
      'layout-toggle',
      'Run layout',
      'Start or stop ForceAtlas2',
      opts.onToggleLayout,
    );
    root.append(
      this.layoutButton,
      button('fit', 'Fit', 'Show the whole graph', opts.onFit),
      button('export-png', 'PNG', 'Save the current view as a PNG image', opts.onExportPng),
      button('export-gexf', 'GEXF', 'Save the visible graph as GEXF (Gephi)', opts.onExportGexf),
    );
  }

  setLayoutRunning(running: boolean): void {
    this.layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
    this.layoutButton.setAttribute('aria-pressed', String(running));
  }
}
