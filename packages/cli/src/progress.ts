// Progress on long work: a bar on a terminal, nothing when stderr is piped (so logs stay clean).
import { SingleBar, Presets } from 'cli-progress';
import { noProgress, quiet } from './config.ts';

export interface Progress {
  update(done: number, total?: number): void;
  stop(): void;
}

export function progress(label: string, total = 0): Progress {
  if (!process.stderr.isTTY || noProgress()) return { update() {}, stop() {} };
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% {value}/{total} {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update(done, t) {
      if (t !== undefined) bar.setTotal(t);
      bar.update(done);
    },
    stop() {
      bar.stop();
    },
  };
}

/** A line on stderr: what the command is doing, for people and logs. */
export const say = (text: string): void => {
  if (!quiet()) process.stderr.write(`${text}\n`);
};
