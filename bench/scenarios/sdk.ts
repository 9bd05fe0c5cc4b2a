import { pathToFileURL } from 'node:url';
import { generateTrace } from '../lib/trace-generator.ts';
import { serveBodies } from '../lib/static-server.ts';
import { summarize } from '../lib/stats.ts';
import type { SdkResult } from '../lib/results.ts';

type ClientId = 'paddock' | 'client-js';
interface SdkBundle {
  requestMix(
    client: ClientId,
    options: { baseUrl: string; token: string; storedAgentId: string; concurrency: number; requests: number },
  ): Promise<{ ms: number; rps: number; errors: number; firstError?: string }>;
  retrieveTrace(
    client: ClientId,
    baseUrl: string,
    traceId: string,
    light?: boolean,
  ): Promise<{ ms: number; spans: number }>;
  hasLightTrace: boolean;
  firstStoredAgent(baseUrl: string, token: string): Promise<string | undefined>;
}

const CLIENTS: ClientId[] = ['paddock', 'client-js'];

export interface SdkPlan {
  bundle: string;
  server: { baseUrl: string; tokens: Record<string, string> };
  rounds: number;
  requests: number;
  concurrency: number;
  traces: { spans: number; runs: number }[];
  log: (line: string) => void;
}

/** Same calls, same concurrency, same machine; rounds alternate which client goes first. */
export async function benchSdk(plan: SdkPlan): Promise<SdkResult> {
  const sdk = (await import(pathToFileURL(plan.bundle).href)) as SdkBundle;
  const token = plan.server.tokens['owner']!;
  const storedAgentId = await sdk.firstStoredAgent(plan.server.baseUrl, token);
  if (!storedAgentId) throw new Error('the demo server lists no stored agent');
  const options = {
    baseUrl: plan.server.baseUrl,
    token,
    storedAgentId,
    concurrency: plan.concurrency,
    requests: plan.requests,
  };
  const rps: Record<ClientId, number[]> = { paddock: [], 'client-js': [] };
  const errors: Record<ClientId, { count: number; first?: string | undefined }> = {
    paddock: { count: 0 },
    'client-js': { count: 0 },
  };
  // Warm both (connections, JIT, server caches) before measuring.
  for (const client of CLIENTS) await sdk.requestMix(client, { ...options, requests: 40 });
  for (let round = 0; round < plan.rounds; round++) {
    const order = round % 2 === 0 ? CLIENTS : [...CLIENTS].reverse();
    for (const client of order) {
      const result = await sdk.requestMix(client, options);
      rps[client].push(result.rps);
      errors[client].count += result.errors;
      errors[client].first ??= result.firstError;
    }
    plan.log(
      `  sdk mix round ${round + 1}/${plan.rounds}: paddock ${rps.paddock.at(-1)!.toFixed(0)} rps, client-js ${rps['client-js'].at(-1)!.toFixed(0)} rps`,
    );
  }

  // Generated traces from a tiny local server: both clients parse exactly the same bytes.
  const bodies = new Map<string, Buffer>();
  const traceBytes: Record<string, number> = {};
  const ids: Record<number, string> = {};
  for (const { spans } of plan.traces) {
    // A seed per size: each trace gets its own id.
    const trace = generateTrace({ spans, seed: spans });
    const body = Buffer.from(JSON.stringify(trace));
    bodies.set(`/api/observability/traces/${trace.traceId}`, body);
    // The light route gets the same bytes: the comparison is the parsing, not what a server leaves out.
    bodies.set(`/api/observability/traces/${trace.traceId}/light`, body);
    traceBytes[String(spans)] = body.length;
    ids[spans] = trace.traceId;
  }
  const traceServer = await serveBodies(bodies);
  const trace: Record<ClientId, Record<string, number[]>> = { paddock: {}, 'client-js': {} };
  const light: Record<ClientId, Record<string, number[]>> = { paddock: {}, 'client-js': {} };
  try {
    for (const { spans, runs } of plan.traces) {
      for (const variant of sdk.hasLightTrace ? [false, true] : [false]) {
        const into = variant ? light : trace;
        for (const client of CLIENTS) await sdk.retrieveTrace(client, traceServer.url, ids[spans]!, variant); // warm-up
        for (let run = 0; run < runs; run++) {
          const order = run % 2 === 0 ? CLIENTS : [...CLIENTS].reverse();
          for (const client of order) {
            const result = await sdk.retrieveTrace(client, traceServer.url, ids[spans]!, variant);
            if (result.spans !== spans)
              throw new Error(`${client} returned ${result.spans} of ${spans} spans`);
            (into[client][String(spans)] ??= []).push(result.ms);
          }
        }
        plan.log(
          `  sdk trace ${spans}${variant ? ' (light route)' : ''}: paddock ${summarize(into.paddock[String(spans)]!)!.median.toFixed(0)} ms, ` +
            `client-js ${summarize(into['client-js'][String(spans)]!)!.median.toFixed(0)} ms`,
        );
      }
    }
  } finally {
    await traceServer.close();
  }
  const figures = (client: ClientId) => ({
    rps: summarize(rps[client]),
    errors: errors[client].count,
    firstError: errors[client].first,
    trace: Object.fromEntries(Object.entries(trace[client]).map(([k, v]) => [k, summarize(v)])),
    lightTrace: Object.fromEntries(Object.entries(light[client]).map(([k, v]) => [k, summarize(v)])),
  });
  return {
    concurrency: plan.concurrency,
    requestsPerRound: plan.requests,
    rounds: plan.rounds,
    mix: ['GET /agents', 'GET /tools', 'GET /stored/agents', `GET /stored/agents/${storedAgentId}`],
    traceBytes,
    clients: { paddock: figures('paddock'), 'client-js': figures('client-js') },
  };
}
