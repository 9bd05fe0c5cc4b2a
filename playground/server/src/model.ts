import { MockLanguageModelV4 } from 'ai/test';
import type { MastraModelConfig, MastraModelGatewayInterface, ProviderConfig } from '@mastra/core/llm';
import { MOCK_DEFAULT_MODEL, MOCK_MODELS, MOCK_PROVIDER } from './ids.js';

type CallOptions = Parameters<MockLanguageModelV4['doStream']>[0];
type StreamResult = Awaited<ReturnType<MockLanguageModelV4['doStream']>>;
type GenerateResult = Awaited<ReturnType<MockLanguageModelV4['doGenerate']>>;
type StreamPart = StreamResult['stream'] extends ReadableStream<infer P> ? P : never;
type Content = GenerateResult['content'][number];

/** What the model decided to do for one prompt. */
export type ModelPlan =
  | { kind: 'text'; text: string; slow: boolean }
  | { kind: 'tool-call'; toolCallId: string; toolName: string; input: Record<string, unknown>; slow: boolean }
  | { kind: 'error'; message: string };

interface OfferedTool {
  name: string;
  description: string;
}

/** Milliseconds between tokens when the prompt contains `[slow]`. */
export const SLOW_TOKEN_DELAY_MS = 120;

const SCRIPT_RE = /use tool ([\w.-]+) with (\{.*\})/s;

function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: { type?: string; text?: string }) => (part.type === 'text' ? (part.text ?? '') : ''))
    .join('');
}

function offeredTools(options: CallOptions): OfferedTool[] {
  return (options.tools ?? []).flatMap((tool) =>
    tool.type === 'function' ? [{ name: tool.name, description: tool.description ?? '' }] : [],
  );
}

/** Finds an offered tool whose name (or registration key) starts with one of the given stems. */
function findTool(tools: OfferedTool[], ...stems: string[]): string | undefined {
  for (const stem of stems) {
    const hit = tools.find((tool) => tool.name === stem || tool.name.startsWith(stem));
    if (hit) return hit.name;
  }
  return undefined;
}

function slug(toolName: string): string {
  return toolName.replace(/-tool$/, '').split(/[-_.]/)[0] ?? 'tool';
}

/** Picks tool arguments from the user's words for the demo tools (and a generic `{query}` otherwise). */
function inferToolCall(
  text: string,
  tools: OfferedTool[],
): { toolName: string; input: Record<string, unknown> } | null {
  const lower = text.toLowerCase();
  const customerId = /\bC-\d{3,}\b/i.exec(text)?.[0]?.toUpperCase();
  if (/\brefund\b/.test(lower)) {
    const tool = findTool(tools, 'refund-issue-tool', 'refund');
    const amount = Number(
      /(\d+(?:\.\d+)?)\s*(?:eur|usd|\$|€)?/i.exec(text.replace(/C-\d+/gi, ''))?.[1] ?? 50,
    );
    if (tool)
      return {
        toolName: tool,
        input: { customerId: customerId ?? 'C-1001', amount, reason: text.slice(0, 120) },
      };
  }
  if (/\b(slack|notify|announce)\b/.test(lower)) {
    const tool = findTool(tools, 'slack-notify-tool', 'slack');
    if (tool) return { toolName: tool, input: { channel: '#support', message: text.slice(0, 200) } };
  }
  if (/\b(summary|summarize|summarise|overview)\b/.test(lower)) {
    const tool = findTool(tools, 'customer-summary-tool', 'summary');
    if (tool) return { toolName: tool, input: { customerId: customerId ?? 'C-1001' } };
  }
  if (/\b(price|pricing|discount)\b/.test(lower)) {
    const tool = findTool(tools, 'pricing-approval-tool', 'pricing');
    if (tool) return { toolName: tool, input: { customerId: customerId ?? 'C-1001', discountPercent: 10 } };
  }
  if (/\b(ticket|tickets|issue|incident)\b/.test(lower)) {
    const tool = findTool(tools, 'ticket-search-tool', 'ticket');
    if (tool) return { toolName: tool, input: { query: text.slice(0, 120), limit: 3 } };
  }
  if (/\b(customer|crm|account)\b/.test(lower) || customerId) {
    const tool = findTool(tools, 'crm-lookup-tool', 'crm');
    if (tool) return { toolName: tool, input: { customerId: customerId ?? 'C-1001' } };
  }
  if (/\b(weather|forecast)\b/.test(lower)) {
    const tool = findTool(tools, 'weather-lookup-tool', 'weather');
    const city = /\bin ([A-Z][\w-]+)/.exec(text)?.[1] ?? 'Lisbon';
    if (tool) return { toolName: tool, input: { city } };
  }
  return null;
}

