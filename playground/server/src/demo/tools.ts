import { createTool } from '@mastra/core/tools';
import { z } from 'zod';
import { describe, type PaddockAnnotations } from '../annotations.js';
import { DEMO_TOOL_IDS } from '../ids.js';
import { findCustomer, searchTickets } from './data.js';

const SALES_OPS = { owner: 'Sales Ops', contact: '#sales-ops' } as const;
const SUPPORT_PLATFORM = { owner: 'Support Platform', contact: 'support-platform@paddock.test' } as const;
const FINANCE = { owner: 'Finance Operations', contact: 'finance-ops@paddock.test' } as const;

/**
 * Tools have no serialized `metadata` in Mastra, so besides the description line the annotations ride on
 * an own property `paddock`, which the tool serializer copies (verified in ANNOTATIONS.md).
 */
function annotate<T extends object>(tool: T, annotations: PaddockAnnotations): T {
  Object.assign(tool, { paddock: annotations });
  return tool;
}

const crmLookupAnnotations: PaddockAnnotations = {
  ...SALES_OPS,
  risk: 'low',
  sideEffects: [],
  requiresApproval: false,
  example: 'Look up customer C-1001',
  tags: ['crm', 'read-only'],
};
export const crmLookupTool = annotate(
  createTool({
    id: DEMO_TOOL_IDS.crmLookup,
    description: describe(
      'Looks up a customer record in the CRM by customer id (C-1001 style).',
      crmLookupAnnotations,
    ),
    inputSchema: z.object({ customerId: z.string().describe('CRM customer id, e.g. C-1001') }),
    outputSchema: z.object({
      found: z.boolean(),
      customer: z
        .object({
          id: z.string(),
          name: z.string(),
          company: z.string(),
          tier: z.string(),
          openTickets: z.number(),
        })
        .optional(),
    }),
    execute: async ({ customerId }) => {
      const customer = findCustomer(customerId);
      if (!customer) return { found: false };
      const { id, name, company, tier, openTickets } = customer;
      return { found: true, customer: { id, name, company, tier, openTickets } };
    },
  }),
  crmLookupAnnotations,
);

const ticketSearchAnnotations: PaddockAnnotations = {
  ...SUPPORT_PLATFORM,
  risk: 'low',
  sideEffects: [],
  requiresApproval: false,
  example: 'Search tickets about login issue',
  tags: ['tickets', 'read-only'],
};
export const ticketSearchTool = annotate(
  createTool({
    id: DEMO_TOOL_IDS.ticketSearch,
    description: describe('Searches the support ticket queue by keywords.', ticketSearchAnnotations),
    inputSchema: z.object({
      query: z.string().describe('Keywords to match against ticket subjects'),
      limit: z.number().int().min(1).max(20).default(5),
    }),
    execute: async ({ query, limit }) => {
      const tickets = searchTickets(query, limit ?? 5);
      return { total: tickets.length, tickets };
    },
  }),
  ticketSearchAnnotations,
);

const customerSummaryAnnotations: PaddockAnnotations = {
  ...SALES_OPS,
  risk: 'low',
  sideEffects: [],
  requiresApproval: false,
  example: 'Give me a summary of customer C-1003',
  tags: ['crm', 'read-only', 'summary'],
};
export const customerSummaryTool = annotate(
  createTool({
    id: DEMO_TOOL_IDS.customerSummary,
    description: describe(
      'Summarises a customer account: tier, revenue, open tickets and account manager. Read-only.',
      customerSummaryAnnotations,
    ),
    inputSchema: z.object({ customerId: z.string() }),
    execute: async ({ customerId }) => {
      const customer = findCustomer(customerId);
      if (!customer) return { found: false, summary: `No customer ${customerId}.` };
      const tickets = searchTickets(customer.id, 20);
      return {
        found: true,
        summary:
          `${customer.name} (${customer.company}) is a ${customer.tier} customer with ARR ${customer.arr}, ` +
          `${tickets.filter((ticket) => ticket.status !== 'solved').length} open tickets, managed by ${customer.accountManager}.`,
      };
    },
  }),
  customerSummaryAnnotations,
);

const slackNotifyAnnotations: PaddockAnnotations = {
  owner: 'Support Platform',
  contact: '#support-platform',
  risk: 'medium',
  sideEffects: ['Posts a message to a Slack channel visible to the whole company'],
  requiresApproval: false,
  example: 'Notify #support on Slack that the incident is resolved',
  tags: ['slack', 'external', 'notification'],
};
export const slackNotifyTool = annotate(
  createTool({
    id: DEMO_TOOL_IDS.slackNotify,
    description: describe(
      'Posts a message to a Slack channel (simulated offline: the message is recorded, not sent).',
      slackNotifyAnnotations,
    ),
    inputSchema: z.object({ channel: z.string().regex(/^#/), message: z.string().min(1) }),
    execute: async ({ channel, message }) => ({
      delivered: true,
      channel,
      ts: `sim-${message.length}.${channel.length}`,
      note: 'offline demo: nothing left this machine',
    }),
  }),
  slackNotifyAnnotations,
);

const refundIssueAnnotations: PaddockAnnotations = {
  ...FINANCE,
  risk: 'high',
  sideEffects: ['Issues a refund to the customer card (moves money)', 'Writes a ledger entry'],
  requiresApproval: true,
  example: 'Refund 40 EUR to customer C-1004 for the duplicate charge',
  tags: ['finance', 'payments', 'write'],
};
export const refundIssueTool = annotate(
  createTool({
    id: DEMO_TOOL_IDS.refundIssue,
    description: describe(
      'Issues a refund to a customer. Moves money; a human must approve each call.',
      refundIssueAnnotations,
    ),
    inputSchema: z.object({
      customerId: z.string(),
      amount: z.number().positive().max(5000),
      reason: z.string().min(3),
    }),
    requireApproval: true,
    execute: async ({ customerId, amount, reason }) => ({
      refunded: true,
      refundId: `RF-${customerId}-${Math.round(amount * 100)}`,
      amount,
      reason,
    }),
  }),
  refundIssueAnnotations,
);

const pricingApprovalAnnotations: PaddockAnnotations = {
  owner: 'Revenue Operations',
  contact: 'revops@paddock.test',
  risk: 'high',
  sideEffects: ['Changes the price a customer pays at next renewal'],
  requiresApproval: true,
  example: 'Approve a 10% discount for C-1003',
  tags: ['pricing', 'restricted'],
};
export const pricingApprovalTool = annotate(
  createTool({
    id: DEMO_TOOL_IDS.pricingApproval,
    description: describe(
      'Approves a discount on a customer contract. Restricted to Revenue Operations; not available in the builder.',
      pricingApprovalAnnotations,
    ),
    inputSchema: z.object({ customerId: z.string(), discountPercent: z.number().min(0).max(50) }),
    execute: async ({ customerId, discountPercent }) => ({
      approved: discountPercent <= 15,
      customerId,
      discountPercent,
    }),
  }),
  pricingApprovalAnnotations,
);

export const demoTools = {
  [DEMO_TOOL_IDS.crmLookup]: crmLookupTool,
  [DEMO_TOOL_IDS.ticketSearch]: ticketSearchTool,
  [DEMO_TOOL_IDS.customerSummary]: customerSummaryTool,
  [DEMO_TOOL_IDS.slackNotify]: slackNotifyTool,
  [DEMO_TOOL_IDS.refundIssue]: refundIssueTool,
  [DEMO_TOOL_IDS.pricingApproval]: pricingApprovalTool,
};
