// Fetches the graph from the server that served the page.
import type { ViewerPayload } from '../shared/payload.ts';

export async function loadPayload(
  url = './api/graph.json',
): Promise<{ payload: ViewerPayload; bytes: number }> {
  const res = await fetch(url, { cache: 'no-store' });
  if (res.status === 400) throw new Error(`geokg viewer: ${(await res.text()).trim()}`);
  if (!res.ok)
    throw new Error(`geokg viewer: ${url} answered ${res.status}; is \`geokg view\` still running?`);
  const text = await res.text();
  return { payload: JSON.parse(text) as ViewerPayload, bytes: text.length };
}
