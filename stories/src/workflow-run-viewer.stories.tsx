import { useMemo, useState, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  BuilderProvider,
  WorkflowRunViewer,
  type PaddockTheme,
  type ThemeTokens,
  type WorkflowRunViewerProps,
} from '@paddock/builder-ui';
import { WorkflowRunPrimitive } from '@paddock/builder-ui/primitives';
import type { RecordedRole, ReplayOptions } from '../fixtures/replay';
import {
  FAILED_RUN,
  ONBOARDING,
  SUCCEEDED_RUN,
  SUSPENDED_RUN,
  createRunReplay,
  recordedBody,
  runPath,
  runRoute,
} from './workflows-replay';

/* Workflow runs recorded from the real playground server (record.ts): the onboarding workflow suspended for
   approval after its provisioning step needed a second attempt, a failed run and a finished one. Only Large and
   LongText change a recorded run. */

interface KitProps {
  /** Whose recording to replay. @default builder */
  person?: RecordedRole;
  runId?: string;
  options?: ReplayOptions;
  theme?: PaddockTheme;
  tokens?: ThemeTokens;
  children: ReactNode;
}

function Kit({
  person = 'builder',
  runId = SUSPENDED_RUN,
  options,
  theme = 'light',
  tokens,
  children,
}: KitProps) {
  // One replay server per mounted story, so stories never share a cache or a resumed run.
  const server = useMemo(() => createRunReplay(person, runId, options), [person, runId, options]);
  return (
    <BuilderProvider client={server.client} theme={theme} tokens={tokens}>
      {children}
    </BuilderProvider>
  );
}

const meta: Meta<typeof WorkflowRunViewer> = {
  title: 'Workflows/WorkflowRunViewer',
  component: WorkflowRunViewer,
  parameters: { layout: 'padded' },
  args: { workflowId: ONBOARDING, runId: SUSPENDED_RUN, follow: false },
};
export default meta;
type Story = StoryObj<typeof WorkflowRunViewer>;

const stepButton = (root: HTMLElement, name: string) =>
  within(within(root).getByRole('list', { name: 'Steps' })).getByRole('button', {
    name: new RegExp(`^${name}`),
  });

/** The main flow: suspended for approval; the retried step shows both attempts; the resume form is ready. */
export const Default: Story = {
  render: (args) => (
    <Kit>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Suspended, waiting for input'));
    const graph = await canvas.findByRole('group', { name: 'Step graph' });
    await waitFor(() => expect(within(graph).getAllByRole('button').length).toBeGreaterThanOrEqual(4), {
      timeout: 8000,
    });
    await waitFor(() => expect(stepButton(canvasElement, 'provision-workspace')).toBeVisible());
    await userEvent.click(stepButton(canvasElement, 'provision-workspace'));
    await expect(stepButton(canvasElement, 'provision-workspace')).toHaveAttribute('aria-pressed', 'true');
  },
};

/** A run that finished: every step succeeded, the result is shown, nothing to resume or cancel. */
export const Succeeded: Story = {
  args: { runId: SUCCEEDED_RUN },
  render: (args) => (
    <Kit runId={SUCCEEDED_RUN}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Succeeded'));
  },
};

/** A run that failed at its first step. */
export const Failed: Story = {
  args: { runId: FAILED_RUN },
  render: (args) => (
    <Kit runId={FAILED_RUN}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Failed'));
  },
};

const HOLD: ReplayOptions = { hold: true };
/** Every answer held: the loading state. */
export const Loading: Story = {
  render: (args) => (
    <Kit options={HOLD}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent('Loading');
  },
};

const pendingRun = () => ({ ...recordedBody(runPath(SUSPENDED_RUN)), status: 'pending', steps: {} });
/** A run that has not started a step yet: the graph with every step "Not started". */
export const Empty: Story = {
  render: (args) => (
    <Kit options={{ overrides: [{ route: runRoute(SUSPENDED_RUN), body: pendingRun() }] }}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const list = await within(canvasElement).findByRole('list', { name: 'Steps' });
    await waitFor(() => expect(within(list).getAllByText('Not started').length).toBeGreaterThan(0));
  },
};

