import { MastraNonRetryableError } from '@mastra/core/error';
import { SpanType } from '@mastra/core/observability';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { describe, paddockMetadata, type PaddockAnnotations } from '../annotations.js';
import { DEMO_WORKFLOW_IDS } from '../ids.js';
import { CUSTOMERS, TICKETS, findCustomer } from './data.js';

/** Fixed delay the engine waits before a retry (Mastra's `retryConfig.delay`). */
export const ONBOARDING_RETRY_DELAY_MS = 200;

const onboardingInput = z.object({
  customerId: z.string().describe('CRM customer id, e.g. C-1001'),
  plan: z.enum(['starter', 'growth', 'enterprise']).default('growth'),
  contactEmail: z.string().email().optional(),
});

const validateCustomer = createStep({
  id: 'validate-customer',
  description: 'Checks the customer exists in the CRM.',
  inputSchema: onboardingInput,
  outputSchema: z.object({ customerId: z.string(), name: z.string(), tier: z.string(), plan: z.string() }),
  // A missing customer is not transient: fail at once instead of burning retries.
  retries: 0,
  execute: async ({ inputData }) => {
    const customer = findCustomer(inputData.customerId);
    if (!customer) throw new MastraNonRetryableError(`Customer ${inputData.customerId} not found in the CRM`);
    return {
      customerId: customer.id,
      name: customer.name,
      tier: customer.tier,
      plan: inputData.plan ?? 'growth',
    };
  },
});

const validated = validateCustomer.outputSchema;

const provisionOutput = z.object({ workspaceId: z.string(), attempts: z.number(), retryDelayMs: z.number() });
const enrichOutput = z.object({ segment: z.string(), accountManager: z.string() });
const approvalOutput = z.object({
  approved: z.boolean(),
  approver: z.string(),
  workspaceId: z.string(),
  segment: z.string(),
});

const provisionWorkspace = createStep({
  id: 'provision-workspace',
  description:
    'Creates the tenant workspace. The provisioning API times out on the first attempt of every run.',
  inputSchema: validated,
  outputSchema: provisionOutput,
  retries: 2,
  execute: async ({ inputData, retryCount, tracingContext }) => {
    // One child span per attempt: the engine keeps only the final attempt in the run record, so this is
    // what makes the failed first attempt visible in the trace.
    const attempt = tracingContext?.currentSpan?.createChildSpan({
      type: SpanType.GENERIC,
      name: `provisioning attempt ${retryCount + 1}`,
      input: { customerId: inputData.customerId },
      metadata: { attempt: retryCount + 1, retryCount },
    });
    // Deterministic transient failure: attempt 1 always fails, the engine retries after the delay.
    if (retryCount === 0) {
      const error = new Error('Provisioning API timed out (simulated transient failure, attempt 1)');
      attempt?.error({ error });
      throw error;
    }
    attempt?.end({ output: { workspaceId: `ws-${inputData.customerId.toLowerCase()}` } });
    return {
      workspaceId: `ws-${inputData.customerId.toLowerCase()}`,
      attempts: retryCount + 1,
      retryDelayMs: ONBOARDING_RETRY_DELAY_MS,
    };
  },
});

const enrichCrmProfile = createStep({
  id: 'enrich-crm-profile',
  description: 'Adds segment and account manager to the CRM profile.',
  inputSchema: validated,
  outputSchema: enrichOutput,
  execute: async ({ inputData }) => {
    const customer = findCustomer(inputData.customerId);
    const segment = inputData.tier === 'platinum' || inputData.tier === 'gold' ? 'strategic' : 'growth';
    return { segment, accountManager: customer?.accountManager ?? 'unassigned' };
  },
});

