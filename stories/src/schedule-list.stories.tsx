import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  ScheduleEditor,
  ScheduleList,
  type ScheduleListEditing,
  type ScheduleListProps,
  type ThemeTokens,
} from '@paddock/builder-ui';
import { SchedulesPrimitive } from '@paddock/builder-ui/primitives';
import type { ReplayOptions } from '../fixtures/replay';
import schedulesOwner from '../fixtures/recorded/schedules-owner.json' with { type: 'json' };
import builderRecording from '../fixtures/recorded/builder.json' with { type: 'json' };
import { RENEWAL_SCHEDULE, createSchedulesReplay, type SchedulesRole } from './workflows-replay';
import { createReplayKit } from './replay-kit';

/* Schedules recorded from a fresh playground server (record-schedules.ts): the seeded weekday renewal reminder,
   fired once with "run now", and a paused weekly report the owner added, as the owner and a viewer see them.
   Only Large and LongText change the recorded list. */

const Kit = createReplayKit<SchedulesRole>(createSchedulesReplay, 'owner');

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

const renewalRow = (root: HTMLElement) => within(root).findByRole('row', { name: /Renewal reminder/ });

/** The main flow: schedules in words with their zone and fires; open the editor, validate a cron, preview. */
export const Default: Story = {
  render: (args) => (
    <Kit>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = await renewalRow(canvasElement);
    // The words need the cron engine, which loads on first use.
    await waitFor(() => expect(row).toHaveTextContent('At 09:00, Monday through Friday, Europe/Berlin'));
    await waitFor(() =>
      expect(within(row).getAllByRole('link', { name: /Open run/ }).length).toBeGreaterThan(0),
    );
    await expect(canvas.getByRole('row', { name: /Weekly support report/ })).toHaveTextContent('Paused');
    await userEvent.click(canvas.getByRole('button', { name: 'New schedule' }));
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

const HOLD: ReplayOptions = { hold: true };
/** Every answer held: the loading state. */
export const Loading: Story = {
  render: (args) => (
    <Kit options={HOLD}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading');
  },
};

const EMPTY: ReplayOptions = { overrides: [{ route: /^GET \/api\/schedules$/, body: { schedules: [] } }] };
/** No schedules yet. */
export const Empty: Story = {
  render: (args) => (
    <Kit options={EMPTY}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No schedules yet.')).toBeVisible();
  },
};

const SERVER_ERROR: ReplayOptions = { failures: [{ route: /^GET \/api\/schedules$/, answer: 500 }] };
/** The list route answers 500: a typed error, never a blank table. */
export const ServerError: Story = {
  render: (args) => (
    <Kit options={SERVER_ERROR}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'The server ran into a problem. Try again; if it keeps happening, tell your admin.',
    );
  },
};

const MALFORMED: ReplayOptions = { failures: [{ route: /^GET \/api\/schedules$/, answer: 'malformed' }] };
/** The list route answers 200 with a body no schema accepts. */
export const MalformedResponse: Story = {
  render: (args) => (
    <Kit options={MALFORMED}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'The server sent an answer this page cannot read. Tell your admin.',
    );
  },
};

