/**
 * Deterministic, realistically shaped Mastra traces for the benchmarks: the span record of mastra-api §3.7 as the
 * server sends it (ISO date strings, `parentSpanId: null` on the root), wrapped in the SDK's `Trace` shape
 * (`{ traceId, spans }`). Same `spans` + `seed` gives the same bytes, so every run and every client measures
 * identical data.
 *
 * Shape: a support-orchestrator agent run made of turns. Each turn is a model generation (steps, chunks as
 * events) followed by tool calls; some tool calls hand off to a sub-agent (nested turns, depth-limited), start a
 * workflow (sequential steps, parallel branches, a loop, a conditional, a sleep, and failed steps retried), or
 * touch memory. Spans are emitted depth first until exactly `spans` exist.
 */

export interface GeneratedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  spanType: string;
  isEvent: boolean;
  status: 'success' | 'error' | 'running';
  startedAt: string;
  endedAt: string | null;
  entityType: string | null;
  entityId: string | null;
  entityName: string | null;
  entityVersionId?: string | null;
  runId: string | null;
  threadId: string | null;
  resourceId: string | null;
  userId: string | null;
  tags: string[] | null;
  metadata: Record<string, unknown> | null;
  attributes: Record<string, unknown> | null;
  input?: unknown;
  output?: unknown;
  error: { message: string; name?: string; category?: string } | null;
  createdAt: string;
  updatedAt: string | null;
  /** The record is open-ended on the wire (mastra-api §3.7 lists more optional fields). */
  [key: string]: unknown;
}

export interface GeneratedTrace {
  traceId: string;
  spans: GeneratedSpan[];
}

export interface GenerateTraceOptions {
  /** Exact number of spans. */
  spans: number;
  /** @default 1 */
  seed?: number;
}