const requestApproval = createStep({
  id: 'request-approval',
  description: 'Waits for a human to approve the onboarding (suspends until resumed).',
  inputSchema: z.object({
    'provision-workspace': provisionOutput,
    'enrich-crm-profile': enrichOutput,
  }),
  outputSchema: approvalOutput,
  suspendSchema: z.object({ reason: z.string(), workspaceId: z.string() }),
  resumeSchema: z.object({ approved: z.boolean(), approver: z.string(), note: z.string().optional() }),
  execute: async ({ inputData, resumeData, suspend }) => {
    const workspaceId = inputData['provision-workspace'].workspaceId;
    if (!resumeData) {
      return suspend({ reason: `Approve onboarding for workspace ${workspaceId}`, workspaceId });
    }
    if (!resumeData.approved) {
      throw new MastraNonRetryableError(`Onboarding rejected by ${resumeData.approver}`);
    }
    return {
      approved: true,
      approver: resumeData.approver,
      workspaceId,
      segment: inputData['enrich-crm-profile'].segment,
    };
  },
});

const sendWelcome = createStep({
  id: 'send-welcome',
  description: 'Sends the welcome message (simulated).',
  inputSchema: approvalOutput,
  outputSchema: z.object({ status: z.literal('onboarded'), workspaceId: z.string(), message: z.string() }),
  execute: async ({ inputData, getInitData }) => {
    const init = getInitData<z.infer<typeof onboardingInput>>();
    return {
      status: 'onboarded' as const,
      workspaceId: inputData.workspaceId,
      message: `Welcome aboard ${init.customerId}! Approved by ${inputData.approver}.`,
    };
  },
});

const onboardingAnnotations: PaddockAnnotations = {
  owner: 'Customer Success',
  contact: '#cs-onboarding',
  risk: 'medium',
  sideEffects: ['Creates a tenant workspace', 'Updates the CRM profile', 'Sends a welcome message'],
  requiresApproval: true,
  example: '{"customerId":"C-1001","plan":"growth"}',
  tags: ['onboarding', 'approval', 'crm'],
};

export const customerOnboardingWorkflow = createWorkflow({
  id: DEMO_WORKFLOW_IDS.customerOnboarding,
  description: describe(
    'Onboards a new customer: validate, provision a workspace and enrich the CRM in parallel, wait for approval, welcome.',
    onboardingAnnotations,
  ),
  metadata: paddockMetadata(onboardingAnnotations),
  inputSchema: onboardingInput,
  outputSchema: sendWelcome.outputSchema,
  retryConfig: { attempts: 0, delay: ONBOARDING_RETRY_DELAY_MS },
})
  .then(validateCustomer)
  .parallel([provisionWorkspace, enrichCrmProfile])
  .then(requestApproval)
  .then(sendWelcome)
  .commit();

const reportInput = z.object({
  team: z.string().default('Support'),
  weekOf: z.string().default('2026-01-05'),
});

const collectTicketStats = createStep({
  id: 'collect-ticket-stats',
  description: 'Counts tickets by status and priority.',
  inputSchema: reportInput,
  outputSchema: z.object({
    team: z.string(),
    weekOf: z.string(),
    open: z.number(),
    urgent: z.number(),
    solved: z.number(),
  }),
  execute: async ({ inputData }) => ({
    team: inputData.team ?? 'Support',
    weekOf: inputData.weekOf ?? '2026-01-05',
    open: TICKETS.filter((ticket) => ticket.status === 'open').length,
    urgent: TICKETS.filter((ticket) => ticket.priority === 'urgent').length,
    solved: TICKETS.filter((ticket) => ticket.status === 'solved').length,
  }),
});

const composeReport = createStep({
  id: 'compose-report',
  description: 'Writes the weekly report text.',
  inputSchema: collectTicketStats.outputSchema,
  outputSchema: z.object({ title: z.string(), body: z.string() }),
  execute: async ({ inputData }) => ({
    title: `${inputData.team} weekly report (${inputData.weekOf})`,
    body: `${inputData.open} open, ${inputData.urgent} urgent, ${inputData.solved} solved across ${CUSTOMERS.length} customers.`,
  }),
});

const reportAnnotations: PaddockAnnotations = {
  owner: 'Support Platform',
  contact: 'support-platform@paddock.test',
  risk: 'low',
  sideEffects: [],
  requiresApproval: false,
  example: '{"team":"Support","weekOf":"2026-01-05"}',
  tags: ['reporting', 'read-only'],
};

