// The problems of one input file, collected by line so that a reader reports every one at once and then
// refuses the whole file: shared by the fact-file reader (facts/read.ts) and the claim-row reader
// (rows/read.ts).
import { InputError } from '../errors.ts';
import type { Problem } from '../errors.ts';

export class ProblemCollector {
  readonly problems: Problem[] = [];

  constructor(
    readonly file: string,
    /** Problems found before (the parser's), kept first. */
    earlier: readonly Problem[] = [],
  ) {
    this.problems.push(...earlier);
  }

  add(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }

  /** Throws an InputError listing every problem in line order, when there is one. */
  throwIfAny(): void {
    if (this.problems.length) throw new InputError(this.problems.sort((a, b) => a.line - b.line));
  }
}

/**
 * The keys of `raw` that `allowed` lacks: a misspelt or misplaced key would otherwise be ignored silently.
 * Used by every strict reader: the ontology's schema files, fact files, claim rows, the development set.
 */
export function unknownKeys(raw: object, allowed: ReadonlySet<string> | readonly string[]): string[] {
  const ok = allowed instanceof Set ? allowed : new Set(allowed as readonly string[]);
  return Object.keys(raw).filter((k) => !ok.has(k));
}

/** `unknown key(s) "a", "b"; allowed: x, y`, the message for unknownKeys' result. */
export function unknownKeysMessage(extra: readonly string[], allowed: Iterable<string>): string {
  return `unknown key(s) ${extra.map((k) => `"${k}"`).join(', ')}; allowed: ${[...allowed].join(', ')}`;
}
