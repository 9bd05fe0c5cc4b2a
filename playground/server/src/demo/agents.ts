import { Agent, type ToolsInput } from '@mastra/core/agent';
import { Memory } from '@mastra/memory';
import { describe, paddockMetadata, type PaddockAnnotations } from '../annotations.js';
import { DEMO_AGENT_IDS } from '../ids.js';
import { deterministicAgentModel } from '../model.js';
import {
  crmLookupTool,
  customerSummaryTool,
  pricingApprovalTool,
  refundIssueTool,
  slackNotifyTool,
  ticketSearchTool,
} from './tools.js';

/** Keys the tools by id: the key is the tool name the model sees and the id the builder lists. */
function byId(...tools: (ToolsInput[string] & { id: string })[]): ToolsInput {
  return Object.fromEntries(tools.map((tool) => [tool.id, tool]));
}

/** Thread history only: no semantic recall (needs an embedder) and no observational memory (needs a model). */
function offlineMemory(): Memory {
  return new Memory({ options: { lastMessages: 10, semanticRecall: false, generateTitle: false } });
}

const accountResearchAnnotations: PaddockAnnotations = {
  owner: 'Sales Ops',
  contact: '#sales-ops',
  risk: 'low',
  sideEffects: [],
  requiresApproval: false,
  example: 'Look up customer C-1001 and summarise the account',
  tags: ['sales', 'research', 'read-only'],
};

export const accountResearchAgent = new Agent({
  id: DEMO_AGENT_IDS.accountResearch,
  name: 'Account Research Agent',
  description: describe(
    'Researches a customer account from the CRM and the ticket queue.',
    accountResearchAnnotations,
  ),
  metadata: paddockMetadata(accountResearchAnnotations),
  instructions:
    'You research customer accounts for account managers. Use the CRM and ticket tools; never guess numbers.',
  model: deterministicAgentModel('deterministic-v1'),
  tools: byId(crmLookupTool, customerSummaryTool, ticketSearchTool),
  memory: offlineMemory(),
});

const supportTriageAnnotations: PaddockAnnotations = {
  owner: 'Support Platform',
  contact: 'support-platform@paddock.test',
  risk: 'high',
  sideEffects: ['Can post to Slack', 'Can issue refunds (each refund needs approval)'],
  requiresApproval: true,
  example: 'Search tickets about login issue',
  tags: ['support', 'triage'],
};

export const supportTriageAgent = new Agent({
  id: DEMO_AGENT_IDS.supportTriage,
  name: 'Support Triage Agent',
  description: describe(
    'Triages incoming support requests, searches tickets and escalates.',
    supportTriageAnnotations,
  ),
  metadata: paddockMetadata(supportTriageAnnotations),
  instructions:
    'You triage support requests. Search tickets first, look up the customer, notify Slack for urgent issues. ' +
    'Refunds always need human approval.',
  model: deterministicAgentModel('deterministic-v1'),
  tools: byId(ticketSearchTool, crmLookupTool, slackNotifyTool, refundIssueTool),
  memory: offlineMemory(),
});

const financeOpsAnnotations: PaddockAnnotations = {
  owner: 'Finance Operations',
  contact: 'finance-ops@paddock.test',
  risk: 'high',
  sideEffects: ['Issues refunds', 'Approves discounts'],
  requiresApproval: true,
  example: 'Approve a 10% discount for C-1003',
  tags: ['finance', 'restricted'],
};

export const financeOpsAgent = new Agent({
  id: DEMO_AGENT_IDS.financeOps,
  name: 'Finance Ops Agent',
  description: describe(
    'Handles refunds and pricing approvals. Restricted; not available in the builder.',
    financeOpsAnnotations,
  ),
  metadata: paddockMetadata(financeOpsAnnotations),
  instructions: 'You handle refunds and discount approvals for Finance Operations.',
  model: deterministicAgentModel('deterministic-v2'),
  tools: byId(refundIssueTool, pricingApprovalTool),
});

export const demoAgents = {
  [DEMO_AGENT_IDS.accountResearch]: accountResearchAgent,
  [DEMO_AGENT_IDS.supportTriage]: supportTriageAgent,
  [DEMO_AGENT_IDS.financeOps]: financeOpsAgent,
};
