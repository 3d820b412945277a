// A claim's sentence with its trigger words marked. Offsets in the claim are document offsets; the
// sentence starts at evidence.start, so triggers are shifted, clipped and merged before marking.
import type { Evidence } from '@geokg/core';
import { el } from './dom.ts';

export interface Segment {
  text: string;
  trigger: boolean;
}

export function triggerSegments(ev: Pick<Evidence, 'text' | 'start' | 'triggers'>): Segment[] {
  const text = ev.text ?? '';
  const base = ev.start ?? 0;
  const spans = (ev.start === undefined ? [] : (ev.triggers ?? []))
    .map((t) => [Math.max(0, t.start - base), Math.min(text.length, t.end - base)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), trigger: false });
    out.push({ text: text.slice(s, e), trigger: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), trigger: false });
  return out;
}

/** The sentence as DOM: text nodes and <mark> elements holding text nodes, nothing parsed. */
export function triggerText(ev: Pick<Evidence, 'text' | 'start' | 'triggers'>): HTMLElement {
  return el(
    'blockquote',
    { class: 'sentence' },
    triggerSegments(ev).map((s) => (s.trigger ? el('mark', { text: s.text }) : s.text)),
  );
}
