// Extracts claims from a folder of articles and imports them: extract() gives the rows `geokg extract`
// prints, and store.import() takes them as they are. Usage: node extract-folder.mjs FOLDER [STORE] [DATE]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '@geokg/core';
import { extract } from '@geokg/extract';

const [folder, dir = 'data', reported] = process.argv.slice(2);
if (!folder) throw new Error('usage: node extract-folder.mjs FOLDER [STORE] [YYYY-MM-DD]');

const articles = readdirSync(folder)
  .filter((f) => /\.(txt|md|html?)$/.test(f))
  .sort();
// One list of rows per article: each is imported as its own document.
const rows = articles.map((f) => {
  const path = join(folder, f);
  return extract(readFileSync(path, 'utf8'), { doc: path, ...(reported ? { reported } : {}) });
});
for (const [i, r] of rows.entries())
  console.log(`${articles[i]}: ${r.filter((row) => row.type === 'claim').length} claims`);

const summary = await openStore(dir).import(rows);
console.log(JSON.stringify(summary));
