// The country of a bare "the air force" that took it from context: the reporting military's or
// government's, not that of a state its object names.
import type { Candidate } from './candidate.ts';
import type { DocState } from './doc-state.ts';
import { countryOf } from './owners.ts';

/** Roles of a state's government and forces: who reports what its unnamed forces did. */
const STATE_CODES = new Set(['GOV', 'MIL']);

/**
 * "…, the air force has attacked …, said the Israeli military": armed forces that took their country from
 * context take instead the country of the military named with its state in the sentence, else of the one
 * government named with its state there (who reports it), not of a state their object names.
 */
export function sameRoleCountry(out: Candidate[], doc: DocState): void {
  for (const [n, c] of out.entries()) {
    if (!c.fromContext || c.code !== 'MIL') continue;
    const own = out.filter((o) => !o.fromContext && o.code && countryOf(o.entity));
    const same = own.find((o) => o.code === c.code);
    const states = new Set(own.filter((o) => STATE_CODES.has(o.code!)).map((o) => countryOf(o.entity)));
    const iso = same ? countryOf(same.entity) : states.size === 1 ? [...states][0] : undefined;
    const e = iso ? doc.roleActor(c.code, iso) : undefined;
    if (e) out[n] = { ...c, entity: e };
  }
}
