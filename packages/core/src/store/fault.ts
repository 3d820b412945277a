// Test-only fault points in the commit (test/faults): GEOKG_FAULT=kill:STEP makes the process SIGKILL
// itself when the commit reaches STEP, stop:STEP makes it SIGSTOP itself there (a test resumes it with
// SIGCONT), so every step of the commit window can be crashed or raced on purpose. Unset, it costs a lookup.

/** The steps of StoreWriter.commit(), in order. */
export const COMMIT_STEPS = [
  'segment-written', // both segment files flushed, still under temporary names
  'entities-renamed',
  'claims-renamed',
  'manifest-written', // the new manifest flushed under its temporary name
  'manifest-renamed', // committed; the lock is still held
] as const;

export type CommitStep = (typeof COMMIT_STEPS)[number];

let hook: ((step: CommitStep) => void) | undefined;

/** In-process tests: a function called at each step (undefined to remove it). */
export function setCommitHook(fn: ((step: CommitStep) => void) | undefined): void {
  hook = fn;
}

export function commitStep(step: CommitStep): void {
  hook?.(step);
  faultPoint(step);
}

/**
 * A fault point by name: a commit step, or one of another command (`geokg push` names
 * `push-<phase>-<n>`, reached once its n-th batch of that phase is committed).
 */
export function faultPoint(step: string): void {
  const fault = process.env['GEOKG_FAULT'];
  if (!fault) return;
  const [action, at] = fault.split(':');
  if (at !== step) return;
  if (action === 'kill') process.kill(process.pid, 'SIGKILL');
  else if (action === 'stop') process.kill(process.pid, 'SIGSTOP');
}
