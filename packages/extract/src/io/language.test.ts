// The English check counts words as runs of letters, accented and non-Latin letters included.
import { describe, expect, it } from 'vitest';
import { guessEnglish } from './language.ts';

describe('guessEnglish', () => {
  it('counts accented words whole and reads French as not English', () => {
    const fr =
      'Le ministère des Affaires étrangères a déclaré mardi que la délégation arrivera à Genève ' +
      'après une réunion à Bruxelles, où les négociations reprendront dès la fin de la semaine prochaine.';
    const g = guessEnglish(fr);
    // 30 words: "ministère", "étrangères", "déclaré", "délégation", "à", "Genève"… each one word.
    expect(g.words).toBe(30);
    expect(g.english).toBe(false);
  });

  it('reads English with curly quotes and accents as English', () => {
    const en =
      'The ministry said on Tuesday that the delegation would arrive in Genève after a meeting in ' +
      'Brussels, where “talks” on the café workers’ strike would resume by the end of the week.';
    const g = guessEnglish(en);
    expect(g.words).toBe(32);
    expect(g.english).toBe(true);
  });
});
