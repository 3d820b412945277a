// Starts a worker thread on a TypeScript module: geokg runs its sources through tsx, and a worker thread
// does not inherit the loader of the thread that made it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
