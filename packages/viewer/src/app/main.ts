// Entry point of the browser app: load the graph, build the app, report failures on the page.
import { App } from './app.ts';
import { datasetOf } from './dataset.ts';
import { byId, el } from './dom.ts';
import { setClaimsPart } from './load-claims.ts';
import { loadPayload } from './load-payload.ts';
import { subsetQuery } from '../shared/subset.ts';
import { initHook, metrics } from './test-hook.ts';

async function main(): Promise<void> {
  initHook();
  try {
    // A part of a big store, chosen by the page's own query (`?kind=State&top=500`), from the server.
    const part = subsetQuery(location.search);
    setClaimsPart(part);
    const { payload, bytes } = await loadPayload(part ? `./api/graph.json?${part}` : undefined);
    metrics.payloadLoaded = performance.now();
    metrics.payloadBytes = bytes;
    const ds = datasetOf(payload);
    metrics.datasetReady = performance.now();
    document.title = `${ds.title} · geokg viewer`;
    new App(ds);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    window.__geokg.error = message;
    byId('status').textContent = 'The graph could not be shown.';
    byId('graph').append(el('p', { class: 'fatal', text: message }));
    console.error(e);
  }
}

void main();
