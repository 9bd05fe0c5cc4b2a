import type { MastraClient } from '../client.js';

/** Base of every resource class: a thin namespace over the client's request pipeline. */
export abstract class APIResource {
  protected readonly _client: MastraClient;
  constructor(client: MastraClient) {
    this._client = client;
  }
}
