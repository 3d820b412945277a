// `geokg push` without the argument parser: the CLI parses flags and loads the graph, this prints
// progress and the summary and turns failures into one line and an exit code (no stack trace).
import type { GeoGraph } from '@geokg/core';
import { Neo4jConnectionError, PushAbortedError } from './errors.ts';
import { formatSummary, progressPrinter } from './progress.ts';
import type { ProgressOutput } from './progress.ts';
import { pushGraph } from './push.ts';
import type { PushOptions, PushSummary } from './push.ts';

export interface PushIo {
  stdout: ProgressOutput;
  stderr: ProgressOutput;
}

export interface PushOutcome {
  exitCode: number;
  summary?: PushSummary;
}

/** Exit codes: 0 pushed, 1 cannot connect or bad input, 2 failed during the push, 130 aborted. */
export async function runPush(
  graph: GeoGraph,
  options: PushOptions = {},
  io: PushIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<PushOutcome> {
  try {
    // GEOKG_NO_PROGRESS silences progress as it does for the rest of the CLI; the summary still prints.
    const quiet = Boolean(process.env.GEOKG_NO_PROGRESS);
    const summary = await pushGraph(graph, options, quiet ? undefined : progressPrinter(io.stderr));
    io.stdout.write(`${formatSummary(summary)}\n`);
    return { exitCode: 0, summary };
  } catch (e) {
    if (e instanceof Neo4jConnectionError || e instanceof RangeError) {
      io.stderr.write(`${e.message}\n`);
      return { exitCode: 1 };
    }
    if (e instanceof PushAbortedError) {
      io.stderr.write(`${e.message}\n`);
      return { exitCode: 130 };
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(
      `geokg neo4j: the push failed: ${message}. Run it again (it resumes); if it fails again, report this message.\n`,
    );
    return { exitCode: 2 };
  }
}
