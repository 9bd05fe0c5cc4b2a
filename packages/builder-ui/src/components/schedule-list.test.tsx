import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { BuilderProvider } from '../provider/builder-provider.js';
import type { MockRole } from '../testing/mock-server.js';
import { createWorkflowMockServer } from '../testing/workflow-mock-server.js';
import { ScheduleList } from './schedule-list.js';
import { splitControlWords } from '../../../../scripts/split-words.js';

async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

function renderList(
  role: MockRole = 'owner',
  { schedulesStatus, permissions }: { schedulesStatus?: number; permissions?: Record<string, boolean> } = {},
) {
  const server = createWorkflowMockServer({ role, ...(schedulesStatus ? { schedulesStatus } : {}) });
  const utils = render(
    <BuilderProvider client={server.client} theme="light" {...(permissions ? { permissions } : {})}>
      <ScheduleList className="host-class" runHref={(w, r) => `/runs/${w}/${r}`} refetchInterval={false} />
    </BuilderProvider>,
  );
  return { ...utils, server };
}

const row = (id: string) => screen.getByRole('row', { name: new RegExp(id) });

describe('ScheduleList', () => {
  it('lists schedules in words with zone, next fire, warnings and fires linked to their runs; no axe violations', async () => {
    const { container } = renderList();
    await screen.findByRole('table', { name: 'Schedules' });
    expect(document.querySelectorAll('style[data-href="paddock-schedules"]')).toHaveLength(1);
    expect(document.querySelector('style[data-href="paddock-workflow-run"]')).toBeNull();
    expect(screen.queryByText('__mastra_notification_dispatch')).toBeNull();
    const renewalRow = row('Renewal reminder');
    // The words need the cron engine, which loads on first use.
    await waitFor(() =>
      expect(renewalRow).toHaveTextContent('At 09:00, Monday through Friday, Europe/Berlin'),
    );
    expect(renewalRow).toHaveTextContent('Active');
    await waitFor(() =>
      expect(within(renewalRow).getAllByRole('link', { name: /Open run/ })).toHaveLength(2),
    );
    expect(within(renewalRow).getByRole('link', { name: 'Open run sched_r_1' })).toHaveAttribute(
      'href',
      '/runs/renewal-reminder-workflow/sched_r_1',
    );
    // The suspended fire overlaps the later one, and stays open for the next.
    expect(renewalRow).toHaveTextContent('Fire sched_r_2 started while an earlier run was still open.');
    expect(renewalRow).toHaveTextContent('Run sched_r_1 is still running or suspended');
    expect(row('schedule_stale')).toHaveTextContent(
      'The next fire is in the past: the scheduler may not be running',
    );
    expect(row('schedule_stale')).toHaveTextContent('Server’s timezone (not set)');
    expect(container.textContent).not.toContain('owner-token-leak');
    expect(screen.getByRole('region', { name: 'Schedules' }).className).toContain('host-class');
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps column headings and statuses whole in a narrow list', async () => {
    const server = createWorkflowMockServer({ role: 'viewer' });
    render(
      <div style={{ width: 640 }}>
        <BuilderProvider client={server.client} theme="light">
          <ScheduleList refetchInterval={false} />
        </BuilderProvider>
      </div>,
    );
    const table = await screen.findByRole('table', { name: 'Schedules' });
    await waitFor(() =>
      expect(within(row('Renewal reminder')).getByRole('button', { name: 'Pause' })).toHaveAttribute(
        'aria-disabled',
        'true',
      ),
    );
    const parts = [
      ...table.querySelectorAll('thead th'),
      ...table.querySelectorAll('[data-slot="paddock-schedule-status"]'),
    ];
    expect(parts.length).toBeGreaterThan(5);
    // Long server text may still break anywhere; these short words must not ("Statu / s", "Acti / ve"). The
    // same check Storybook runs after every story and the e2e on every page.
    expect(splitControlWords()).toEqual([]);
  });

  it('a viewer sees every action disabled with its reason', async () => {
    renderList('viewer');
    await screen.findByRole('table');
    const actions = within(row('Renewal reminder')).getByRole('group', { name: /Actions for/ });
    await waitFor(() =>
      expect(within(actions).getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-disabled', 'true'),
    );
    expect(within(actions).getByRole('button', { name: 'Pause' })).toHaveAccessibleDescription(
      'You can view schedules but not change them. Ask an admin for edit rights. Missing permission: schedules:write',
    );
    expect(within(actions).getByRole('button', { name: 'Run now' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(actions).getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
      'You cannot delete schedules. Ask an admin. Missing permission: schedules:delete',
    );
    expect(screen.getByRole('button', { name: 'New schedule' })).toHaveAttribute('aria-disabled', 'true');
    expect(await axeViolations()).toEqual([]);
  });

  it('with auth off (every permission granted) lists the schedules, as a server without auth would', async () => {
    const { server } = renderList('no-auth');
    expect(await screen.findByRole('table', { name: 'Schedules' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(server.calls.some((c) => c.path.startsWith('/schedules'))).toBe(true);
  });

  it('a role without schedules:read is told why, with nothing fetched, nothing to retry and nothing to create', async () => {
    const { server } = renderList('owner', { permissions: { 'schedules:read': false } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'You cannot see schedules. Ask an admin for access. Missing permission: schedules:read',
    );
    expect(alert).toHaveAttribute('data-state', 'forbidden');
    expect(screen.getByRole('region', { name: 'Schedules' })).toHaveAttribute('data-state', 'forbidden');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'New schedule' })).toBeNull();
    expect(server.calls.some((c) => c.path.startsWith('/schedules'))).toBe(false);
    expect(await axeViolations()).toEqual([]);
  });

  it('a 403 the capabilities did not predict says what the server said, without a retry', async () => {
    renderList('owner', { schedulesStatus: 403 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-state', 'forbidden');
    expect(alert).toHaveTextContent('You cannot see schedules. Ask an admin for access.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'New schedule' })).toBeNull();
  });

  it('pause works from the keyboard and refreshes the list', async () => {
    const { server } = renderList();
    await screen.findByRole('table');
    const pause = within(row('Renewal reminder')).getByRole('button', { name: 'Pause' });
    await waitFor(() => expect(pause).not.toHaveAttribute('aria-disabled'));
    pause.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        server.calls.some(
          (c) => c.method === 'POST' && c.path === '/schedules/schedule_renewal-reminder/pause',
        ),
      ).toBe(true),
    );
  });

  it('editor: validates cron and timezone in the kit, previews five fires, sends the input byte for byte and no request context', async () => {
    const { server } = renderList();
    await screen.findByRole('table');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'New schedule' })).not.toHaveAttribute('aria-disabled'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'New schedule' }));
    const form = screen.getByRole('form', { name: 'New schedule' });
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: /Workflow/ }),
      'renewal-reminder-workflow',
    );
    const cron = within(form).getByRole('textbox', { name: /Cron expression/ });
    await userEvent.type(cron, 'every morning');
    expect(within(form).getByRole('alert')).toHaveTextContent('Not a valid cron');
    await userEvent.clear(cron);
    await userEvent.type(cron, '0 7 * * 1-5');
    expect(within(form).getByText('At 07:00, Monday through Friday')).toBeInTheDocument();
    const tz = within(form).getByRole('combobox', { name: 'Timezone' });
    await userEvent.type(tz, 'Mars/Olympus');
    expect(within(form).getByRole('alert')).toHaveTextContent('Unknown timezone “Mars/Olympus”.');
    await userEvent.clear(tz);
    await userEvent.type(tz, 'Asia/Tokyo');
    expect(
      within(within(form).getByRole('list', { name: 'Next five fires' })).getAllByRole('listitem'),
    ).toHaveLength(5);
    const channel = within(form).getByRole('textbox', { name: 'channel' });
    await userEvent.clear(channel);
    await userEvent.type(channel, ' #ops ');
    await userEvent.click(within(form).getByRole('button', { name: 'Save schedule' }));
    await waitFor(() =>
      expect(server.calls.some((c) => c.method === 'POST' && c.path === '/schedules')).toBe(true),
    );
    const post = server.calls.find((c) => c.method === 'POST' && c.path === '/schedules');
    expect(post?.body).toEqual({
      workflowId: 'renewal-reminder-workflow',
      cron: '0 7 * * 1-5',
      timezone: 'Asia/Tokyo',
      inputData: { withinDays: 30, channel: ' #ops ' },
    });
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  });
});