/** mulberry32: tiny, fast, good enough for shaping data. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOOLS = [
  ['crm-lookup-tool', 'Looks up a customer record in the CRM.'],
  ['order-status-tool', 'Reads the status of an order.'],
  ['refund-issue-tool', 'Issues a refund for an order.'],
  ['kb-search-tool', 'Searches the internal knowledge base.'],
  ['ticket-update-tool', 'Updates a support ticket.'],
  ['pricing-approval-tool', 'Asks finance to approve a discount.'],
] as const;
const SUB_AGENTS = ['billing-specialist', 'returns-specialist', 'escalation-agent', 'research-agent'];
const WORKFLOWS = ['ticket-triage', 'refund-approval', 'order-reconciliation', 'nightly-digest'];
const STEPS = ['fetch-context', 'classify', 'enrich', 'score', 'route', 'notify', 'persist', 'summarize'];
const WORDS =
  'customer order refund invoice shipping delay account plan upgrade policy warranty discount escalate priority ticket queue'.split(
    ' ',
  );

export function generateTrace({ spans: total, seed = 1 }: GenerateTraceOptions): GeneratedTrace {
  const rand = prng(seed * 2654435761);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ');
  const hex = (length: number) => {
    let out = '';
    while (out.length < length)
      out += Math.floor(rand() * 0xffffffff)
        .toString(16)
        .padStart(8, '0');
    return out.slice(0, length);
  };

  const traceId = hex(32);
  const threadId = `thread-${hex(8)}`;
  const resourceId = `customer-${int(1000, 9999)}`;
  const userId = 'u-support-7';
  const base = Date.UTC(2026, 10, 20, 9, 30, 0);
  const out: GeneratedSpan[] = [];
  let remaining = total;
  let clock = 0;
  const iso = (ms: number) => new Date(base + Math.round(ms)).toISOString();

  /** Emits a span starting now, runs `body` (its children), then closes it. `null` once the budget is spent. */
  function span(
    parent: GeneratedSpan | null,
    init: Partial<GeneratedSpan> & { name: string; spanType: string },
    body?: (self: GeneratedSpan) => void,
    selfMs = 0,
  ): GeneratedSpan | null {
    if (remaining <= 0) return null;
    remaining--;
    const start = clock;
    const self: GeneratedSpan = {
      traceId,
      spanId: hex(16),
      parentSpanId: parent ? parent.spanId : null,
      isEvent: false,
      status: 'success',
      startedAt: iso(start),
      endedAt: null,
      entityType: null,
      entityId: null,
      entityName: null,
      runId: parent?.runId ?? null,
      threadId,
      resourceId,
      userId,
      tags: null,
      metadata: null,
      attributes: null,
      error: null,
      createdAt: iso(start),
      updatedAt: null,
      ...init,
    };
    out.push(self);
    body?.(self);
    clock += selfMs;
    if (!self.isEvent) self.endedAt = iso(Math.max(clock, start + 0.5));
    else self.endedAt = self.startedAt;
    self.updatedAt = self.endedAt;
    return self;
  }

  function modelGeneration(parent: GeneratedSpan, agent: string) {
    const inputTokens = int(400, 6000);
    const outputTokens = int(20, 800);
    span(
      parent,
      {
        name: `llm: 'deterministic-v1'`,
        spanType: 'model_generation',
        entityType: 'agent',
        entityId: agent,
        entityName: agent,
        attributes: {
          model: 'deterministic-v1',
          provider: 'mock',
          streaming: true,
          finishReason: rand() < 0.7 ? 'tool-calls' : 'stop',
          usage: { inputTokens, outputTokens, inputDetails: { text: inputTokens, cacheRead: int(0, 300) } },
        },
        input: { messages: [{ role: 'user', content: sentence(int(6, 24)) }] },
        output: { text: sentence(int(8, 40)) },
      },
      (gen) => {
        const steps = int(1, 2);
        for (let s = 0; s < steps; s++) {
          span(
            gen,
            { name: `step: ${s}`, spanType: 'model_step', attributes: { stepIndex: s } },
            (step) => {
              const chunks = int(0, 3);
              for (let c = 0; c < chunks; c++) {
                span(step, {
                  name: `chunk: '${pick(['text-delta', 'tool-call', 'reasoning'])}'`,
                  spanType: 'model_chunk',
                  isEvent: true,
                  output: { text: sentence(int(1, 6)) },
                });
                clock += rand() * 30;
              }
            },
            60 + rand() * 700,
          );
        }
      },
    );
  }

  function toolCall(parent: GeneratedSpan, body?: (self: GeneratedSpan) => void) {
    const [tool, description] = pick(TOOLS);
    const fails = rand() < 0.04;
    const self = span(
      parent,
      {
        name: `tool: '${tool}'`,
        spanType: 'tool_call',
        entityType: 'tool',
        entityId: tool,
        entityName: tool,
        attributes: {
          toolType: 'tool',
          toolDescription: description,
          toolCallId: `call_${hex(12)}`,
          success: !fails,
        },
        input: { id: `${pick(['C', 'O', 'T'])}-${int(1000, 99999)}`, note: sentence(int(2, 8)) },
        ...(fails
          ? {
              status: 'error' as const,
              error: { message: `${tool} timed out after 10000 ms`, category: 'SYSTEM' },
            }
          : { output: { ok: true, summary: sentence(int(4, 16)) } }),
      },
      (call) => {
        if (!body && rand() < 0.15) {
          span(
            call,
            {
              name: `mcp tool: '${tool}'`,
              spanType: 'mcp_tool_call',
              attributes: { mcpServer: 'internal-tools', serverVersion: '1.4.2' },
            },
            undefined,
            20 + rand() * 200,
          );
        }
        body?.(call);
      },
      10 + rand() * 300,
    );
    return self;
  }

  function workflow(parent: GeneratedSpan, depth: number) {
    const name = pick(WORKFLOWS);
    const runId = `run-${hex(12)}`;
    span(
      parent,
      {
        name: `workflow run: '${name}'`,
        spanType: 'workflow_run',
        entityType: 'workflow_run',
        entityId: name,
        entityName: name,
        runId,
        input: { ticketId: `T-${int(1000, 9999)}` },
      },
      (run) => {
        const blocks = int(2, 5);
        for (let b = 0; b < blocks && remaining > 0; b++) {
          const kind = rand();
          if (kind < 0.35) step(run, depth);
          else if (kind < 0.6) {
            span(run, { name: `parallel: ${int(2, 5)} branches`, spanType: 'workflow_parallel' }, (par) => {
              const branches = int(2, 5);
              const t0 = clock;
              let end = t0;
              for (let p = 0; p < branches; p++) {
                clock = t0;
                step(par, depth);
                end = Math.max(end, clock);
              }
              clock = end;
            });
          } else if (kind < 0.75) {
            span(
              run,
              { name: 'loop: dowhile', spanType: 'workflow_loop', attributes: { loopType: 'dowhile' } },
              (loop) => {
                const iterations = int(1, 4);
                for (let i = 0; i < iterations; i++) step(loop, depth);
              },
            );
          } else if (kind < 0.9) {
            span(run, { name: 'conditional', spanType: 'workflow_conditional' }, (cond) => {
              span(
                cond,
                { name: 'condition: 0', spanType: 'workflow_conditional_eval', attributes: { result: true } },
                undefined,
                1,
              );
              step(cond, depth);
            });
          } else {
            span(
              run,
              { name: 'sleep: 500ms', spanType: 'workflow_sleep', attributes: { durationMs: 500 } },
              undefined,
              500,
            );
          }
        }
      },
    );
  }

  function step(parent: GeneratedSpan, depth: number) {
    const name = pick(STEPS);
    const retries = rand() < 0.12 ? int(1, 2) : 0;
    for (let attempt = 0; attempt <= retries && remaining > 0; attempt++) {
      const failed = attempt < retries;
      span(
        parent,
        {
          name: `step: '${name}'`,
          spanType: 'workflow_step',
          entityType: 'workflow_step',
          entityId: name,
          entityName: name,
          attributes: { attempt: attempt + 1, retries },
          input: { attempt: attempt + 1 },
          ...(failed
            ? {
                status: 'error' as const,
                error: { message: `${name}: upstream returned 503`, name: 'StepError' },
              }
            : { output: { done: true, note: sentence(int(2, 10)) } }),
        },
        (s) => {
          // Some steps call an agent or a tool themselves.
          if (!failed && depth < 3 && rand() < 0.12) agentRun(s, depth + 1, int(1, 2));
          else if (!failed && rand() < 0.2) toolCall(s);
        },
        20 + rand() * 400,
      );
    }
  }

  function agentRun(parent: GeneratedSpan | null, depth: number, turns: number) {
    const agent = parent ? pick(SUB_AGENTS) : 'support-orchestrator';
    return span(
      parent,
      {
        name: `agent run: '${agent}'`,
        spanType: 'agent_run',
        entityType: 'agent',
        entityId: agent,
        entityName: agent,
        entityVersionId: `${agent}-v${int(1, 9)}`,
        runId: `run-${hex(12)}`,
        tags: parent ? null : ['support', 'production'],
        metadata: parent ? null : { channel: 'email', priority: pick(['low', 'normal', 'high']) },
        attributes: {
          conversationId: threadId,
          instructions: sentence(int(10, 30)),
          availableTools: TOOLS.slice(0, int(2, TOOLS.length)).map(([id]) => id),
          maxSteps: 8,
        },
        input: [{ role: 'user', content: sentence(int(8, 30)) }],
        output: { text: sentence(int(10, 40)) },
      },
      (run) => {
        // The root keeps taking turns until the budget is spent; sub-agents take a few.
        for (let turn = 0; (parent ? turn < turns : true) && remaining > 0; turn++) {
          if (rand() < 0.2) {
            span(
              run,
              {
                name: `memory: ${pick(['recall', 'save'])}`,
                spanType: 'memory_operation',
                entityType: 'memory',
                attributes: { operationType: 'recall', messageCount: int(1, 40) },
              },
              undefined,
              5 + rand() * 40,
            );
          }
          modelGeneration(run, agent);
          const calls = int(1, 4);
          for (let c = 0; c < calls && remaining > 0; c++) {
            const what = rand();
            if (depth < 3 && what < 0.12) toolCall(run, (call) => agentRun(call, depth + 1, int(1, 3)));
            else if (depth < 3 && what < 0.22) toolCall(run, (call) => workflow(call, depth + 1));
            else toolCall(run);
          }
        }
      },
    );
  }

  agentRun(null, 0, Infinity);
  return { traceId, spans: out };
}
