import { useMemo, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BuilderProvider, ScheduleEditor, ScheduleList } from '@paddock/builder-ui';
import {
  createWorkflowMockServer,
  type WorkflowMockServerOptions,
} from '../../packages/builder-ui/src/testing/workflow-mock-server';

function Kit({ children, server }: { children: ReactNode; server?: WorkflowMockServerOptions }) {
  const mock = useMemo(() => createWorkflowMockServer(server), [server]);
  return (
    <BuilderProvider client={mock.client} theme="light">
      {children}
    </BuilderProvider>
  );
}

const meta: Meta<typeof ScheduleList> = {
  title: 'Workflows/ScheduleList',
  component: ScheduleList,
  parameters: { layout: 'padded' },
  args: {
    refetchInterval: false,
    runHref: (workflowId: string, runId: string) => `#/runs/${workflowId}/${runId}`,
  },
};
export default meta;
type Story = StoryObj<typeof ScheduleList>;

/** Words, zones, next fires, warnings (stale next fire, overlapping fires) and fires linked to their runs. */
export const Owner: Story = {
  render: (args) => (
    <Kit>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = await canvas.findByRole('row', { name: /Renewal reminder/ });
    await expect(row).toHaveTextContent('At 09:00, Monday through Friday, Europe/Berlin');
    await waitFor(() => expect(within(row).getAllByRole('link', { name: /Open run/ })).toHaveLength(2));
    await expect(canvas.getByRole('row', { name: /schedule_stale/ })).toHaveTextContent(
      'The next fire is in the past',
    );
  },
};

/** A viewer: every action disabled with its reason. */
export const Viewer: Story = {
  render: (args) => (
    <Kit server={{ role: 'viewer' }}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = await canvas.findByRole('row', { name: /Renewal reminder/ });
    await waitFor(() =>
      expect(within(row).getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-disabled', 'true'),
    );
  },
};

/** The editor on its own: live preview of the next five fires, kit-side cron validation. */
export const Editor: StoryObj<typeof ScheduleEditor> = {
  render: () => (
    <Kit>
      <ScheduleEditor defaultWorkflowId="renewal-reminder-workflow" />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const cron = await canvas.findByRole('textbox', { name: /Cron expression/ });
    await userEvent.type(cron, 'every day');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Not a valid cron');
    await userEvent.clear(cron);
    await userEvent.type(cron, '0 9 * * 1-5');
    await expect(
      within(canvas.getByRole('list', { name: 'Next five fires' })).getAllByRole('listitem'),
    ).toHaveLength(5);
  },
};
