import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { BuilderProvider } from '../provider/builder-provider.js';
import { createWorkflowMockServer } from '../testing/workflow-mock-server.js';
import { WorkflowRunViewer } from './workflow-run-viewer.js';

// The resume form's chunk cannot be fetched (a deploy replaced it, the network dropped).
const attempts = vi.hoisted(() => ({ count: 0 }));
vi.mock('../primitives/workflow-run/workflow-run-resume-form.js', () => {
  attempts.count += 1;
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('WorkflowRunViewer: a part whose chunk cannot be fetched', () => {
  it('says so in the part’s slot, in the host’s words, with Try again; no blank part, no thrown error', async () => {
    const server = createWorkflowMockServer();
    render(
      <BuilderProvider
        client={server.client}
        theme="light"
        messages={{
          'workflowRun.partFailed': 'Ce bloc n’a pas pu être chargé.',
          'workflowRun.retry': 'Réessayer',
        }}
      >
        <WorkflowRunViewer workflowId="customer-onboarding-workflow" runId="r1" />
      </BuilderProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-slot', 'paddock-workflow-run-resume');
    expect(alert).toHaveAttribute('data-state', 'error');
    expect(alert).toHaveTextContent('Ce bloc n’a pas pu être chargé.');
    const results = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(results.violations).toEqual([]);
    // Try again is a real button in the tab order; that it fetches again is lazyPart's own test (a browser may
    // keep the failed module, so here it could only fail again).
    const retry = within(alert).getByRole('button', { name: 'Réessayer' });
    retry.focus();
    expect(document.activeElement).toBe(retry);
    expect(attempts.count).toBe(1);
  });
});
