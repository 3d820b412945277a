// Which entities may lend their names to later inputs. A generic name ("Foreign Ministry", "the army",
// "police", "Security Council" of some state) is a role of a state, not a name of one thing: the CAMEO actor
// codebook codes it as country + role (KAZGOV, IRQCOP), so the country comes from the text that says it, never
// from whatever another document stored under the bare words. Such entities are known by id only.
import type { Entity } from '../model/entity.ts';
import type { Registry } from './registry.ts';

/** Words that name a role or a kind of body, never one body: a name made only of these is generic. */
const ROLE_WORDS = new Set(
  (
    'the of for and on in to a an ' +
    'ministry ministries minister department office agency service services bureau directorate authority ' +
    'authorities administration government cabinet council committee commission court tribunal parliament ' +
    'assembly senate congress legislature presidency embassy consulate mission delegation police army navy ' +
    'military forces force troops guard guards command headquarters staff intelligence security defence ' +
    'defense foreign affairs interior home justice finance economy economic trade energy oil health ' +
    'education labour labor agriculture environment information communications transport culture ' +
    'national federal central state states supreme high constitutional general public people popular ' +
    'internal external border coast air naval special republican revolutionary joint prosecutor prosecutors ' +
    "office's spokesman spokesperson opposition rebels protesters union party group officials leadership " +
    'regime junta secretariat chamber'
  ).split(' '),
);

/** Kinds whose unnamed members are always roles (a ministry, an unnamed group) unless the name says more. */
const ROLE_KINDS = new Set(['GovernmentBody', 'Group']);

/** An id scoped to one document (`facility:55a24a44:key-pumping-station`): never reused elsewhere. */
const DOC_SCOPED = /^[a-z]+:[0-9a-f]{8}:/;

/** True when the name is made only of role words ("Foreign Ministry", "Ministry of Foreign Affairs"). */
export function isGenericName(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => ROLE_WORDS.has(w));
}

/**
 * Whether an entity stored from an earlier input may be found by its names in a later one: only named
 * things, never a document's unnamed things, unnamed groups or role bodies, nor a bare role name.
 */
export function lendsNames(e: Entity): boolean {
  if (e.kind === 'Document' || DOC_SCOPED.test(e.id)) return false;
  if (ROLE_KINDS.has(e.kind) && (isGenericName(e.name) || typeof e.props.role === 'string')) return false;
  return !isGenericName(e.name);
}

/** Adds an entity read back from the store: by its names when it lends them, else by id only. */
export function addStored(registry: Registry, e: Entity): void {
  if (lendsNames(e)) registry.add({ ...e, aliases: e.aliases.filter((a) => !isGenericName(a)) });
  else registry.addById(e);
}
