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
    this.subjects.set(v, s);
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