export const weeklySupportReportWorkflow = createWorkflow({
  id: DEMO_WORKFLOW_IDS.weeklySupportReport,
  description: describe('Builds the weekly support report from the ticket queue.', reportAnnotations),
  metadata: paddockMetadata(reportAnnotations),
  inputSchema: reportInput,
  outputSchema: composeReport.outputSchema,
})
  .then(collectTicketStats)
  .then(composeReport)
  .commit();

const pricingInput = z.object({ customerId: z.string(), discountPercent: z.number().min(0).max(50) });

const checkDiscount = createStep({
  id: 'check-discount',
  description: 'Checks the discount against the pricing policy.',
  inputSchema: pricingInput,
  outputSchema: z.object({ customerId: z.string(), discountPercent: z.number(), withinPolicy: z.boolean() }),
  execute: async ({ inputData }) => ({ ...inputData, withinPolicy: inputData.discountPercent <= 15 }),
});

const pricingAnnotations: PaddockAnnotations = {
  owner: 'Revenue Operations',
  contact: 'revops@paddock.test',
  risk: 'high',
  sideEffects: ['Changes contract pricing'],
  requiresApproval: true,
  example: '{"customerId":"C-1003","discountPercent":10}',
  tags: ['pricing', 'restricted'],
};

export const pricingReviewWorkflow = createWorkflow({
  id: DEMO_WORKFLOW_IDS.pricingReview,
  description: describe(
    'Reviews a requested discount. Restricted; not available in the builder.',
    pricingAnnotations,
  ),
  metadata: paddockMetadata(pricingAnnotations),
  inputSchema: pricingInput,
  outputSchema: checkDiscount.outputSchema,
})
  .then(checkDiscount)
  .commit();

const renewalInput = z.object({
  withinDays: z.number().int().min(1).max(365).default(30).describe('Look-ahead window in days'),
  channel: z.string().default('#renewals').describe('Where the reminder is posted'),
});

const listRenewals = createStep({
  id: 'list-renewals',
  description: 'Lists the accounts whose renewal falls inside the window (gold and platinum first).',
  inputSchema: renewalInput,
  outputSchema: z.object({ channel: z.string(), accounts: z.array(z.string()) }),
  execute: async ({ inputData }) => ({
    channel: inputData.channel ?? '#renewals',
    accounts: CUSTOMERS.filter((customer) => customer.tier === 'gold' || customer.tier === 'platinum').map(
      (customer) => `${customer.company} (${customer.accountManager})`,
    ),
  }),
});

const postReminder = createStep({
  id: 'post-reminder',
  description: 'Posts the reminder (simulated, no message leaves the server).',
  inputSchema: listRenewals.outputSchema,
  outputSchema: z.object({ posted: z.boolean(), text: z.string() }),
  execute: async ({ inputData }) => ({
    posted: true,
    text: `${inputData.channel}: ${inputData.accounts.length} renewals due: ${inputData.accounts.join(', ')}`,
  }),
});

const renewalAnnotations: PaddockAnnotations = {
  owner: 'Account Management',
  contact: '#renewals',
  risk: 'low',
  sideEffects: ['Posts a reminder (simulated)'],
  requiresApproval: false,
  example: '{"withinDays":30,"channel":"#renewals"}',
  tags: ['renewals', 'scheduled'],
};

export const renewalReminderWorkflow = createWorkflow({
  id: DEMO_WORKFLOW_IDS.renewalReminder,
  description: describe(
    'Reminds account managers of upcoming renewals; runs on a schedule.',
    renewalAnnotations,
  ),
  metadata: paddockMetadata(renewalAnnotations),
  inputSchema: renewalInput,
  outputSchema: postReminder.outputSchema,
})
  .then(listRenewals)
  .then(postReminder)
  .commit();

export const demoWorkflows = {
  [DEMO_WORKFLOW_IDS.customerOnboarding]: customerOnboardingWorkflow,
  [DEMO_WORKFLOW_IDS.weeklySupportReport]: weeklySupportReportWorkflow,
  [DEMO_WORKFLOW_IDS.pricingReview]: pricingReviewWorkflow,
  [DEMO_WORKFLOW_IDS.renewalReminder]: renewalReminderWorkflow,
};
