import { describe, expect, it } from 'vitest';
import { triggerSegments } from './trigger-text.ts';

describe('triggerSegments', () => {
  it('marks triggers given in document offsets, merging overlaps', () => {
    const text = 'Astana has formally requested an explanation from Kyiv.';
    const base = 100;
    const at = (w: string) => base + text.indexOf(w);
    const segs = triggerSegments({
      text,
      start: base,
      triggers: [
        { start: at('requested'), end: at('requested') + 9 },
        { start: at('requested an'), end: at('an explanation') + 14 },
      ],
    });
    expect(segs).toEqual([
      { text: 'Astana has formally ', trigger: false },
      { text: 'requested an explanation', trigger: true },
      { text: ' from Kyiv.', trigger: false },
    ]);
  });

  it('keeps markup-looking text as plain text and ignores triggers without a sentence offset', () => {
    const text = 'by <img src=x onerror=alert(1)> separatists';
    expect(triggerSegments({ text, triggers: [{ start: 0, end: 2 }] })).toEqual([{ text, trigger: false }]);
  });

  it('clips triggers that run past the sentence', () => {
    expect(triggerSegments({ text: 'abc', start: 10, triggers: [{ start: 12, end: 40 }] })).toEqual([
      { text: 'ab', trigger: false },
      { text: 'c', trigger: true },
    ]);
  });
});
