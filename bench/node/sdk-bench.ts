/**
 * The SDK comparison: @paddock/client-sdk (built from source by Vite, production, minified) and
 * @mastra/client-js (its published build) making the same calls. Bundled by `bench/vite.node.config.ts`; the
 * orchestrator imports the bundle.
 */
import * as Paddock from '@paddock/client-sdk';
import { MastraClient as PaddockClient } from '@paddock/client-sdk';
import { MastraClient as MastraJsClient } from '@mastra/client-js';

export type ClientId = 'paddock' | 'client-js';

export interface MixOptions {
  baseUrl: string;
  token: string;
  storedAgentId: string;
  concurrency: number;
  requests: number;
}

type Call = () => Promise<unknown>;

function mixCalls(client: ClientId, { baseUrl, token, storedAgentId }: MixOptions): Call[] {
  const headers = { authorization: `Bearer ${token}` };
  if (client === 'paddock') {
    const sdk = new PaddockClient({ baseUrl, headers, maxRetries: 0 });
    return [
      () => sdk.agents.list(),
      () => sdk.tools.list(),
      () => sdk.storedAgents.list(),
      () => sdk.storedAgents.retrieve(storedAgentId),
    ];
  }
  const sdk = new MastraJsClient({ baseUrl, headers, retries: 0 });
  return [
    () => sdk.listAgents(),
    () => sdk.listTools(),
    () => sdk.listStoredAgents(),
    () => sdk.getStoredAgent(storedAgentId).details(),
  ];
}

/** `requests` calls cycling through the mix with `concurrency` in flight; requests per second and errors. */
export async function requestMix(client: ClientId, options: MixOptions) {
  const calls = mixCalls(client, options);
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const t0 = performance.now();
  const worker = async () => {
    while (next < options.requests) {
      const call = calls[next++ % calls.length]!;
      try {
        await call();
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const ms = performance.now() - t0;
  return { ms, rps: (options.requests / ms) * 1000, errors, firstError };
}

type LightRetriever = (client: PaddockClient, traceId: string) => Promise<{ spans: unknown[] }>;
/** The SDK's light-trace reader (what RunTraceViewer loads), when this SDK version has one. */
const retrieveLightTrace = (Paddock as unknown as Record<string, unknown>)['retrieveLightTrace'] as
  LightRetriever | undefined;
export const hasLightTrace = retrieveLightTrace !== undefined;

/**
 * Retrieve one trace and have it parsed (and, for the Paddock SDK, validated) into objects; wall ms. `light`
 * reads the per-trace light route instead (Paddock: `retrieveLightTrace`; client-js: `getTraceLight`).
 */
export async function retrieveTrace(client: ClientId, baseUrl: string, traceId: string, light = false) {
  const t0 = performance.now();
  let spans: number;
  if (client === 'paddock') {
    const sdk = new PaddockClient({ baseUrl, maxRetries: 0, timeout: 600_000 });
    spans = light
      ? (await retrieveLightTrace!(sdk, traceId)).spans.length
      : (await sdk.observability.retrieveTrace(traceId)).spans.length;
  } else {
    const sdk = new MastraJsClient({ baseUrl, retries: 0 });
    spans = light
      ? (await sdk.getTraceLight(traceId)).spans.length
      : (await sdk.getTrace(traceId)).spans.length;
  }
  return { ms: performance.now() - t0, spans };
}

/** First stored agent the token can read (for the retrieve call of the mix). */
export async function firstStoredAgent(baseUrl: string, token: string) {
  const sdk = new PaddockClient({ baseUrl, headers: { authorization: `Bearer ${token}` } });
  const list = await sdk.storedAgents.list();
  return list.agents[0]?.id;
}