const SERVER_ERROR: ReplayOptions = { failures: [{ route: runRoute(SUSPENDED_RUN), answer: 500 }] };
/** The run route answers 500: a typed error with Retry, never a blank view. */
export const ServerError: Story = {
  render: (args) => (
    <Kit options={SERVER_ERROR}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent(
      'The server ran into a problem. Try again; if it keeps happening, tell your admin.',
    );
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

const MALFORMED: ReplayOptions = { failures: [{ route: runRoute(SUSPENDED_RUN), answer: 'malformed' }] };
/** The run route answers 200 with a body no schema accepts: shown as a validation error. */
export const MalformedResponse: Story = {
  render: (args) => (
    <Kit options={MALFORMED}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'The server sent an answer this page cannot read. Tell your admin.',
    );
  },
};

/** A viewer: the run is readable, resume and cancel are disabled with the permission they need. */
export const PermissionDenied: Story = {
  render: (args) => (
    <Kit person="viewer">
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Suspended'));
    await waitFor(() => expect(canvasElement.textContent).toMatch(/Missing permission: workflows:execute/));
  },
};

/** A step whose output is 10,000 rows: the details stay behind "Show all". */
function largeRun() {
  const run = recordedBody<{ steps: Record<string, { output?: unknown }> }>(runPath(SUCCEEDED_RUN));
  const step = run.steps['enrich-crm-profile'];
  if (step)
    step.output = {
      accounts: Array.from({ length: 10_000 }, (_, i) => ({
        id: `acct-${i}`,
        segment: i % 3 ? 'smb' : 'strategic',
      })),
    };
  return run;
}
export const Large: Story = {
  args: { runId: SUCCEEDED_RUN, defaultSelectedStepId: 'enrich-crm-profile' },
  render: (args) => (
    <Kit
      runId={SUCCEEDED_RUN}
      options={{ overrides: [{ route: runRoute(SUCCEEDED_RUN), body: largeRun() }] }}
    >
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Succeeded'));
  },
};

const LONG_WORD = 'x'.repeat(5_000);
/** A failed step with a 5,000-character word, Arabic and Chinese in its error and output. */
function longTextRun() {
  const run = recordedBody<{ steps: Record<string, Record<string, unknown>> }>(runPath(FAILED_RUN));
  const step = run.steps['validate-customer'];
  if (step) {
    step.error = `${LONG_WORD} — تعذر التحقق من العميل — 无法验证客户`;
    step.output = { note: 'تمت المراجعة بواسطة فريق الدعم', 中文: '客户资料不完整' };
  }
  return run;
}
const LONG_TEXT: ReplayOptions = { overrides: [{ route: runRoute(FAILED_RUN), body: longTextRun() }] };
export const LongText: Story = {
  args: { runId: FAILED_RUN, defaultSelectedStepId: 'validate-customer' },
  render: (args) => (
    <Kit runId={FAILED_RUN} options={LONG_TEXT}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.textContent).toContain('无法验证客户'));
  },
};

/** The same in a right-to-left page. */
export const LongTextRtl: Story = {
  args: { runId: FAILED_RUN, defaultSelectedStepId: 'validate-customer' },
  render: (args) => (
    <div dir="rtl" lang="ar">
      <Kit runId={FAILED_RUN} options={LONG_TEXT}>
        <WorkflowRunViewer {...args} />
      </Kit>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.textContent).toContain('تعذر التحقق من العميل'));
  },
};

/** The kit's dark theme. */
export const Dark: Story = {
  parameters: { backgrounds: { default: 'dark' } },
  render: (args) => (
    <Kit theme="dark">
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Suspended'));
  },
};

const CUSTOM_TOKENS: ThemeTokens = {
  primary: '#0f5c4a',
  'primary-foreground': '#ffffff',
  radius: '2px',
  'status-success': '#0b6b3a',
  approval: '#7a3e00',
};
/** A host's brand through `--paddock-*` tokens only. */
export const CustomTheme: Story = {
  render: (args) => (
    <Kit tokens={CUSTOM_TOKENS}>
      <WorkflowRunViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('status')).toHaveTextContent('Suspended'));
  },
};

function ControlledViewer(props: WorkflowRunViewerProps) {
  const [step, setStep] = useState<string | null>('validate-customer');
  return (
    <>
      <p>
        Selected by the host: <output data-testid="selected-step">{step ?? 'none'}</output>{' '}
        <button type="button" onClick={() => setStep('enrich-crm-profile')}>
          Select enrich-crm-profile
        </button>
      </p>
      <WorkflowRunViewer {...props} selectedStepId={step} onSelectedStepChange={setStep} />
    </>
  );
}
/** The host owns the selected step (`selectedStepId` / `onSelectedStepChange`). */
export const Controlled: Story = {
  render: (args) => (
    <Kit>
      <ControlledViewer {...args} />
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(stepButton(canvasElement, 'provision-workspace')).toBeVisible());
    await userEvent.click(stepButton(canvasElement, 'provision-workspace'));
    await expect(canvas.getByTestId('selected-step')).toHaveTextContent('provision-workspace');
    await userEvent.click(canvas.getByRole('button', { name: 'Select enrich-crm-profile' }));
    await expect(stepButton(canvasElement, 'enrich-crm-profile')).toHaveAttribute('aria-pressed', 'true');
  },
};

/** The headless parts in plain markup: no kit styles, the host's own layout. */
export const Headless: Story = {
  render: (args) => (
    <Kit>
      <WorkflowRunPrimitive.Root workflowId={args.workflowId} runId={args.runId} follow={false}>
        <section>
          <h2>Onboarding run</h2>
          <WorkflowRunPrimitive.LoadError />
          <WorkflowRunPrimitive.Status />
          <WorkflowRunPrimitive.StepList />
          <WorkflowRunPrimitive.StepDetails />
          <WorkflowRunPrimitive.ResumeForm />
        </section>
      </WorkflowRunPrimitive.Root>
    </Kit>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(stepButton(canvasElement, 'request-approval')).toBeVisible());
  },
};
