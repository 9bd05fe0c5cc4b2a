import { useCallback, useMemo, useRef, useState } from 'react';
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  paddockKeys,
  type AgentVersion,
  type Catalog,
  type Dependents,
  type StoredAgent,
} from '@paddock/client-sdk';
import {
  runPolicyChecks,
  unresolvedChecks,
  type PolicyCheck,
  type PolicyContext,
} from '../core/policy-checks.js';
import { newEventId, ReviewLedger } from '../core/review-ledger.js';
import {
  approveBlock,
  currentRequest,
  driftOf,
  foldReviews,
  isOpen,
  isStale,
  queueOf,
  requestChangesBlock,
  REVIEW_EVENT_SCHEMA,
  type DecisionBlock,
  type DriftState,
  type QueueFilter,
  type QueueSummary,
  type ReviewEvent,
  type ReviewEventPayload,
  type ReviewFold,
  type ReviewRequest,
} from '../core/review-state.js';
import {
  diffAgentVersions,
  type AgentConfigSnapshot,
  type BindingKind,
  type RiskLevel,
  type VersionDiff,
} from '../core/version-diff.js';
import { useBuilderContext } from '../provider/builder-context.js';
import { useCapabilities } from './use-capabilities.js';
import { useCatalog } from './use-catalog.js';
import { usePermission, type PermissionState } from './use-permission.js';

/** How review works for this host. */
export interface ReviewPolicy {
  /** Nobody approves or rejects their own request. @default true */
  separationOfDuties?: boolean | undefined;
  /**
   * Reviewers can read private agents submitted to them (the server grants `stored-agents:read:<id>`, as the
   * playground's review-aware RBAC provider does). When false, the author of a private agent is told no
   * reviewer can see it. @default false
   */
  reviewersCanReadPrivate?: boolean | undefined;
}

const ledgerKey = (baseUrl: string) => ['paddock', baseUrl, 'review-ledger'] as const;

/** Every review event on the server (the ledger), in ledger order. */
export function useReviewEvents(): UseQueryResult<ReviewEvent[]> {
  const { client, queryClient } = useBuilderContext('useReviewEvents');
  const ledger = useMemo(() => new ReviewLedger(client), [client]);
  return useQuery(
    {
      queryKey: ledgerKey(client.baseUrl),
      queryFn: ({ signal }) => ledger.listEvents(signal),
      staleTime: 5_000,
    },
    queryClient,
  );
}

function factsFrom(catalog: Catalog | undefined) {
  const index = new Map<string, Catalog['items'][number]>();
  for (const item of catalog?.items ?? []) index.set(`${item.kind}:${item.id}`, item);
  return (kind: BindingKind | 'model', id: string) => {
    const item = index.get(`${kind}:${id}`);
    if (!item) return undefined;
    return {
      available: item.available,
      name: item.name,
      risk: item.annotations.risk,
      requiresApproval: item.annotations.requiresApproval,
    };
  };
}

const RISK_ORDER: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };

/** The highest risk among the bindings a diff adds (approval-requiring counts as high). */
export function addedRisk(diff: VersionDiff | undefined): RiskLevel | undefined {
  let top: RiskLevel | undefined;
  for (const change of diff?.bindings ?? []) {
    if (change.change !== 'added') continue;
    const risk: RiskLevel | undefined = change.facts.requiresApproval ? 'high' : change.facts.risk;
    if (risk && (!top || RISK_ORDER[risk] > RISK_ORDER[top])) top = risk;
  }
  return top;
}

function snapshot(
  version: AgentVersion | undefined,
  agent: StoredAgent | undefined,
): AgentConfigSnapshot | undefined {
  if (!version) return undefined;
  return {
    ...version,
    // Record-level fields are not versioned: every version shows the record's current values.
    visibility: agent?.visibility,
    authorId: agent?.authorId,
    metadata: agent?.metadata,
  };
}

export type ReviewAction =
  | 'request'
  | 'withdraw'
  | 'comment'
  | 'acknowledge'
  | 'approve'
  | 'request-changes'
  | 'publish'
  | 'restore'
  | 'activate-direct';

export type RequestBlock = 'nothing-to-review' | 'already-open' | 'missing-permission' | 'no-ledger-access';

