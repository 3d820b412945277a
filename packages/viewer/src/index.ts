// @geokg/viewer: the browser viewer (src/app, built with Vite) and the Node server that serves it with
// the graph. The CLI's `geokg view` calls runView(); other tools may call serveViewer() with any GeoGraph.
export { serveViewer } from './server/serve.ts';
export type { ServeViewerOptions, ViewerServer } from './server/serve.ts';
export { buildViewer, isBuildCurrent, sourceFingerprint, DEFAULT_DIST_DIR } from './server/build.ts';
export type { BuildOptions, BuildResult } from './server/build.ts';
export { toViewerPayload, viewerOntology } from './server/payload.ts';
export type { ViewerInput, PayloadOptions } from './server/payload.ts';
export { ViewerError } from './server/errors.ts';
export { runView, DEFAULT_VIEW_PORT } from './command.ts';
export { TOP_N, selectSubgraph, selectionOf } from './server/subgraph.ts';
export type { Selection } from './server/subgraph.ts';
export type { RunViewOptions } from './command.ts';
export { PAYLOAD_FORMAT } from './shared/payload.ts';
export type { ViewerPayload, ViewerOntology, KindInfo, PredicateInfo } from './shared/payload.ts';
