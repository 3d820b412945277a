// `geokg view`: loads the store, serves the viewer on loopback and prints the URL. The CLI only parses
// flags and calls runView(); this keeps the whole command testable without a shell.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { DEFAULT_STORE_DIR, defaultOntology, openStore } from '@geokg/core';
import { TOP_N, selectSubgraph, selectionOf } from './server/subgraph.ts';
import type { Selection } from './server/subgraph.ts';
import { ViewerError } from './server/errors.ts';
import { serveViewer } from './server/serve.ts';
import type { ViewerServer } from './server/serve.ts';

/** The default port: fixed so that the page's origin, and with it the saved layout, survives restarts. */
export const DEFAULT_VIEW_PORT = 4178;

export interface RunViewOptions {
  /** Store folder (default ./data). */
  store?: string;
  /** Port; 0 picks a free one. Default 4178, or a free one when 4178 is taken. */
  port?: number;
  host?: string;
  /** Open the URL in the default browser. */
  open?: boolean;
  /** Where progress lines go (default stdout). */
  print?: (line: string) => void;
  /**
   * The part to send (server/subgraph.ts). Without it, a store of up to TOP_N nodes is sent whole and a
   * bigger one as its TOP_N nodes of highest degree.
   */
  select?: Selection;
}

function openBrowser(url: string, print: (line: string) => void): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () => print(`geokg view: could not open a browser (${cmd}); open ${url} yourself`));
  child.unref();
}

export async function runView(opts: RunViewOptions = {}): Promise<ViewerServer> {
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dir = resolve(opts.store ?? DEFAULT_STORE_DIR);
  const store = openStore(dir);
  if (!store.exists()) {
    throw new ViewerError(
      `geokg view: no store at ${dir}; run \`geokg build --store ${dir}\` first`,
      'store',
    );
  }
  const ontology = defaultOntology();
  const total = (await store.stats()).nodes;
  const whole = !opts.select && total <= TOP_N;
  const graph = whole ? await store.load() : await selectSubgraph(store, ontology, opts.select);
  if (!whole)
    print(
      `geokg view: ${total} nodes in the store; sending ${graph.graph.order} (${opts.select ? 'the selection' : `the ${TOP_N} of highest degree`}; choose with --top, --kind, --country, --from, --to, --around)`,
    );
  const serve = (port: number): Promise<ViewerServer> =>
    serveViewer({
      graph,
      // The page's parameters refine the command's flags (`--top 2000`, then `?kind=State`).
      select: async (params) => selectSubgraph(store, ontology, { ...opts.select, ...selectionOf(params) }),
      port,
      ...(opts.host ? { host: opts.host } : {}),
      id: `store:${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`,
      title: basename(dir),
    });
  let server: ViewerServer;
  try {
    server = await serve(opts.port ?? DEFAULT_VIEW_PORT);
  } catch (e) {
    // Only the default port falls back; a port the user asked for is theirs to change.
    if (opts.port !== undefined || !(e instanceof ViewerError) || !/in use/.test(e.message)) throw e;
    server = await serve(0);
  }
  print(
    `geokg view: ${graph.graph.order} nodes, ${graph.graph.size} edges, ${graph.claimCount} claims from ${dir}`,
  );
  print(`geokg view: serving ${server.url} (Ctrl-C to stop)`);
  if (opts.open) openBrowser(server.url, print);
  return server;
}
