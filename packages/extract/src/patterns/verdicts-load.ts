// The verdicts: section (verdicts.yaml): verbs that name an act or an actor with a judgement ("called the
// bombing a cowardly act", "described X as a valuable partner") and the words that make the verdict, each
// class with its CAMEO code. relations/verdict.ts reads them.
import type { Ontology } from '@geokg/core';
import type { PatternFile, Path } from './source.ts';
import type { Lexicon, VerdictClass } from './types.ts';

export function addVerdicts(lex: Lexicon, f: PatternFile, ontology: Ontology): void {
  if (f.data.verdicts === undefined) return;
  if (lex.verdicts) f.fail(['verdicts'], 'verdicts: is given twice; keep one verdicts section');
  const d = f.keys(['verdicts'], f.data.verdicts, ['verbs', 'classes'], 'verdicts');
  const verbs = new Set(
    f.strings(['verdicts', 'verbs'], d.verbs, 'verdicts.verbs').map((w) => w.toLowerCase()),
  );
  if (!verbs.size) f.fail(['verdicts', 'verbs'], 'verdicts.verbs lists no verb');
  if (!Array.isArray(d.classes)) f.fail(['verdicts', 'classes'], 'verdicts.classes must be a list');
  const words = new Map<string, { words: string[]; cls: VerdictClass }[]>();
  (d.classes as unknown[]).forEach((raw, i) => {
    const path: Path = ['verdicts', 'classes', i];
    const c = f.keys(path, raw, ['name', 'code', 'words'], 'a verdict class');
    const code = f.code([...path, 'code'], c.code, 'code');
    const edge = code === '---' ? undefined : ontology.edgeForCameo(code);
    if (!edge) f.fail([...path, 'code'], `CAMEO code ${code} maps to no edge of the ontology`);
    const cls: VerdictClass = { name: f.string([...path, 'name'], c.name, 'name'), code, origin: f.at(path) };
    const list = f.strings([...path, 'words'], c.words, 'words');
    if (!list.length) f.fail([...path, 'words'], `verdict class "${cls.name}" has no words`);
    for (const w of list) {
      const parts = w.toLowerCase().split('_').filter(Boolean);
      words.set(parts[0]!, [...(words.get(parts[0]!) ?? []), { words: parts, cls }]);
    }
  });
  lex.verdicts = { verbs, words };
}