/**
 * The model's whole behaviour, as a pure function of the prompt and the offered tools:
 * 1. text containing `[fail]` -> a model error;
 * 2. last message is a tool result -> a text summarising it;
 * 3. `use tool <id> with {json}` and that tool is offered -> exactly that tool call (scripting hook);
 * 4. words that ask for data a demo tool provides -> that tool call;
 * 5. otherwise an echo. `[slow]` anywhere makes the stream emit one word at a time.
 */
export function planResponse(options: CallOptions, modelId: string): ModelPlan {
  const prompt = options.prompt;
  const last = prompt[prompt.length - 1];
  const lastUser = [...prompt].reverse().find((message) => message.role === 'user');
  const userText = lastUser ? messageText(lastUser.content).trim() : '';
  const slow = userText.includes('[slow]');

  if (userText.includes('[fail]')) {
    return { kind: 'error', message: `MOCK[${modelId}]: simulated model failure requested by "[fail]".` };
  }
  if (last?.role === 'tool') {
    const summaries = last.content.flatMap((part) => {
      if (part.type !== 'tool-result') return [];
      const output = part.output;
      const value = output.type === 'json' || output.type === 'text' ? output.value : output.type;
      return [`${part.toolName} -> ${typeof value === 'string' ? value : JSON.stringify(value)}`];
    });
    return { kind: 'text', text: `Tool results received. ${summaries.join('; ')}`, slow };
  }

  const tools = offeredTools(options);
  const callId = (toolName: string) => `call_${slug(toolName)}_${prompt.length}`;
  const script = SCRIPT_RE.exec(userText);
  if (script) {
    const [, toolName = '', json = '{}'] = script;
    let input: unknown;
    try {
      input = JSON.parse(json);
    } catch {
      return {
        kind: 'text',
        text: `MOCK[${modelId}]: could not parse the JSON for "use tool ${toolName}".`,
        slow,
      };
    }
    if (tools.some((tool) => tool.name === toolName) && input && typeof input === 'object') {
      return {
        kind: 'tool-call',
        toolCallId: callId(toolName),
        toolName,
        input: input as Record<string, unknown>,
        slow,
      };
    }
    return { kind: 'text', text: `MOCK[${modelId}]: tool "${toolName}" is not available to me.`, slow };
  }
  const inferred = inferToolCall(userText, tools);
  if (inferred) return { kind: 'tool-call', toolCallId: callId(inferred.toolName), ...inferred, slow };
  return {
    kind: 'text',
    text: `MOCK[${modelId}]: You said "${userText.replace(/\s*\[slow\]\s*/g, ' ').trim()}".`,
    slow,
  };
}

function usage(inputTokens: number, outputTokens: number) {
  return {
    inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: outputTokens, text: outputTokens, reasoning: 0 },
  };
}