export interface UsePublishReviewOptions {
  policy?: ReviewPolicy | undefined;
  /** Compare from this version. @default the active version */
  fromVersionId?: string | null | undefined;
  /** Compare to this version. @default the version under review, else the latest */
  toVersionId?: string | null | undefined;
  /** Called after a version was activated through the panel. */
  onPublish?:
    ((result: { agentId: string; versionId: string; via: 'review' | 'direct' }) => void) | undefined;
}

export interface PublishReviewState {
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  agent: StoredAgent | undefined;
  versions: AgentVersion[];
  activeVersionId: string | undefined;
  latestVersionId: string | undefined;
  from: AgentVersion | undefined;
  to: AgentVersion | undefined;
  diff: VersionDiff | undefined;
  checks: PolicyCheck[];
  unresolved: PolicyCheck[];
  dependents: Dependents | undefined;
  fold: ReviewFold;
  events: ReviewEvent[];
  request: ReviewRequest | undefined;
  stale: boolean;
  drift: DriftState;
  userId: string | undefined;
  permissions: { publish: PermissionState; write: PermissionState; ledger: PermissionState };
  blocks: {
    request: RequestBlock | null;
    withdraw: 'not-open' | 'not-requester' | null;
    approve: DecisionBlock | null;
    requestChanges: DecisionBlock | null;
    acknowledge: DecisionBlock | null;
  };
  pending: ReviewAction | null;
  actionError: unknown;
  actions: {
    requestReview: (note: string) => Promise<void>;
    withdraw: () => Promise<void>;
    comment: (note: string) => Promise<void>;
    acknowledge: (checkIds: string[]) => Promise<void>;
    approve: (note: string) => Promise<void>;
    requestChanges: (note: string) => Promise<void>;
    publishApproved: () => Promise<void>;
    restore: (versionId: string) => Promise<void>;
    activateDirect: (versionId: string, note: string) => Promise<void>;
  };
}

/**
 * Everything the publish review panel shows and does for one stored agent: versions, the semantic diff,
 * policy checks, the review request and its decisions (kept in the review ledger), drift and staleness, and the
 * actions, each with the reason it is unavailable. Publishing activates exactly the reviewed version id.
 */
