import type { Mastra } from '@mastra/core/mastra';
import { DEMO_SCHEDULE_IDS, DEMO_WORKFLOW_IDS } from './ids.js';

/**
 * The demo org's daily renewal reminder. Created through `mastra.schedules` rather than HTTP on purpose: an HTTP
 * create would store the seeding user's bearer token in the row and run every fire with the owner's identity.
 * Created only when missing, so a paused or edited reminder stays as the team left it.
 */
export async function ensureDemoSchedules(mastra: Mastra, log: (line: string) => void): Promise<void> {
  const existing = await mastra.schedules.get(DEMO_SCHEDULE_IDS.renewalReminder);
  if (existing) return;
  await mastra.schedules.create({
    id: 'renewal-reminder',
    workflowId: DEMO_WORKFLOW_IDS.renewalReminder,
    cron: '0 9 * * 1-5',
    timezone: 'Europe/Berlin',
    inputData: { withinDays: 30, channel: '#renewals' },
    metadata: { label: 'Renewal reminder', createdBy: 'demo seed' },
  });
  log(`[paddock] created schedule ${DEMO_SCHEDULE_IDS.renewalReminder}`);
}
