// Reads the development set: one hand-coded sentence a line (format in packages/extract/devset/README.md).
// A bad line stops the run with file:line: problem, exit code 1, before anything is scored.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GeokgError, PLOVER_CATEGORIES, unknownKeys, unknownKeysMessage } from '@geokg/core';

export const DEFAULT_DEVSET = fileURLToPath(
  new URL('../../packages/extract/devset/sentences.jsonl', import.meta.url),
);

/** PLOVER Draft 0.8's sixteen event categories (PLOVER_MANUAL.tex, sections AGREE … ASSAULT): the ontology's. */
export const CATEGORIES = PLOVER_CATEGORIES;

// The keys each line and event may have, checked as strictly as the ontology's schema files are.
const SENTENCE_KEYS = ['id', 'text', 'date', 'events', 'source', 'note'];
const EVENT_KEYS = ['actor', 'recipient', 'category', 'mode', 'alt'];

/** An actor code: a country (ISO-3), `IGO`, or `---` (no country), then an optional CAMEO role: `PAK:GOV`. */
const ACTOR = /^([A-Z]{3}|---)(:[A-Z]{2,8})?$/;

export interface GoldEvent {
  actor: string;
  /** null: the event has no recipient (PLOVER "Requires recipient: No"). */
  recipient: string | null;
  category: string;
  mode?: string;
  /** Other (actor country|recipient country) pairs a coder would also accept, e.g. both sides of a meeting. */
  alt?: string[];
}

export interface DevSentence {
  id: string;
  text: string;
  date?: string;
  events: GoldEvent[];
  source: {
    url: string;
    licence: string;
    title?: string;
    repo?: string;
    path?: string;
    commit?: string;
    via?: string;
  };
  note?: string;
}

/** The country part of an actor code: `PAK:GOV` → `PAK`, `IGO:UNO` → `IGO`. */
export const country = (code: string): string => code.split(':')[0]!;

function check(value: unknown, at: string): DevSentence {
  const fail = (problem: string): never => {
    throw new GeokgError(`${at}: ${problem}`, 'input');
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not a JSON object');
  const s = value as Record<string, unknown>;
  const extra = unknownKeys(s, SENTENCE_KEYS);
  if (extra.length) fail(unknownKeysMessage(extra, SENTENCE_KEYS));
  if (typeof s.id !== 'string' || !s.id) fail('"id" must be a non-empty string');
  if (typeof s.text !== 'string' || !s.text.trim()) fail('"text" must be a non-empty string');
  if (s.date !== undefined && (typeof s.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s.date)))
    fail('"date" must be YYYY-MM-DD');
  if (!Array.isArray(s.events)) fail('"events" must be an array (empty when the sentence has no event)');
  (s.events as unknown[]).forEach((e, i) => {
    const ev = e as Record<string, unknown>;
    const where = `events[${i}]`;
    if (typeof ev !== 'object' || ev === null) fail(`${where} is not an object`);
    const extraInEvent = unknownKeys(ev, EVENT_KEYS);
    if (extraInEvent.length) fail(`${where}: ${unknownKeysMessage(extraInEvent, EVENT_KEYS)}`);
    if (typeof ev.actor !== 'string' || !ACTOR.test(ev.actor))
      fail(`${where}.actor must look like PAK:GOV or ---:REB`);
    if (ev.recipient !== null && (typeof ev.recipient !== 'string' || !ACTOR.test(ev.recipient)))
      fail(`${where}.recipient must be an actor code or null`);
    if (!CATEGORIES.includes(ev.category as (typeof CATEGORIES)[number]))
      fail(`${where}.category "${String(ev.category)}" is not a PLOVER category (${CATEGORIES.join(', ')})`);
    if (ev.mode !== undefined && typeof ev.mode !== 'string') fail(`${where}.mode must be a string`);
    if (
      ev.alt !== undefined &&
      (!Array.isArray(ev.alt) || !ev.alt.every((a) => /^\S+\|\S+$/.test(String(a))))
    )
      fail(`${where}.alt must be a list of "ACTOR|RECIPIENT" country pairs`);
  });
  const src = s.source as Record<string, unknown> | undefined;
  if (typeof src !== 'object' || src === null) fail('"source" must be an object with url and licence');
  if (typeof src!.url !== 'string' || typeof src!.licence !== 'string')
    fail('"source" needs "url" and "licence"');
  return s as unknown as DevSentence;
}

export function parseDevset(text: string, file: string): DevSentence[] {
  const out: DevSentence[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const at = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new GeokgError(`${at}: not valid JSON (${(e as Error).message})`, 'input');
    }
    const s = check(value, at);
    if (seen.has(s.id)) throw new GeokgError(`${at}: id "${s.id}" is used twice`, 'input');
    seen.add(s.id);
    out.push(s);
  });
  return out;
}

export function loadDevset(file = DEFAULT_DEVSET): DevSentence[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new GeokgError(`${file}: cannot read the development set (${(e as Error).message})`, 'input');
  }
  return parseDevset(text, file);
}
