// The JSON Lines contract lives in core (export and import use it too); extract writes it.
export { entityRow, claimRow, toJsonl } from '@geokg/core';
export type { EntityRow, ClaimRow } from '@geokg/core';
