// `geokg view`: serves the sigma.js viewer for the store on 127.0.0.1 until Ctrl-C.
import { StoreError, UsageError, openStore } from '@geokg/core';
import type { Command } from 'commander';

export function viewCommand(program: Command): void {
  program
    .command('view')
    .description('serve the graph viewer for the store on 127.0.0.1 and print its URL')
    .option('--port <n>', 'port (default 4178, or a free one when taken; 0 picks a free one)')
    .option('--open', 'open the URL in the default browser')
    .option('--top <n>', 'send at most the N nodes of highest degree (default: all up to 5000, else 5000)')
    .option('--kind <kind>', 'only nodes of this kind or a kind under it')
    .option('--country <iso3>', 'only nodes of this country')
    .option('--from <date>', 'only claims dated on or after this ISO date')
    .option('--to <date>', 'only claims dated on or before this ISO date')
    .option('--around <id>', 'only this node and its neighbours')
    .option('--depth <n>', 'with --around: how many edges away (1 to 3, default 1)')
    .action(
      async (
        opts: { port?: string; open?: boolean } & Record<string, string | boolean | undefined>,
        cmd: Command,
      ) => {
        const { store } = cmd.optsWithGlobals<{ store: string }>();
        const port = opts.port === undefined ? undefined : Number(opts.port);
        if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
          throw new UsageError(`geokg view: --port "${opts.port}" must be a whole number from 0 to 65535`);
        }
        if (!openStore(store).exists()) {
          throw new StoreError(
            `geokg view: no store at ${store}; run \`geokg build --store ${store}\` first`,
          );
        }
        const { runView, selectionOf } = await import('@geokg/viewer');
        const params = new URLSearchParams();
        for (const k of ['top', 'kind', 'country', 'from', 'to', 'around', 'depth'])
          if (typeof opts[k] === 'string') params.set(k, opts[k]);
        const server = await runView({
          ...(params.size ? { select: selectionOf(params) } : {}),
          store,
          ...(port !== undefined ? { port } : {}),
          ...(opts.open ? { open: true } : {}),
        });
        await new Promise<void>((resolve) => {
          const stop = () => void server.close().then(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      },
    );
}
