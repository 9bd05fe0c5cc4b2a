import type { ComponentType } from 'react';
import { HomePage } from './pages/home';
import { CatalogPage } from './pages/catalog';
import { AgentsPage } from './pages/agents';
import { ReviewsPage } from './pages/reviews';

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
  { path: '/reviews', label: 'Reviews', Component: ReviewsPage },
];