export function usePublishReview(agentId: string, options: UsePublishReviewOptions = {}): PublishReviewState {
  const { client, queryClient } = useBuilderContext('usePublishReview');
  const base = client.baseUrl;
  const sod = options.policy?.separationOfDuties ?? true;
  const ledger = useMemo(() => new ReviewLedger(client), [client]);
  const capabilities = useCapabilities();
  const publish = usePermission('stored-agents:publish');
  const write = usePermission('stored-agents:write');
  const ledgerWrite = usePermission('datasets:write');
  const catalogQuery = useCatalog();
  const eventsQuery = useReviewEvents();

  const agentQuery = useQuery(
    {
      queryKey: paddockKeys.storedAgents.detail(base, agentId, 'draft'),
      queryFn: ({ signal }) => client.storedAgents.retrieve(agentId, { status: 'draft' }, { signal }),
    },
    queryClient,
  );
  const versionsParams = { perPage: 50, orderBy: { field: 'versionNumber', direction: 'DESC' } } as const;
  const versionsQuery = useQuery(
    {
      queryKey: paddockKeys.storedAgents.versions(base, agentId, versionsParams),
      queryFn: ({ signal }) => client.storedAgents.versions.list(agentId, versionsParams, { signal }),
    },
    queryClient,
  );
  const dependentsQuery = useQuery(
    {
      queryKey: paddockKeys.storedAgents.dependents(base, agentId),
      queryFn: ({ signal }) => client.storedAgents.dependents(agentId, { signal }),
      retry: false,
    },
    queryClient,
  );

  const agent = agentQuery.data;
  const versions = useMemo(
    () => [...(versionsQuery.data?.versions ?? [])].sort((a, b) => b.versionNumber - a.versionNumber),
    [versionsQuery.data],
  );
  const activeVersionId = agent?.activeVersionId ?? undefined;
  const latestVersionId = agent?.resolvedVersionId ?? versions[0]?.id;
  const head = useMemo(
    () => ({ id: agentId, activeVersionId, latestVersionId }),
    [agentId, activeVersionId, latestVersionId],
  );

  const allEvents = eventsQuery.data;
  const fold = useMemo(() => foldReviews(allEvents ?? [], { separationOfDuties: sod }), [allEvents, sod]);
  const events = useMemo(() => fold.events.filter((e) => e.agentId === agentId), [fold, agentId]);
  const request = currentRequest(fold, agentId);
  const stale = request ? isStale(request, head) : false;
  const drift = driftOf(head, fold);
  const caps = capabilities.data;
  const userId = caps?.user?.id;

  const { fromVersionId, toVersionId } = options;
  const { from, to } = useMemo(() => {
    const byId = (id: string | null | undefined) => (id ? versions.find((v) => v.id === id) : undefined);
    const underReview =
      request && (isOpen(request) || request.status === 'approved') ? request.versionId : undefined;
    const target = byId(toVersionId) ?? byId(underReview) ?? byId(latestVersionId);
    const source = fromVersionId === null ? undefined : (byId(fromVersionId) ?? byId(activeVersionId));
    return { to: target, from: source };
  }, [versions, toVersionId, fromVersionId, request, latestVersionId, activeVersionId]);
  const byId = (id: string | null | undefined) => (id ? versions.find((v) => v.id === id) : undefined);

  const facts = useMemo(() => factsFrom(catalogQuery.data), [catalogQuery.data]);
  const lastPublishedVisibility = useMemo(() => {
    const published = fold.events.filter(
      (e) => e.agentId === agentId && (e.type === 'published' || e.type === 'direct-published') && !e.ignored,
    );
    const last = published[published.length - 1];
    if (last) return last.visibility;
    return activeVersionId ? (agent?.visibility ?? undefined) : undefined;
  }, [fold, agentId, activeVersionId, agent?.visibility]);

  const diff = useMemo(() => {
    const target = snapshot(to, agent);
    if (!target) return undefined;
    const source = snapshot(from, agent);
    return diffAgentVersions(
      source ? { ...source, visibility: lastPublishedVisibility ?? source.visibility } : undefined,
      target,
      {
        facts: (kind, id) => facts(kind, id),
      },
    );
  }, [to, from, agent, facts, lastPublishedVisibility]);

  const checks = useMemo(() => {
    const target = snapshot(to, agent);
    if (!target || !diff) return [];
    const catalog = catalogQuery.data;
    const skippedKinds = new Set((catalog?.skipped ?? []).filter((s) => !s.id).map((s) => s.kind));
    const knownKinds = new Set<BindingKind | 'model'>(
      catalog ? (['tool', 'agent', 'workflow', 'model'] as const).filter((k) => !skippedKinds.has(k)) : [],
    );
    const context: PolicyContext = {
      primitive: facts,
      knownKinds,
      modelPolicyActive: catalog?.modelPolicy.active ?? false,
      publishedVisibility: lastPublishedVisibility,
      reviewersCanReadPrivate: options.policy?.reviewersCanReadPrivate ?? false,
    };
    return runPolicyChecks(target, diff, context);
  }, [
    to,
    agent,
    diff,
    catalogQuery.data,
    facts,
    lastPublishedVisibility,
    options.policy?.reviewersCanReadPrivate,
  ]);

  const unresolved = useMemo(
    () => unresolvedChecks(checks, request && to && request.versionId === to.id ? request.acknowledged : []),
    [checks, request, to],
  );

  const decision = { request, agent: head, userId, canPublish: publish.allowed, separationOfDuties: sod };
  const blocks: PublishReviewState['blocks'] = {
    request: !ledgerWrite.allowed
      ? 'no-ledger-access'
      : !write.allowed
        ? 'missing-permission'
        : request && isOpen(request) && request.versionId === latestVersionId
          ? 'already-open'
          : !latestVersionId || latestVersionId === activeVersionId
            ? 'nothing-to-review'
            : null,
    withdraw:
      !request || !isOpen(request) ? 'not-open' : request.requester.id !== userId ? 'not-requester' : null,
    approve: approveBlock({ ...decision, unresolvedChecks: unresolved.length }),
    requestChanges: requestChangesBlock(decision),
    acknowledge: requestChangesBlock(decision),
  };

  const [pending, setPending] = useState<ReviewAction | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ledgerKey(base) }),
      queryClient.invalidateQueries({ queryKey: paddockKeys.storedAgents.all(base) }),
    ]);
  }, [queryClient, base]);

  const run = useCallback(
    async (action: ReviewAction, work: () => Promise<void>) => {
      // A second click while the first is in flight does nothing: publishing is never sent twice at once.
      if (inFlight.current) return;
      inFlight.current = true;
      setPending(action);
      setActionError(null);
      try {
        await work();
      } catch (error) {
        setActionError(error);
      } finally {
        inFlight.current = false;
        setPending(null);
        await refresh();
      }
    },
    [refresh],
  );

  const event = useCallback(
    (
      payload: Omit<ReviewEventPayload, 'schema' | 'id' | 'agentId' | 'at'> & { id?: string },
    ): ReviewEventPayload => ({
      schema: REVIEW_EVENT_SCHEMA,
      id: payload.id ?? newEventId(),
      agentId,
      at: new Date().toISOString(),
      actorId: userId,
      actorName: caps?.user?.name ?? undefined,
      ...payload,
    }),
    [agentId, userId, caps?.user?.name],
  );

  const candidateNumber = (id: string) => versions.find((v) => v.id === id)?.versionNumber;

  const activate = useCallback(
    async (versionId: string) => {
      // Activating the already-active version changes nothing on the server; skipping the call keeps it so.
      const current = await client.storedAgents.retrieve(agentId, { status: 'draft' });
      if (current.activeVersionId === versionId) return;
      await client.storedAgents.versions.activate(agentId, versionId);
    },
    [client, agentId],
  );

  const actions: PublishReviewState['actions'] = {
    requestReview: (note) =>
      run('request', async () => {
        if (!latestVersionId) return;
        const id = newEventId();
        await ledger.append(
          event({
            id,
            type: 'requested',
            requestId: id,
            versionId: latestVersionId,
            versionNumber: candidateNumber(latestVersionId),
            visibility: agent?.visibility ?? undefined,
            risk: addedRisk(
              diffAgentVersions(
                snapshot(byId(activeVersionId), agent),
                snapshot(byId(latestVersionId), agent)!,
                { facts },
              ),
            ),
            note,
          }),
        );
      }),
    withdraw: () =>
      run('withdraw', async () => {
        if (!request) return;
        await ledger.append(
          event({ type: 'withdrawn', requestId: request.id, versionId: request.versionId }),
        );
      }),
    comment: (note) =>
      run('comment', async () => {
        if (!request) return;
        await ledger.append(
          event({ type: 'commented', requestId: request.id, versionId: request.versionId, note }),
        );
      }),
    acknowledge: (checkIds) =>
      run('acknowledge', async () => {
        if (!request) return;
        await ledger.append(
          event({
            type: 'acknowledged',
            requestId: request.id,
            versionId: request.versionId,
            checks: checkIds,
          }),
        );
      }),
    approve: (note) =>
      run('approve', async () => {
        if (!request || blocks.approve) return;
        const versionId = request.versionId;
        // The decision is recorded first, then exactly that version id is activated, then the activation is
        // recorded. If activation fails the request stays "approved" and `publishApproved` retries it.
        await ledger.append(
          event({
            type: 'approved',
            requestId: request.id,
            versionId,
            versionNumber: request.versionNumber,
            note,
          }),
        );
        await activate(versionId);
        await ledger.append(
          event({
            type: 'published',
            requestId: request.id,
            versionId,
            versionNumber: request.versionNumber,
            visibility: agent?.visibility ?? undefined,
          }),
        );
        options.onPublish?.({ agentId, versionId, via: 'review' });
      }),
    requestChanges: (note) =>
      run('request-changes', async () => {
        if (!request || blocks.requestChanges) return;
        await ledger.append(
          event({ type: 'changes-requested', requestId: request.id, versionId: request.versionId, note }),
        );
      }),
    publishApproved: () =>
      run('publish', async () => {
        if (!request || request.status !== 'approved') return;
        await activate(request.versionId);
        await ledger.append(
          event({
            type: 'published',
            requestId: request.id,
            versionId: request.versionId,
            versionNumber: request.versionNumber,
            visibility: agent?.visibility ?? undefined,
          }),
        );
        options.onPublish?.({ agentId, versionId: request.versionId, via: 'review' });
      }),
    restore: (versionId) =>
      run('restore', async () => {
        await client.storedAgents.versions.restore(agentId, versionId);
      }),
    activateDirect: (versionId, note) =>
      run('activate-direct', async () => {
        await activate(versionId);
        await ledger.append(
          event({
            type: 'direct-published',
            versionId,
            versionNumber: candidateNumber(versionId),
            visibility: agent?.visibility ?? undefined,
            note,
          }),
        );
        options.onPublish?.({ agentId, versionId, via: 'direct' });
      }),
  };

  const error = agentQuery.error ?? versionsQuery.error ?? eventsQuery.error;
  const status: PublishReviewState['status'] = error
    ? 'error'
    : agentQuery.isPending || versionsQuery.isPending || eventsQuery.isPending
      ? 'loading'
      : 'ready';

  return {
    status,
    error,
    agent,
    versions,
    activeVersionId,
    latestVersionId,
    from,
    to,
    diff,
    checks,
    unresolved,
    dependents: dependentsQuery.data,
    fold,
    events,
    request,
    stale,
    drift,
    userId,
    permissions: { publish, write, ledger: ledgerWrite },
    blocks,
    pending,
    actionError,
    actions,
  };
}

