import type { ReactNode } from 'react';
import { BuilderProvider, type PaddockTheme, type ThemeTokens } from '@paddock/builder-ui';
import { findExchange } from '../fixtures/replay';
import {
  createReviewReplayServer,
  reviewScenarios,
  REVIEW_AGENTS,
  type ReviewReplayOptions,
  type ReviewReplayServer,
  type ReviewRole,
} from '../fixtures/replay-review';

/* Shared by the PublishReviewPanel and ReviewQueue stories: the recorded review ledger (record-review.ts)
   replayed per role, and the few derived answers the edge-case stories need. */

export { REVIEW_AGENTS };
export type { ReviewRole, ReviewReplayServer };

export interface Env {
  server: ReviewReplayServer;
}

/** A loader: each story gets its own replay server (and its own written ledger items when `live`). */
export const withReplay =
  (role: ReviewRole, options: ReviewReplayOptions = {}) =>
  (): Env => ({ server: createReviewReplayServer(role, options) });

export const envOf = (loaded: Record<string, unknown>) => loaded as unknown as Env;

export function Kit({
  env,
  theme = 'light',
  tokens,
  children,
}: {
  env: Env;
  theme?: PaddockTheme;
  tokens?: ThemeTokens;
  children: ReactNode;
}) {
  return (
    <BuilderProvider client={env.server.client} theme={theme} tokens={tokens}>
      {children}
    </BuilderProvider>
  );
}

/** A recorded JSON answer, as the server sent it (a fresh copy). */
export function recorded<T = Record<string, unknown>>(
  role: ReviewRole,
  method: string,
  path: string,
  query = '',
) {
  const exchange = findExchange(reviewScenarios[role], method, path, query);
  if (!exchange?.body) throw new Error(`not recorded: ${method} ${path}${query}`);
  return structuredClone(exchange.body) as T;
}

export const VERSIONS_QUERY = `?perPage=50&orderBy=${encodeURIComponent(JSON.stringify({ field: 'versionNumber', direction: 'DESC' }))}`;

interface VersionList {
  versions: Record<string, unknown>[];
  total: number;
  [key: string]: unknown;
}
interface ItemList {
  items: { input: Record<string, unknown>; [key: string]: unknown }[];
  pagination: Record<string, unknown>;
}

/** The recorded ledger items (the reviewer's read, before approving). */
export function ledgerItems(role: ReviewRole): { path: string; body: ItemList } {
  const exchange = reviewScenarios[role].exchanges.find(
    (e) => e.method === 'GET' && /^\/api\/datasets\/[^/]+\/items$/.test(e.path),
  );
  if (!exchange) throw new Error('no ledger items recorded');
  return { path: exchange.path, body: structuredClone(exchange.body) as ItemList };
}

export const EMPTY_LEDGER = { items: [], pagination: { total: 0, page: 0, perPage: 100, hasMore: false } };

/** A 5,000-character word, then right-to-left and CJK text: what a layout must wrap without breaking. */
export const LONG_TEXT = `${'x'.repeat(5000)} مراجعة الوكيل قبل النشر 发布前请审核此代理的说明和工具`;

/** The refund agent's versions with the candidate's instructions and change message replaced by long text. */
export function longTextVersions(role: ReviewRole): VersionList {
  const list = recorded<VersionList>(
    role,
    'GET',
    `/api/stored/agents/${REVIEW_AGENTS.refund}/versions`,
    VERSIONS_QUERY,
  );
  const [latest] = list.versions;
  if (latest) {
    latest['instructions'] = `${String(latest['instructions'])}\n${LONG_TEXT}`;
    latest['changeMessage'] = LONG_TEXT;
  }
  return list;
}

/**
 * `count` versions of the refund agent: the recorded two become the newest (numbered `count - 1` and `count`),
 * with synthesized older history below them.
 */
export function manyVersions(role: ReviewRole, count: number): VersionList {
  const list = recorded<VersionList>(
    role,
    'GET',
    `/api/stored/agents/${REVIEW_AGENTS.refund}/versions`,
    VERSIONS_QUERY,
  );
  const [latest, active] = list.versions;
  latest!['versionNumber'] = count;
  active!['versionNumber'] = count - 1;
  const versions = [latest!, active!];
  for (let n = count - 2; n >= 1; n--)
    versions.push({ ...active!, id: `synth-version-${n}`, versionNumber: n, changeMessage: `Change ${n}` });
  return { ...list, versions, total: versions.length };
}
