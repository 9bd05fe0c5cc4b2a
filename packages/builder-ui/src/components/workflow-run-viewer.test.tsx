import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { BuilderProvider } from '../provider/builder-provider.js';
import { createWorkflowMockServer } from '../testing/workflow-mock-server.js';
import { WorkflowRunViewer } from './workflow-run-viewer.js';

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

const mockServer = createWorkflowMockServer;

function renderViewer(
  options: Parameters<typeof mockServer>[0] = {},
  props: Partial<Parameters<typeof WorkflowRunViewer>[0]> = {},
) {
  const server = mockServer(options);
  const utils = render(
    <BuilderProvider client={server.client} theme="light">
      <WorkflowRunViewer workflowId="customer-onboarding-workflow" runId="r1" {...props} />
    </BuilderProvider>,
  );
  return { ...utils, server };
}

const stepButton = (name: string) =>
  within(screen.getByRole('list', { name: 'Steps' })).getByRole('button', { name: new RegExp(`^${name}`) });

describe('WorkflowRunViewer', () => {
  it('draws the graph lazily with every step labelled by status, the retried step marked, and no axe violations', async () => {
    const { container } = renderViewer();
    const graph = await screen.findByRole('group', { name: 'Step graph' });
    const nodes = await within(graph).findAllByRole('button', {}, { timeout: 8000 });
    expect(nodes.map((n) => n.textContent)).toEqual([
      'validate-customerSucceeded',
      'provision-workspaceSucceededSucceeded after 2 attempts',
      'enrich-crm-profileSucceeded',
      'request-approvalSuspended',
      'send-welcomeNot started',
    ]);
    expect(graph.querySelector('[data-retried="after-retry"]')?.textContent).toContain('provision-workspace');
    expect(screen.getByRole('status')).toHaveTextContent('Suspended, waiting for input');
    // The kit root, not the host page, holds xyflow's rules.
    expect(container.querySelector('[data-paddock-root] .react-flow')).not.toBeNull();
    // Its own sheet with the root, the graph's (xyflow rules) only once the lazy graph has loaded.
    expect(document.querySelectorAll('style[data-href="paddock-workflow-run"]')).toHaveLength(1);
    expect(document.querySelectorAll('style[data-href="paddock-workflow-run-graph"]')).toHaveLength(1);
    expect(document.querySelector('style[data-href="paddock-schedules"]')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('keyboard: selecting the retried step shows each attempt, the delay and the error', async () => {
    renderViewer();
    const provision = await waitFor(() => stepButton('provision-workspace'));
    await waitFor(() => expect(provision).toHaveTextContent('Succeeded after 2 attempts'));
    stepButton('validate-customer').focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(provision);
    await userEvent.keyboard('{Enter}');
    expect(provision).toHaveAttribute('aria-pressed', 'true');
    // The details are a chunk loaded on demand (fetched once the run is shown).
    const details = await screen.findByRole('region', { name: /Step details: provision-workspace/ });
    const attempts = within(details).getByRole('list', { name: 'Attempts' });
    expect(
      within(attempts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Attempt 1 failed · Provisioning API timed out',
      'Attempt 2 succeeded · retried after 200 ms',
    ]);
    expect(await axeViolations()).toEqual([]);
  });

  it('resumes the suspended step from the generated form and streams the run to its end', async () => {
    const { server } = renderViewer();
    const form = await screen.findByRole('form', { name: '“request-approval” is waiting for input' });
    expect(form).toHaveTextContent('Approve onboarding for workspace ws-c-1002');
    await userEvent.click(within(form).getByRole('button', { name: 'Resume' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Required.');
    expect(server.calls.some((c) => c.path.includes('resume'))).toBe(false);
    await userEvent.click(within(form).getByRole('checkbox', { name: /approved/ }));
    await userEvent.type(within(form).getByRole('textbox', { name: /approver/ }), ' u-reviewer ');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Succeeded'));
    const resume = server.calls.find((c) =>
      c.path.startsWith('/workflows/customer-onboarding-workflow/resume-stream'),
    );
    expect(resume?.body).toEqual({
      step: ['request-approval'],
      resumeData: { approved: true, approver: ' u-reviewer ' },
    });
    await waitFor(() => expect(stepButton('send-welcome')).toHaveTextContent('Succeeded'));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('cancel asks for confirmation; Escape keeps the run', async () => {
    const { server } = renderViewer();
    const trigger = await screen.findByRole('button', { name: 'Cancel run' });
    await userEvent.click(trigger);
    expect(screen.getByRole('group', { name: 'Cancel this run?' })).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent('Cancel the run');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Cancel this run?' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel run' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the run' }));
    await waitFor(() =>
      expect(server.calls.some((c) => c.method === 'POST' && c.path.endsWith('/runs/r1/cancel'))).toBe(true),
    );
  });

  it('a viewer sees everything read-only, with the reasons', async () => {
    renderViewer({ role: 'viewer' });
    const form = await screen.findByRole('form');
    await waitFor(() =>
      expect(form).toHaveTextContent(
        'You can view workflows but not run them. Ask an admin for the right to run workflows. Missing permission: workflows:execute',
      ),
    );
    expect(within(form).getByRole('button', { name: 'Resume' })).toHaveAttribute('aria-disabled', 'true');
    const cancel = screen.getByRole('button', { name: 'Cancel run' });
    expect(cancel).toHaveAttribute('aria-disabled', 'true');
    expect(cancel).toHaveAccessibleDescription(
      'You can view workflows but not run them. Ask an admin for the right to run workflows. Missing permission: workflows:execute',
    );
    // Playwright refuses to click an aria-disabled control, so click it the way assistive tech can.
    cancel.click();
    expect(screen.queryByRole('group', { name: 'Cancel this run?' })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('another user’s run (403) is explained, never a blank panel', async () => {
    renderViewer({ runStatus: 403 });
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('This run belongs to someone else'));
    expect(screen.queryByRole('group', { name: 'Step graph' })).toBeNull();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('controlled selection and className merge', async () => {
    const onChange = vi.fn();
    function Host() {
      const [selected, setSelected] = useState<string | null>('request-approval');
      return (
        <WorkflowRunViewer
          workflowId="customer-onboarding-workflow"
          runId="r1"
          className="host-class"
          selectedStepId={selected}
          onSelectedStepChange={(id) => {
            onChange(id);
            setSelected(id);
          }}
        />
      );
    }
    const server = mockServer();
    render(
      <BuilderProvider client={server.client} theme="light">
        <Host />
      </BuilderProvider>,
    );
    const region = await screen.findByRole('region', { name: /Workflow run r1/ });
    expect(region.className).toContain('host-class');
    expect(region.className).toContain('paddock-workflow-run');
    await waitFor(() => expect(stepButton('request-approval')).toHaveAttribute('aria-pressed', 'true'));
    await userEvent.click(stepButton('validate-customer'));
    expect(onChange).toHaveBeenCalledWith('validate-customer');
    expect(stepButton('validate-customer')).toHaveAttribute('aria-pressed', 'true');
  });
});
