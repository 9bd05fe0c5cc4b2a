import { createRoot } from 'react-dom/client';
import { BuilderProvider, PrimitivePicker } from '@paddock/builder-ui';
// The kit's own test fixtures (not part of the public package): 10,000 varied items and an in-memory server.
import { makeLargeCatalog } from '../../packages/builder-ui/src/testing/catalog-fixtures.ts';
import { createMockServer } from '../../packages/builder-ui/src/testing/mock-server.ts';
import { keystrokeRecorder, longTasks, settle } from './harness.ts';

const count = Number(new URLSearchParams(location.search).get('count') ?? 10_000);
const items = makeLargeCatalog(count);
const mock = createMockServer();
const tasks = longTasks();
const root = document.getElementById('root')!;
const keys = keystrokeRecorder(document.body);
let openMs: { firstRow: number | null; settled: number | null } | null = null;

// Time to open: from the trigger's click event to the first painted option.
document.addEventListener(
  'click',
  (event) => {
    const target = event.target as Element | null;
    if (!target?.closest('[data-slot="paddock-picker-trigger"], button')) return;
    const t0 = event.timeStamp;
    const firstOption = () => document.querySelector('[role="option"]') !== null;
    void settle(document.body, t0, { done: firstOption, maxMs: 20_000 }).then((result) => {
      openMs = { firstRow: result.firstPaint, settled: result.lastPaint };
    });
  },
  { capture: true },
);

createRoot(root).render(
  <BuilderProvider client={mock.client} theme="light">
    <PrimitivePicker variant="dialog" items={items} showUnavailable />
  </BuilderProvider>,
);

window.__bench = {
  ready: () => document.querySelector('button') !== null,
  open: () => openMs,
  keys: () => keys.samples,
  pending: () => keys.pending(),
  options: () => document.querySelectorAll('[role="option"]').length,
  status: () => document.querySelector('[role="status"]')?.textContent ?? '',
  longTasks: () => tasks.take(),
};