export interface ReviewQueueState {
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  summary: QueueSummary;
  /** Published agents whose live version was never approved in a review (drift). */
  unreviewed: { id: string; name: string; activeVersionId: string }[];
  userId: string | undefined;
}

/**
 * The review queue across agents: requests with their state (stale, drift), counts, the filter applied, and the
 * published agents that went live without review.
 */
export function useReviewQueue(filter: QueueFilter = 'all', policy?: ReviewPolicy): ReviewQueueState {
  const { client, queryClient } = useBuilderContext('useReviewQueue');
  const base = client.baseUrl;
  const eventsQuery = useReviewEvents();
  const capabilities = useCapabilities();
  const fold = useMemo(
    () => foldReviews(eventsQuery.data ?? [], { separationOfDuties: policy?.separationOfDuties ?? true }),
    [eventsQuery.data, policy?.separationOfDuties],
  );
  const agentIds = useMemo(() => [...new Set(fold.requests.map((r) => r.agentId))].sort(), [fold]);
  const agentQueries = useQueries(
    {
      queries: agentIds.map((id) => ({
        queryKey: paddockKeys.storedAgents.detail(base, id, 'draft'),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          client.storedAgents.retrieve(id, { status: 'draft' }, { signal }),
        retry: false,
      })),
    },
    queryClient,
  );
  const publishedParams = { status: 'published', perPage: 100 } as const;
  const publishedQuery = useQuery(
    {
      queryKey: paddockKeys.storedAgents.list(base, publishedParams),
      queryFn: ({ signal }) => client.storedAgents.list(publishedParams, { signal }),
    },
    queryClient,
  );

  // Rebuilt every render (cheap): the query results array is new each time, so memoizing on it gains nothing.
  const agents = new Map<
    string,
    { id: string; name?: string; latestVersionId?: string | null; activeVersionId?: string | null }
  >();
  for (const query of agentQueries) {
    const agent = query.data;
    if (agent)
      agents.set(agent.id, {
        id: agent.id,
        name: agent.name,
        latestVersionId: agent.resolvedVersionId,
        activeVersionId: agent.activeVersionId,
      });
  }

  const userId = capabilities.data?.user?.id;
  const summary = queueOf(fold, agents, userId, filter);
  const unreviewed = useMemo(
    () =>
      (publishedQuery.data?.agents ?? [])
        .filter(
          (agent) =>
            agent.activeVersionId &&
            driftOf({ id: agent.id, activeVersionId: agent.activeVersionId }, fold) === 'unreviewed',
        )
        .map((agent) => ({
          id: agent.id,
          name: agent.name ?? agent.id,
          activeVersionId: agent.activeVersionId!,
        })),
    [publishedQuery.data, fold],
  );
  const error = eventsQuery.error ?? publishedQuery.error;
  return {
    status: error ? 'error' : eventsQuery.isPending ? 'loading' : 'ready',
    error,
    summary,
    unreviewed,
    userId,
  };
}
