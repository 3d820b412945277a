// The complements: section (complements.yaml): governing verbs whose complement act is recoded as the
// expression PLOVER codes ("agreed to meet" → AGREE 036), and the future tense's recoding.
import type { Ontology } from '@geokg/core';
import type { PatternFile, Path } from './source.ts';
import type { ComplementClass, Lexicon } from './types.ts';

const KEYS = [
  'name',
  'governors',
  'future',
  'roots',
  'otherwise',
  'negated',
  'thatClause',
  'modals',
  'afterBe',
  'ownWordsForThreat',
  'subjectControl',
];

export function addComplements(lex: Lexicon, f: PatternFile, ontology: Ontology): void {
  if (f.data.complements === undefined) return;
  if (!Array.isArray(f.data.complements)) f.fail(['complements'], 'complements must be a list');
  const byName = new Map<string, ComplementClass>();
  const negated: [ComplementClass, string, Path][] = [];
  (f.data.complements as unknown[]).forEach((raw, i) => {
    const path: Path = ['complements', i];
    const c = f.keys(path, raw, KEYS, 'a complement class');
    const code = (p: Path, v: unknown, what: string): string => {
      const k = f.code(p, v, what);
      if (k !== '---' && !ontology.edgeForCameo(k))
        f.fail(p, `CAMEO code ${k} maps to no edge of the ontology`);
      return k;
    };
    const rootsRaw = f.keys([...path, 'roots'], c.roots, Object.keys((c.roots ?? {}) as object), 'roots');
    const roots: [string, string][] = Object.entries(rootsRaw)
      .map(([root, v]): [string, string] => {
        if (!/^\d{1,4}$/.test(root))
          f.fail([...path, 'roots', root], `root "${root}" must be 1 to 4 digits`, true);
        return [root, code([...path, 'roots', root], v, `roots.${root}`)];
      })
      .sort((a, b) => b[0].length - a[0].length);
    const future = f.bool([...path, 'future'], c.future, 'future') ?? false;
    const governors = f.strings([...path, 'governors'], c.governors, 'governors').map((w) => w.toLowerCase());
    if (!future && !governors.length) f.fail(path, 'a complement class needs governors: or future: true');
    let thatClause: ComplementClass['thatClause'];
    if (c.thatClause !== undefined) {
      const v = f.string([...path, 'thatClause'], c.thatClause, 'thatClause');
      if (v !== 'subjunctive' && v !== 'modal' && v !== 'self' && v !== 'fact' && v !== 'promise')
        f.fail(
          [...path, 'thatClause'],
          `thatClause must be subjunctive, modal, self, fact or promise, not "${v}"`,
        );
      thatClause = v;
    }
    const modals = new Set(
      c.modals === undefined
        ? []
        : f.strings([...path, 'modals'], c.modals, 'modals').map((w) => w.toLowerCase()),
    );
    if ((thatClause === 'modal' || thatClause === 'self' || thatClause === 'promise') && !modals.size)
      f.fail([...path, 'thatClause'], `thatClause: ${thatClause} needs modals: (must, should, would …)`);
    const afterBe = f.bool([...path, 'afterBe'], c.afterBe, 'afterBe') ?? false;
    const ownWords =
      f.bool([...path, 'ownWordsForThreat'], c.ownWordsForThreat, 'ownWordsForThreat') ?? false;
    const subjectControl = f.bool([...path, 'subjectControl'], c.subjectControl, 'subjectControl') ?? false;
    const cls: ComplementClass = {
      name: f.string([...path, 'name'], c.name, 'name'),
      roots,
      ...(afterBe ? { afterBe } : {}),
      ...(subjectControl ? { subjectControl } : {}),
      ...(ownWords ? { ownWordsForThreat: ownWords } : {}),
      ...(thatClause ? { thatClause } : {}),
      modals,
      ...(c.otherwise !== undefined
        ? { otherwise: code([...path, 'otherwise'], c.otherwise, 'otherwise') }
        : {}),
      origin: f.at(path),
    };
    byName.set(cls.name, cls);
    if (c.negated !== undefined)
      negated.push([cls, f.string([...path, 'negated'], c.negated, 'negated'), [...path, 'negated']]);
    if (future) lex.future = cls;
    for (const g of governors) {
      if (lex.governors.has(g))
        f.fail([...path, 'governors'], `governor "${g}" is already in class ${lex.governors.get(g)!.name}`);
      lex.governors.set(g, cls);
    }
  });
  for (const [cls, name, path] of negated) {
    const other = byName.get(name);
    if (!other)
      f.fail(path, `negated: names no class "${name}"; use one of ${[...byName.keys()].join(', ')}`);
    cls.negated = other;
  }
}

/** The code of the expression for a complement coded `cameo` (longest root prefix), else `otherwise`;
 * '---' (and undefined) leave the complement to be read on its own. */
export function recode(cls: ComplementClass, cameo: string | undefined): string | undefined {
  if (!cameo) return cls.otherwise;
  for (const [root, code] of cls.roots) if (cameo.startsWith(root)) return code;
  return undefined;
}