/** A viewer: schedules and fires are readable, every action disabled with the permission it needs. */
export const PermissionDenied: Story = {
  render: (args) => (
    <Kit person="viewer">
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const row = await renewalRow(canvasElement);
    await waitFor(() =>
      expect(within(row).getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-disabled', 'true'),
    );
    await expect(within(canvasElement).getByRole('button', { name: 'New schedule' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvasElement.textContent).toMatch(/Missing permission: schedules:write/);
  },
};

/** The playground's agent builder, as the server describes them: no `schedules:read` at all. */
const BUILDER_CAPABILITIES: ReplayOptions = {
  overrides: [
    {
      route: /^GET \/api\/auth\/capabilities$/,
      body: builderRecording.exchanges.find((e) => e.path === '/api/auth/capabilities')!.body,
    },
  ],
};
/** A role that may not read schedules: why, and no list request, retry or create button. */
export const NoReadAccess: Story = {
  render: (args) => (
    <Kit options={BUILDER_CAPABILITIES}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'You cannot see schedules. Ask an admin for access. Missing permission: schedules:read',
    );
    await expect(within(canvasElement).queryByRole('button', { name: 'New schedule' })).toBeNull();
    await expect(within(canvasElement).queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

const FORBIDDEN_LIST: ReplayOptions = {
  failures: [{ route: /^GET \/api\/schedules$/, answer: 403 }],
};
/** The capabilities allow reading but the server answers 403: the server's word, without a retry. */
export const ForbiddenByServer: Story = {
  render: (args) => (
    <Kit options={FORBIDDEN_LIST}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    // This replay sends `{ error }` without naming the permission, so the sentence is the general one.
    await expect(alert).toHaveTextContent('You are not allowed to do this. Ask an admin for access.');
    await expect(within(canvasElement).queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

type ScheduleRow = Record<string, unknown> & { id: string; metadata?: Record<string, unknown> };
const recordedList = () =>
  structuredClone(
    (
      schedulesOwner.exchanges.find((e) => e.path === '/api/schedules' && e.query === '')!.body as {
        schedules: ScheduleRow[];
      }
    ).schedules,
  );

/** 300 schedules over the recorded two (synthesized: the server seeds one). */
function largeList() {
  const [renewal] = recordedList();
  const schedules = Array.from({ length: 300 }, (_, i) => ({
    ...renewal!,
    id: `schedule_${i}`,
    cron: `${i % 60} ${i % 24} * * *`,
    metadata: { label: `Nightly sync ${i}` },
  }));
  return { schedules };
}
const LARGE: ReplayOptions = {
  overrides: [
    { route: /^GET \/api\/schedules$/, body: largeList() },
    { route: /^GET \/api\/schedules\/schedule_\d+\/triggers$/, body: { triggers: [] } },
  ],
};
export const Large: Story = {
  render: (args) => (
    <Kit options={LARGE}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('row', { name: /Nightly sync 299/ })).toBeVisible();
  },
};

const LONG_WORD = 'x'.repeat(5_000);
function longTextList() {
  const [renewal, weekly] = recordedList();
  return {
    schedules: [
      { ...renewal!, metadata: { label: `Renewal reminder ${LONG_WORD}` } },
      { ...weekly!, metadata: { label: 'تذكير التجديد الأسبوعي — 每周支持报告' } },
    ],
  };
}
const LONG_TEXT: ReplayOptions = { overrides: [{ route: /^GET \/api\/schedules$/, body: longTextList() }] };
/** A 5,000-character word, Arabic and Chinese in the labels. */
export const LongText: Story = {
  render: (args) => (
    <Kit options={LONG_TEXT}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.textContent).toContain('每周支持报告'));
  },
};

/** The same in a right-to-left page. */
export const LongTextRtl: Story = {
  render: (args) => (
    <div dir="rtl" lang="ar">
      <Kit options={LONG_TEXT}>
        <ScheduleList {...args} />
      </Kit>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.textContent).toContain('تذكير التجديد الأسبوعي'));
  },
};

/** The kit's dark theme. */
export const Dark: Story = {
  parameters: { backgrounds: { default: 'dark' } },
  render: (args) => (
    <Kit theme="dark">
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await renewalRow(canvasElement);
  },
};

const CUSTOM_TOKENS: ThemeTokens = {
  primary: '#0f5c4a',
  'primary-foreground': '#ffffff',
  radius: '2px',
  'status-success': '#0b6b3a',
};
/** A host's brand through `--paddock-*` tokens only. */
export const CustomTheme: Story = {
  render: (args) => (
    <Kit tokens={CUSTOM_TOKENS}>
      <ScheduleList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await renewalRow(canvasElement);
  },
};

function ControlledList(props: ScheduleListProps) {
  const [editing, setEditing] = useState<ScheduleListEditing>(null);
  return (
    <>
      <p>
        Open editor (host state): <output data-testid="editing">{editing ?? 'none'}</output>{' '}
        <button type="button" onClick={() => setEditing(RENEWAL_SCHEDULE)}>
          Edit the renewal reminder
        </button>
      </p>
      <ScheduleList {...props} editing={editing} onEditingChange={setEditing} />
    </>
  );
}
/** The host owns which editor is open (`editing` / `onEditingChange`). */
export const Controlled: Story = {
  render: (args) => (
    <Kit>
      <ControlledList {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await renewalRow(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'New schedule' }));
    await expect(canvas.getByTestId('editing')).toHaveTextContent('new');
    await userEvent.click(canvas.getByRole('button', { name: 'Edit the renewal reminder' }));
    await expect(canvas.getByTestId('editing')).toHaveTextContent(RENEWAL_SCHEDULE);
    await expect(await canvas.findByRole('textbox', { name: /Cron expression/ })).toHaveValue('0 9 * * 1-5');
  },
};

/** The headless parts in plain markup: no kit styles, the host's own layout. */
export const Headless: Story = {
  render: () => (
    <Kit>
      <SchedulesPrimitive.Root refetchInterval={false}>
        <section>
          <h2>Scheduled jobs</h2>
          <SchedulesPrimitive.Status />
          <SchedulesPrimitive.Table />
        </section>
      </SchedulesPrimitive.Root>
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await renewalRow(canvasElement);
  },
};

/** The editor on its own, as the owner: live preview of the next five fires, kit-side cron validation. */
export const Editor: StoryObj<typeof ScheduleEditor> = {
  render: () => (
    <Kit>
      <ScheduleEditor defaultWorkflowId="renewal-reminder-workflow" />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const cron = await canvas.findByRole('textbox', { name: /Cron expression/ });
    await userEvent.type(cron, '61 * * * *');
    await expect(canvas.getByRole('alert')).toBeVisible();
    await userEvent.clear(cron);
    await userEvent.type(cron, '*/15 * * * *');
    await expect(
      within(canvas.getByRole('list', { name: 'Next five fires' })).getAllByRole('listitem'),
    ).toHaveLength(5);
  },
};
