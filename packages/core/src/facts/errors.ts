import { GeokgError } from '../errors.ts';

/** One problem in an input file, at a line. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** An input file that cannot be imported; it lists every problem found, each as `file:line: problem`. */
export class InputError extends GeokgError {
  override name = 'InputError';
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const shown = problems.slice(0, 20).map((p) => `${p.file}:${p.line}: ${p.message}`);
    if (problems.length > 20) shown.push(`… and ${problems.length - 20} more problems`);
    super(shown.join('\n'), 'input');
    this.problems = problems;
  }
}
