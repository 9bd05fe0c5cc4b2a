/** Ids of every primitive the demo profile registers, so tests and the UI never hard-code strings twice. */
export const DEMO_TOOL_IDS = {
  crmLookup: 'crm-lookup-tool',
  ticketSearch: 'ticket-search-tool',
  customerSummary: 'customer-summary-tool',
  slackNotify: 'slack-notify-tool',
  refundIssue: 'refund-issue-tool',
  pricingApproval: 'pricing-approval-tool',
} as const;

export const DEMO_AGENT_IDS = {
  accountResearch: 'account-research-agent',
  supportTriage: 'support-triage-agent',
  financeOps: 'finance-ops-agent',
} as const;

export const DEMO_WORKFLOW_IDS = {
  customerOnboarding: 'customer-onboarding-workflow',
  weeklySupportReport: 'weekly-support-report-workflow',
  pricingReview: 'pricing-review-workflow',
  /** Lists renewals due; the demo org runs it every weekday morning from a schedule. */
  renewalReminder: 'renewal-reminder-workflow',
} as const;

/** The demo org's schedule (API-created row, so `schedule_` prefixed). */
export const DEMO_SCHEDULE_IDS = { renewalReminder: 'schedule_renewal-reminder' } as const;

/** What the builder may pick: everything above except the `pricing-*` / finance primitives. */
export const DEMO_ALLOWED = {
  tools: [
    DEMO_TOOL_IDS.crmLookup,
    DEMO_TOOL_IDS.ticketSearch,
    DEMO_TOOL_IDS.customerSummary,
    DEMO_TOOL_IDS.slackNotify,
    DEMO_TOOL_IDS.refundIssue,
  ],
  agents: [DEMO_AGENT_IDS.accountResearch, DEMO_AGENT_IDS.supportTriage],
  workflows: [DEMO_WORKFLOW_IDS.customerOnboarding, DEMO_WORKFLOW_IDS.weeklySupportReport],
} as const;

/** Stored agents the seed creates, one per lifecycle state. */
export const SEED_STORED_AGENT_IDS = {
  /** Never published: `status: 'draft'`, no active version. Public, authored by u-builder. */
  draft: 'renewal-risk-drafter',
  /** Published v1 only. Public, authored by u-admin. */
  published: 'faq-responder',
  /** Published v2 with a newer draft v3 (three versions with change messages). Public, authored by u-builder. */
  publishedWithDraft: 'escalation-assistant',
  /** Published, private to its author u-builder. */
  private: 'builder-scratchpad',
} as const;

export const MINIMAL_IDS = {
  tools: { weather: 'weather-lookup-tool', unitConvert: 'unit-convert-tool' },
  agent: 'weather-agent',
  workflow: 'forecast-digest-workflow',
} as const;

/** The deterministic model: provider id of the mock gateway and its model ids. */
export const MOCK_PROVIDER = 'mock';
export const MOCK_MODELS = ['deterministic-v1', 'deterministic-v2'] as const;
export const MOCK_DEFAULT_MODEL = 'deterministic-v1';

/**
 * The environment variables that turn on a real model provider (see providers.ts). Kept here, free of
 * @mastra imports, so the test helper can strip them without loading Mastra.
 */
export const REAL_PROVIDER_ENV_KEYS = ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY'] as const;
