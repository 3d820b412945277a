// Test helper: the fixture graph as the browser sees it (through the server's payload).
import { toViewerPayload } from '../server/payload.ts';
import { fixtureGraph } from '../../test/support/fixture-graph.ts';
import type { Dataset } from './dataset.ts';
import { datasetOf } from './dataset.ts';

export const fixtureDataset = (): Dataset =>
  datasetOf(JSON.parse(JSON.stringify(toViewerPayload(fixtureGraph()))));
