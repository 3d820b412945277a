// The clause layer between tokens and patterns, without a parser: a sentence's tokens and mentions
// (view.ts) with noun-phrase chunks (chunks.ts), and per verb its voice and by-agent (voice.ts), its
// subject (subject.ts), its objects and the prepositional phrases that attach to it (args.ts), and where
// its clause ends (extent.ts). Patterns (match.ts) read these roles, not token positions.
import { argsOf, type Args } from './args.ts';
import { clauseEndOf } from './extent.ts';
import { documentIssuer, parallelSubjects, withParallel } from './parallel.ts';
import { subjectOf, type SubjectInfo } from './subject.ts';
import { ClauseView } from './view.ts';
import { agentOf, isPassive } from './voice.ts';

export type { SubjectInfo } from './subject.ts';
export type { Args } from './args.ts';

export class Clause extends ClauseView {
  private readonly subjects = new Map<number, SubjectInfo>();

  subject(v: number): SubjectInfo {
    let s = this.subjects.get(v);
    if (s) return s;
    // "issued a statement condemning …": the issuer's act; ", as did X": X's too (parallel.ts).
    const issue = documentIssuer(this, v);
    s = issue !== undefined ? this.subject(issue) : subjectOf(this, v);
    s = withParallel(s, this.isPassive(v) ? [] : parallelSubjects(this, v));
    s = this.theyAll(s);
    this.subjects.set(v, s);
    return s;
  }

  /**
   * "Kenya and Uganda said they would reopen the border": "they" after conjoined actors is all of them
   * (PLOVER_MANUAL "Compound and Reciprocal Actors"), though the pronoun resolved to the latest one.
   */
  private theyAll(s: SubjectInfo): SubjectInfo {
    if (s.mentions.length !== 1) return s;
    const p = this.mentions[s.mentions[0]!]!;
    if (p.via !== 'pronoun' || this.toks[p.start]!.lower !== 'they') return s;
    for (let k = 0; k < this.mentions.length; k++) {
      const m = this.mentions[k]!;
      if (m.start >= p.start || m.via === 'pronoun' || m.entity.id !== p.entity.id) continue;
      const group = [...this.conjoinedLeft(k), ...this.conjoinedRight(k).slice(1)];
      if (group.length > 1 && group.length <= 4) return { ...s, mentions: group };
    }
    return s;
  }

  isPassive(v: number): boolean {
    return isPassive(this, v);
  }

  agent(v: number): { mentions: number[]; from: number; to: number } | undefined {
    return agentOf(this, v);
  }

  clauseEnd(v: number): number {
    return clauseEndOf(this, v);
  }

  /** The verb's direct object and the prepositional phrases attached to it. */
  args(v: number, from = v + 1): Args {
    return argsOf(this, v, from, this.clauseEnd(v));
  }
}
