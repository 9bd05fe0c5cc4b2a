import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { BuilderProvider } from '../provider/builder-provider.js';
import type { PaddockMessageOverrides } from '../i18n/en-US.js';
import { createWorkflowMockServer } from '../testing/workflow-mock-server.js';
import { WorkflowRunViewer } from './workflow-run-viewer.js';

// The step details and the resume form are chunks loaded on demand; each is held here until its test lets it
// through, so the loading state is seen for certain rather than by timing.
const gates = vi.hoisted(() => {
  const gate = () => {
    let open = () => {};
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { opened, open };
  };
  return { details: gate(), resume: gate() };
});
vi.mock('../primitives/workflow-run/workflow-run-step-details.js', async (importOriginal) => {
  await gates.details.opened;
  return importOriginal();
});
vi.mock('../primitives/workflow-run/workflow-run-resume-form.js', async (importOriginal) => {
  await gates.resume.opened;
  return importOriginal();
});

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

// A host's translation: it must reach the parts loaded later as well as their loading states.
const MESSAGES: PaddockMessageOverrides = {
  'common.loading': 'Chargement…',
  'workflowRun.details': 'Détails de l’étape',
  'workflowRun.resume': 'Reprendre',
  'workflowRun.suspendedTitle': (step) => `« ${step} » attend une réponse`,
};

function renderViewer() {
  const server = createWorkflowMockServer();
  render(
    <BuilderProvider client={server.client} theme="light" messages={MESSAGES}>
      <WorkflowRunViewer workflowId="customer-onboarding-workflow" runId="r1" />
    </BuilderProvider>,
  );
  return server;
}

const slot = (name: string) => document.querySelector(`[data-slot="paddock-workflow-run-${name}"]`);

describe('WorkflowRunViewer parts loaded on demand', () => {
  it('step details: a loading state in the part’s own slot, then the details in the host’s words', async () => {
    renderViewer();
    const steps = await screen.findByRole('list', { name: 'Steps' });
    // By keyboard: the graph draws the same step as a second button of the same name.
    within(steps)
      .getByRole('button', { name: /^provision-workspace/ })
      .focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(slot('details')).toHaveAttribute('data-state', 'loading'));
    expect(slot('details')).toHaveAttribute('aria-busy', 'true');
    expect(slot('details')).toHaveTextContent('Chargement…');
    expect(await axeViolations()).toEqual([]);

    gates.details.open();
    const details = await screen.findByRole('region', { name: /^Détails de l’étape: provision-workspace/ });
    expect(details).toHaveAttribute('data-slot', 'paddock-workflow-run-details');
    expect(details).toHaveAttribute('data-state', 'success');
    expect(within(details).getByRole('list', { name: 'Attempts' })).toBeInTheDocument();
    // The step list still moves the selection, and the loaded details follow it at once.
    within(steps)
      .getByRole('button', { name: /^provision-workspace/ })
      .focus();
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(
      screen.getByRole('region', { name: /^Détails de l’étape: validate-customer/ }),
    ).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('resume form: a loading state until its chunk is in, then the form in the host’s words', async () => {
    const server = renderViewer();
    await waitFor(() => expect(slot('resume')).toHaveAttribute('data-state', 'loading'));
    expect(slot('resume')).toHaveTextContent('Chargement…');
    expect(screen.queryByRole('form')).toBeNull();

    gates.resume.open();
    const form = await screen.findByRole('form', { name: '« request-approval » attend une réponse' });
    expect(form).toHaveAttribute('data-slot', 'paddock-workflow-run-resume');
    await userEvent.click(within(form).getByRole('checkbox', { name: /approved/ }));
    await userEvent.type(within(form).getByRole('textbox', { name: /approver/ }), 'u-reviewer');
    await userEvent.click(within(form).getByRole('button', { name: 'Reprendre' }));
    await waitFor(() =>
      expect(
        server.calls.some((c) => c.path.startsWith('/workflows/customer-onboarding-workflow/resume')),
      ).toBe(true),
    );
    expect(await axeViolations()).toEqual([]);
  });
});
