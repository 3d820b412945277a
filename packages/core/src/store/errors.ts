/** The store folder cannot be read or written as a geokg store; the message says which file and what to do. */
export class StoreError extends Error {
  override name = 'StoreError';
}