function countTokens(options: CallOptions): number {
  return options.prompt.reduce((sum, message) => {
    const text = typeof message.content === 'string' ? message.content : JSON.stringify(message.content);
    return sum + Math.ceil(text.length / 4);
  }, 0);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function toStream(
  plan: Exclude<ModelPlan, { kind: 'error' }>,
  options: CallOptions,
  modelId: string,
): StreamResult {
  const parts: StreamPart[] = [
    { type: 'stream-start', warnings: [] },
    { type: 'response-metadata', id: `resp_${options.prompt.length}`, modelId, timestamp: new Date(0) },
  ];
  let outputTokens = 0;
  if (plan.kind === 'text') {
    const tokens = plan.text.match(/\S+\s*/g) ?? [plan.text];
    outputTokens = tokens.length;
    parts.push({ type: 'text-start', id: 'text-1' });
    for (const token of tokens) parts.push({ type: 'text-delta', id: 'text-1', delta: token });
    parts.push({ type: 'text-end', id: 'text-1' });
  } else {
    const input = JSON.stringify(plan.input);
    outputTokens = Math.ceil(input.length / 4);
    parts.push({ type: 'tool-input-start', id: plan.toolCallId, toolName: plan.toolName });
    parts.push({ type: 'tool-input-delta', id: plan.toolCallId, delta: input });
    parts.push({ type: 'tool-input-end', id: plan.toolCallId });
    parts.push({ type: 'tool-call', toolCallId: plan.toolCallId, toolName: plan.toolName, input });
  }
  const reason = plan.kind === 'text' ? 'stop' : 'tool-calls';
  parts.push({
    type: 'finish',
    finishReason: { unified: reason, raw: reason },
    usage: usage(countTokens(options), outputTokens),
  });
  const delay = plan.slow ? SLOW_TOKEN_DELAY_MS : 0;
  let index = 0;
  const stream = new ReadableStream<StreamPart>({
    async pull(controller) {
      const part = parts[index++];
      if (!part) {
        controller.close();
        return;
      }
      if (delay && (part.type === 'text-delta' || part.type === 'tool-input-delta')) {
        await sleep(delay, options.abortSignal);
      }
      controller.enqueue(part);
    },
  });
  return { stream };
}

function toGenerate(plan: Exclude<ModelPlan, { kind: 'error' }>, options: CallOptions): GenerateResult {
  const content: Content[] =
    plan.kind === 'text'
      ? [{ type: 'text', text: plan.text }]
      : [
          {
            type: 'tool-call',
            toolCallId: plan.toolCallId,
            toolName: plan.toolName,
            input: JSON.stringify(plan.input),
          },
        ];
  const reason = plan.kind === 'text' ? 'stop' : 'tool-calls';
  return {
    content,
    finishReason: { unified: reason, raw: reason },
    usage: usage(countTokens(options), plan.kind === 'text' ? plan.text.split(/\s+/).length : 8),
    warnings: [],
  };
}

/** A deterministic, offline language model (AI SDK v4 spec) whose answer depends only on the prompt. */
export function createDeterministicModel(modelId: string = MOCK_DEFAULT_MODEL): MockLanguageModelV4 {
  return new MockLanguageModelV4({
    provider: MOCK_PROVIDER,
    modelId,
    doGenerate: async (options) => {
      const plan = planResponse(options, modelId);
      if (plan.kind === 'error') throw new Error(plan.message);
      return toGenerate(plan, options);
    },
    doStream: async (options) => {
      const plan = planResponse(options, modelId);
      if (plan.kind === 'error') throw new Error(plan.message);
      return toStream(plan, options, modelId);
    },
  });
}

/**
 * The same model typed for `new Agent({ model })`: core bundles its own copy of the AI SDK provider types,
 * which differ from `ai`'s by patch version, so the structurally identical object needs a cast.
 */
export function deterministicAgentModel(modelId: string = MOCK_DEFAULT_MODEL): MastraModelConfig {
  return createDeterministicModel(modelId) as unknown as MastraModelConfig;
}

/**
 * A model gateway so stored agents' `{provider: 'mock', name}` (router id `mock/<name>`) resolves offline.
 * `MOCK_API_KEY` only decides whether the provider reports itself as connected.
 */
export function createMockGateway(): MastraModelGatewayInterface {
  const provider: ProviderConfig = {
    name: 'Mock (deterministic, offline)',
    models: [...MOCK_MODELS],
    apiKeyEnvVar: 'MOCK_API_KEY',
    gateway: MOCK_PROVIDER,
  };
  return {
    id: MOCK_PROVIDER,
    name: 'Paddock mock gateway',
    fetchProviders: async () => ({ [MOCK_PROVIDER]: provider }),
    buildUrl: () => undefined,
    getApiKey: async () => process.env.MOCK_API_KEY ?? 'offline',
    // Types of the AI SDK provider spec differ by patch version between `ai` and core's bundled copy.
    resolveLanguageModel: ({ modelId }) =>
      createDeterministicModel(modelId) as unknown as ReturnType<
        MastraModelGatewayInterface['resolveLanguageModel']
      >,
  };
}
