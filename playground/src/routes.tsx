import type { ComponentType } from 'react';
import { HomePage } from './pages/home';
import { CatalogPage } from './pages/catalog';
import { AgentsPage } from './pages/agents';
import { WorkflowRunsPage } from './pages/workflow-runs';
import { SchedulesPage } from './pages/schedules';
import { RunsPage } from './pages/runs';

export interface PlaygroundRoute {
  /** Hash path, e.g. `/catalog` (served at `#/catalog`). */
  path: string;
  /** Navigation label. */
  label: string;
  Component: ComponentType;
}

/** One line per page: the shell builds its navigation from this list. */
export const routes: PlaygroundRoute[] = [
  { path: '/', label: 'Overview', Component: HomePage },
  { path: '/catalog', label: 'Catalog', Component: CatalogPage },
  { path: '/agents', label: 'Agents', Component: AgentsPage },
  { path: '/workflow-runs', label: 'Workflow runs', Component: WorkflowRunsPage },
  { path: '/schedules', label: 'Schedules', Component: SchedulesPage },
  { path: '/runs', label: 'Runs', Component: RunsPage },
];
