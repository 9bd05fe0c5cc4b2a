import type { MastraCore } from '../core-client.js';

/**
 * Base of every resource class: a thin namespace over a client's request pipeline. Any client works: a full
 * `MastraClient`, or the resource-less `createClient(...)` when a host imports resources one by one.
 */
export abstract class APIResource {
  protected readonly _client: MastraCore;
  constructor(client: MastraCore) {
    this._client = client;
  }
}
