import { MastraCore } from './core-client.js';
import { Agents } from './resources/agents.js';
import { Auth } from './resources/auth.js';
import { Builder } from './resources/builder.js';
import { Catalog } from './resources/catalog.js';
import { Datasets } from './resources/datasets.js';
import { Observability } from './resources/observability.js';
import { Schedules } from './resources/schedules.js';
import { StoredAgents } from './resources/stored-agents.js';
import { System } from './resources/system.js';
import { Tools } from './resources/tools.js';
import { Workflows } from './resources/workflows.js';

export { MastraCore, createClient } from './core-client.js';
export type { ClientOptions, FetchLike, FinalRequest, RequestOptions } from './core-client.js';

/**
 * Typed client for a Mastra 1.x server, with every resource. Resources are created on first use.
 *
 * ```ts
 * const client = new MastraClient({ baseUrl: 'http://127.0.0.1:4111', headers: { authorization: `Bearer ${t}` } });
 * const agents = await client.agents.list();
 * ```
 *
 * Its getters keep every resource class in a host's bundle (a bundler cannot drop a class's getters), but
 * those classes are small: every resource except `agents` loads its method bodies and schemas with its first
 * call, from one chunk they share in a host's build. A failed load rejects that call with `APIConnectionError`.
 */
export class MastraClient extends MastraCore {
  private _agents?: Agents;
  private _tools?: Tools;
  private _workflows?: Workflows;
  private _storedAgents?: StoredAgents;
  private _builder?: Builder;
  private _observability?: Observability;
  private _auth?: Auth;
  private _system?: System;
  private _catalog?: Catalog;
  private _datasets?: Datasets;
  private _schedules?: Schedules;

  /** Code and stored agents at runtime: list, run, stream, approve tool calls. */
  get agents(): Agents {
    return (this._agents ??= new Agents(this));
  }
  /** Registered tools. */
  get tools(): Tools {
    return (this._tools ??= new Tools(this));
  }
  /** Workflows, their runs and streams. */
  get workflows(): Workflows {
    return (this._workflows ??= new Workflows(this));
  }
  /** Stored (builder) agents and their versions. */
  get storedAgents(): StoredAgents {
    return (this._storedAgents ??= new StoredAgents(this));
  }
  /** Agent Builder settings and models. */
  get builder(): Builder {
    return (this._builder ??= new Builder(this));
  }
  /** Traces, spans, metrics. */
  get observability(): Observability {
    return (this._observability ??= new Observability(this));
  }
  /** Auth capabilities, current user, sign-in. */
  get auth(): Auth {
    return (this._auth ??= new Auth(this));
  }
  /** Health, packages, capability probes. */
  get system(): System {
    return (this._system ??= new System(this));
  }
  /** Everything a primitive picker needs in one call. */
  get catalog(): Catalog {
    return (this._catalog ??= new Catalog(this));
  }
  /** Datasets and their items (builder-ui keeps its review ledger in one). */
  get datasets(): Datasets {
    return (this._datasets ??= new Datasets(this));
  }
  /** Workflow schedules: list, edit, pause, resume, run now, fire history (no stored request context). */
  get schedules(): Schedules {
    return (this._schedules ??= new Schedules(this));
  }
}
