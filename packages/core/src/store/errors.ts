import { GeokgError } from '../errors.ts';

/** The store folder cannot be read or written as a geokg store; the message says which file and what to do. */
export class StoreError extends GeokgError {
  override name = 'StoreError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'store', options);
  }
}
