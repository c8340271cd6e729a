/** http(s) fetching (placeholder: the ingest work adds timeouts, caps and address checks). */
import { InputError } from './decode.js';

/** A fetched page. */
export interface Page {
  url: string;
  contentType: string;
  body: Uint8Array;
}

/** Fetches a URL. */
export async function fetchUrl(url: string, _opts: { allowPrivateNetwork: boolean }): Promise<Page> {
  throw new InputError('E_FETCH', `${url}: fetching URLs is not implemented yet`);
}
