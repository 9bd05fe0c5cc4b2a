/**
 * Type tests: the SDK's public return types. `expectTypeOf` is checked by `tsc` (`pnpm typecheck`, which
 * includes the test files); the runtime part only makes sure the calls exist on both ways of building a client.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  Agents,
  CatalogResource,
  MastraClient,
  StoredAgents,
  Workflows,
  createClient,
  errorKindOf,
  isRetryableError,
} from './index.js';
import type {
  Agent,
  AgentMap,
  AgentStreamChunk,
  AgentVersion,
  Catalog,
  CatalogItem,
  CatalogPolicy,
  MastraErrorKind,
  Stream,
  StoredAgent,
  StoredAgentList,
  ToolMap,
  Trace,
  TraceDeltaResult,
  UnavailableReason,
  Unsupported,
  Workflow,
  WorkflowRun,
  WorkflowStreamEvent,
  MastraCore,
} from './index.js';
import * as schemas from './schemas.js';
import type { Span } from './schemas.js';

describe('public types', () => {
  it('resources return their schema types', () => {
    const client = new MastraClient({ baseUrl: 'http://mastra.test' });
    expectTypeOf(client.agents.list).returns.resolves.toEqualTypeOf<AgentMap>();
    expectTypeOf(client.agents.retrieve).returns.resolves.toEqualTypeOf<Agent>();
    expectTypeOf(client.agents.stream).returns.resolves.toEqualTypeOf<Stream<AgentStreamChunk>>();
    expectTypeOf(client.agents.streamWithReconnect).returns.toEqualTypeOf<AsyncIterable<AgentStreamChunk>>();
    expectTypeOf(client.tools.list).returns.resolves.toEqualTypeOf<ToolMap>();
    expectTypeOf(client.workflows.retrieve).returns.resolves.toEqualTypeOf<Workflow>();
    expectTypeOf(client.workflows.retrieveRun).returns.resolves.toEqualTypeOf<WorkflowRun>();
    expectTypeOf(client.workflows.streamWithReconnect).returns.toEqualTypeOf<
      AsyncIterable<WorkflowStreamEvent>
    >();
    expectTypeOf(client.storedAgents.list).returns.resolves.toEqualTypeOf<StoredAgentList>();
    expectTypeOf(client.storedAgents.create).returns.resolves.toEqualTypeOf<StoredAgent>();
    expectTypeOf(client.storedAgents.versions.retrieve).returns.resolves.toEqualTypeOf<AgentVersion>();
    expectTypeOf(client.observability.retrieveTrace).returns.resolves.toEqualTypeOf<Trace>();
    expectTypeOf(client.observability.listTraceDelta).returns.resolves.toEqualTypeOf<TraceDeltaResult>();
    expectTypeOf(client.catalog.list).returns.resolves.toEqualTypeOf<Catalog>();
    expectTypeOf(client.withOptions({ timeout: 1 })).toEqualTypeOf<MastraClient>();

    expect(typeof client.agents.list).toBe('function');
  });

  it('the resource-less client takes the same resource classes', () => {
    const core = createClient({ baseUrl: 'http://mastra.test' });
    expectTypeOf(core).toEqualTypeOf<MastraCore>();
    expectTypeOf(new Agents(core).list).returns.resolves.toEqualTypeOf<AgentMap>();
    expectTypeOf(new Workflows(core).retrieve).returns.resolves.toEqualTypeOf<Workflow>();
    expectTypeOf(new StoredAgents(core).retrieve).returns.resolves.toEqualTypeOf<StoredAgent>();
    expectTypeOf(new CatalogResource(core).list).returns.resolves.toEqualTypeOf<Catalog>();
    // A full client is a core too.
    expectTypeOf<MastraClient>().toMatchTypeOf<MastraCore>();
    expect(new Agents(core)).toBeInstanceOf(Agents);
  });

  it('catalog policy and reasons', () => {
    expectTypeOf<Catalog['policy']>().toEqualTypeOf<CatalogPolicy>();
    expectTypeOf<Extract<CatalogPolicy, { state: 'unknown' }>['reason']>().toEqualTypeOf<
      MastraErrorKind | 'misfit'
    >();
    expectTypeOf<Extract<CatalogPolicy, { state: 'known' }>['builderEnabled']>().toEqualTypeOf<boolean>();
    expectTypeOf<CatalogItem['unavailableReason']>().toEqualTypeOf<UnavailableReason | undefined>();
    expectTypeOf<UnavailableReason>().toEqualTypeOf<
      'not-allow-listed' | 'model-policy' | 'provider-disconnected' | 'policy-unknown'
    >();
  });

  it('errors, traces and the schemas entry', () => {
    expectTypeOf(errorKindOf).returns.toEqualTypeOf<MastraErrorKind | undefined>();
    expectTypeOf(isRetryableError).returns.toEqualTypeOf<boolean>();
    expectTypeOf<Span['startedAt']>().toEqualTypeOf<Date>();
    expectTypeOf<Span['parentSpanId']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Unsupported['supported']>().toEqualTypeOf<false>();
    expect(Object.keys(schemas)).toContain('traceSchema');
    expect(Object.keys(schemas)).toContain('catalogPolicySchema');
  });
});
