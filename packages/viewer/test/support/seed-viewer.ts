// The seed graph served the way a person gets it: `geokg build` into a temp store, `geokg import` of a
// fact file whose names are markup (the XSS check), then `geokg view --port 0`, whose printed URL we use.
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const REPO = resolve(import.meta.dirname, '../../../..');
export const XSS = '<img src=x onerror=alert(1)>';
export const XSS_GROUP = `Separatists ${XSS}`;

const run = promisify(execFile);
export const geokg = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {
    cwd: REPO,
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });

export interface SeedViewer {
  url: string;
  store: string;
  output: string;
  close(): Promise<void>;
}

const XSS_FACTS = `# An armed group whose name is markup: the viewer must show these characters, never run them.
entities:
  - { kind: ArmedGroup, name: '${XSS_GROUP}', aliases: ['${XSS}'] }
facts:
  - subject: '${XSS_GROUP}'
    predicate: threatens
    object: org:caspian-pipeline-consortium
    modality: hypothetical
    confidence: 0.3
    quote: 'A post signed ${XSS} threatened the consortium.'
`;

export async function startSeedViewer(opts: { withMarkupFacts?: boolean } = {}): Promise<SeedViewer> {
  const store = mkdtempSync(join(tmpdir(), 'geokg-e2e-store-'));
  await geokg(['build', '--store', store]);
  if (opts.withMarkupFacts) {
    const facts = `${store}-xss.yaml`;
    writeFileSync(facts, XSS_FACTS);
    try {
      await geokg(['import', facts, '--store', store]);
    } finally {
      rmSync(facts, { force: true });
    }
  }
  return startStoreViewer(store);
}

/**
 * `geokg view --store STORE --port 0 [args]` in its own process; close() stops it and removes the
 * store. `output` is what it printed up to its URL.
 */
export async function startStoreViewer(store: string, args: string[] = []): Promise<SeedViewer> {
  // Its own process group, so close() ends tsx and the node process it runs, and nothing else.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'packages/cli/src/main.ts', 'view', '--store', store, '--port', '0', ...args],
    {
      cwd: REPO,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`geokg view printed no URL in 180 s:\n${output}`)),
      180_000,
    );
    const onData = (b: Buffer): void => {
      output += b.toString();
      const m = /serving (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`geokg view exited (${code}) before serving:\n${output}`));
    });
  });
  return {
    url,
    store,
    output,
    close: async () => {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
      rmSync(store, { recursive: true, force: true });
    },
  };
}
