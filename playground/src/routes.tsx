import type { ComponentType } from 'react';
import type { PaddockMessageOverrides } from '@paddock/builder-ui';
import { HomePage } from './pages/home';
import { CatalogPage } from './pages/catalog';
import { AgentsPage } from './pages/agents';
import { WorkflowRunsPage } from './pages/workflow-runs';
import { SchedulesPage } from './pages/schedules';
import { RunsPage } from './pages/runs';
import homeSource from './pages/home.tsx?raw';
import catalogSource from './pages/catalog.tsx?raw';
import agentsSource from './pages/agents.tsx?raw';
import workflowRunsSource from './pages/workflow-runs.tsx?raw';
import schedulesSource from './pages/schedules.tsx?raw';
import runsSource from './pages/runs.tsx?raw';
import { ReviewsPage } from './pages/reviews';
import reviewsSource from './pages/reviews.tsx?raw';

export interface PlaygroundRoute {
  /** Hash path, e.g. `/catalog` (served at `#/catalog`). */
  path: string;
  /** Navigation label. */
  label: string;
  Component: ComponentType;
  /** The page's source, shown in its "How this page embeds the kit" panel. */
  source?: string;
  /** The kit's wording on this page (the console's BuilderProvider passes it). */
  messages?: PaddockMessageOverrides;
}

/** One line per page: the shell builds its navigation from this list. */
export const routes: PlaygroundRoute[] = [
  { path: '/', label: 'Overview', Component: HomePage, source: homeSource },
  {
    path: '/catalog',
    label: 'Catalog',
    Component: CatalogPage,
    source: catalogSource,
    messages: { 'picker.confirm': 'Start an agent with these' },
  },
  { path: '/agents', label: 'Agents', Component: AgentsPage, source: agentsSource },
  {
    path: '/workflow-runs',
    label: 'Workflow runs',
    Component: WorkflowRunsPage,
    source: workflowRunsSource,
  },
  { path: '/schedules', label: 'Schedules', Component: SchedulesPage, source: schedulesSource },
  { path: '/runs', label: 'Runs', Component: RunsPage, source: runsSource },
  { path: '/reviews', label: 'Reviews', Component: ReviewsPage, source: reviewsSource },
];
