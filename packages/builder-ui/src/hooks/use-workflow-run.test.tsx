import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { MastraClient } from '@paddock/client-sdk';
import { BuilderProvider } from '../provider/builder-provider.js';
import { mockCapabilities } from '../testing/mock-server.js';
import { useWorkflowRun } from './use-workflow-run.js';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const records = (items: unknown[]) =>
  new Response(items.map((r) => `${JSON.stringify(r)}\x1E`).join(''), {
    headers: { 'content-type': 'text/plain' },
  });

const ev = (type: string, payload: Record<string, unknown>) => ({ type, runId: 'r1', payload });
const all = [
  ev('workflow-step-start', { id: 'a', stepCallId: '1', status: 'running' }),
  ev('workflow-step-result', { id: 'a', stepCallId: '1', status: 'success' }),
  ev('workflow-step-start', { id: 'b', stepCallId: '2', status: 'running' }),
  ev('workflow-step-result', { id: 'b', stepCallId: '2', status: 'success' }),
  ev('workflow-finish', { workflowStatus: 'success' }),
];

describe('useWorkflowRun live follow', () => {
  it('after a dropped connection it re-attaches at the next offset; a replayed record is not shown twice, none is lost', async () => {
    const observed: string[] = [];
    let runStatus = 'running';
    const fetch = async (input: string): Promise<Response> => {
      const url = new URL(input);
      const path = url.pathname.replace(/^\/api/, '');
      if (path === '/auth/capabilities') return json(mockCapabilities('owner'));
      if (path === '/workflows/w/runs/r1')
        return json({
          runId: 'r1',
          status: runStatus,
          steps: runStatus === 'success' ? { a: { status: 'success' }, b: { status: 'success' } } : {},
        });
      if (path === '/workflows/w/observe') {
        const offset = url.searchParams.get('offset') ?? '0';
        observed.push(offset);
        // First connection drops after two records (no terminator); the server then replays one record too many.
        if (offset === '0') return records(all.slice(0, 2));
        runStatus = 'success';
        return records(all.slice(1));
      }
      return json({});
    };
    const client = new MastraClient({ baseUrl: 'http://paddock.test', fetch, maxRetries: 0 });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BuilderProvider client={client} theme="light">
        {children}
      </BuilderProvider>
    );
    const { result } = renderHook(() => useWorkflowRun('w', 'r1'), { wrapper });
    await waitFor(() => expect(result.current.state.run?.status).toBe('success'));
    expect(observed).toEqual(['0', '2']);
    expect(result.current.state.events.map((e) => `${e.type}:${e.stepId ?? ''}`)).toEqual([
      'workflow-step-start:a',
      'workflow-step-result:a',
      'workflow-step-start:b',
      'workflow-step-result:b',
      'workflow-finish:',
    ]);
    expect(result.current.state.run?.steps['b']?.status).toBe('success');
  });
});
