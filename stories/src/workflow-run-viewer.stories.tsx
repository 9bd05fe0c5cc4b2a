import { useMemo, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BuilderProvider, WorkflowRunViewer } from '@paddock/builder-ui';
import {
  createWorkflowMockServer,
  type WorkflowMockServerOptions,
} from '../../packages/builder-ui/src/testing/workflow-mock-server';

function Kit({ children, server }: { children: ReactNode; server?: WorkflowMockServerOptions }) {
  // One mock server per mounted story, so stories never share a cache or a resumed run.
  const mock = useMemo(() => createWorkflowMockServer(server), [server]);
  return (
    <BuilderProvider client={mock.client} theme="light">
      {children}
    </BuilderProvider>
  );
}

const meta: Meta<typeof WorkflowRunViewer> = {
  title: 'Workflows/WorkflowRunViewer',
  component: WorkflowRunViewer,
  parameters: { layout: 'padded' },
  args: { workflowId: 'customer-onboarding-workflow', runId: 'r1' },
};
export default meta;
type Story = StoryObj<typeof WorkflowRunViewer>;

/** Suspended for approval after the provisioning step needed a second attempt. */
export const SuspendedWithRetries: Story = {
  render: (args) => (
    <Kit>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const graph = await canvas.findByRole('group', { name: 'Step graph' });
    await waitFor(() => expect(within(graph).getAllByRole('button')).toHaveLength(5), { timeout: 8000 });
    await waitFor(() =>
      expect(within(graph).getByRole('button', { name: /^provision-workspace/ })).toHaveTextContent(
        'Succeeded after 2 attempts',
      ),
    );
    await userEvent.click(
      within(canvas.getByRole('list', { name: 'Steps' })).getByRole('button', {
        name: /^provision-workspace/,
      }),
    );
    await expect(canvas.getByRole('list', { name: 'Attempts' })).toHaveTextContent(
      'Provisioning API timed out',
    );
  },
};

/** Resuming from the generated form streams the rest of the run into the view. */
export const ResumeToTheEnd: Story = {
  render: (args) => (
    <Kit>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = await canvas.findByRole('form', { name: '“request-approval” is waiting for input' });
    await userEvent.click(within(form).getByRole('checkbox', { name: /approved/ }));
    await userEvent.type(within(form).getByRole('textbox', { name: /approver/ }), 'u-reviewer');
    await userEvent.click(within(form).getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(canvas.getAllByRole('status')[0]).toHaveTextContent('Succeeded'));
  },
};

/** A viewer: resume and cancel stay visible, disabled, with the reason. */
export const ReadOnlyViewer: Story = {
  render: (args) => (
    <Kit server={{ role: 'viewer' }}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = await canvas.findByRole('form');
    await waitFor(() => expect(form).toHaveTextContent('Requires the "workflows:execute" permission.'));
    await expect(canvas.getByRole('button', { name: 'Cancel run' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Mastra answers 403 on another user's run: said in the user's words. */
export const AnotherUsersRun: Story = {
  render: (args) => (
    <Kit server={{ runStatus: 403 }}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('This run belongs to someone else'),
    );
  },
};
