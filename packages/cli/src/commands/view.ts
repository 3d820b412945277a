// `geokg view`: serves the sigma.js viewer for the store on 127.0.0.1 until Ctrl-C.
import { StoreError, UsageError, openStore } from '@geokg/core';
import type { Command } from 'commander';

export function viewCommand(program: Command): void {
  program
    .command('view')
    .description('serve the graph viewer for the store on 127.0.0.1 and print its URL')
    .option('--port <n>', 'port (default 4178, or a free one when taken; 0 picks a free one)')
    .option('--open', 'open the URL in the default browser')
    .action(async (opts: { port?: string; open?: boolean }, cmd: Command) => {
      const { store } = cmd.optsWithGlobals<{ store: string }>();
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
        throw new UsageError(`geokg view: --port "${opts.port}" must be a whole number from 0 to 65535`);
      }
      if (!openStore(store).exists()) {
        throw new StoreError(`geokg view: no store at ${store}; run \`geokg build --store ${store}\` first`);
      }
      const { runView } = await import('@geokg/viewer');
      const server = await runView({
        store,
        ...(port !== undefined ? { port } : {}),
        ...(opts.open ? { open: true } : {}),
      });
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
