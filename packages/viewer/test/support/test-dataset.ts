// Test helper: the fixture graph as the browser sees it (through the server's payload).
import { toViewerPayload } from '../../src/server/payload.ts';
import { fixtureGraph } from './fixture-graph.ts';
import type { Dataset } from '../../src/app/dataset.ts';
import { datasetOf } from '../../src/app/dataset.ts';

export const fixtureDataset = (): Dataset =>
  datasetOf(JSON.parse(JSON.stringify(toViewerPayload(fixtureGraph()))));
