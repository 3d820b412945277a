import { describe, expect, it } from 'vitest';
import { initialPositions, loadPositions, savePositions } from './positions.ts';
import { fixtureDataset } from '../../test/support/test-dataset.ts';

class MemoryStorage {
  private m = new Map<string, string>();
  getItem = (k: string): string | null => this.m.get(k) ?? null;
  setItem = (k: string, v: string): void => void this.m.set(k, v);
}

describe('positions', () => {
  const { graph } = fixtureDataset();

  it('seeds the same positions for the same ids, whatever the node order', () => {
    const a = initialPositions(graph, new Map());
    const b = initialPositions(graph, new Map());
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect(new Set([...a.values()].map((p) => `${p.x},${p.y}`)).size).toBe(graph.order);
  });

  it('keeps saved positions and places a new node next to its placed neighbours', () => {
    const saved = new Map(
      [...initialPositions(graph, new Map())].filter(([k]) => k !== 'org:kaz:foreign-ministry'),
    );
    saved.set('state:KAZ', { x: 500, y: 500 });
    const p = initialPositions(graph, saved);
    expect(p.get('state:KAZ')).toEqual({ x: 500, y: 500 });
    const m = p.get('org:kaz:foreign-ministry')!;
    expect(Math.hypot(m.x - 500, m.y - 500)).toBeLessThan(2);
  });

  it('saves and loads per graph id, ignoring corrupt entries', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    savePositions('g1', [['a', { x: 1.23456, y: -2 }]], storage);
    expect(loadPositions('g1', storage).get('a')).toEqual({ x: 1.235, y: -2 });
    expect(loadPositions('g2', storage).size).toBe(0);
    storage.setItem('geokg:layout:g3', '{nope');
    expect(loadPositions('g3', storage).size).toBe(0);
  });
});
