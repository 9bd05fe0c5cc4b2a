/**
 * Policy checks a candidate version must pass before it is published. Pure: the hook feeds it the candidate,
 * the diff against the active version and what the catalog says about each primitive.
 *
 * The server does not enforce the builder's allow-lists on save (mastra-api §9.2), so "bindings outside the
 * allow-lists" is checked here, before publishing, against the catalog's availability.
 */
import {
  bindingEntries,
  instructionsText,
  modelLabel,
  type AgentConfigSnapshot,
  type BindingKind,
  type RiskLevel,
  type VersionDiff,
} from './version-diff.js';

export type CheckSeverity = 'blocking' | 'warning';

export type CheckCode =
  | 'binding-not-allowed'
  | 'high-risk-added'
  | 'model-not-allowed'
  | 'no-owner'
  | 'no-contact'
  | 'no-description'
  | 'empty-instructions'
  | 'private-to-public'
  | 'private-unreviewable';

export interface PolicyCheck {
  /** Stable per finding (`high-risk-added:tool:refund-issue-tool`): acknowledgments are keyed by it. */
  id: string;
  code: CheckCode;
  severity: CheckSeverity;
  /** `high-risk-added` checks block until someone acknowledges them one by one. */
  requiresAcknowledgment: boolean;
  kind?: BindingKind | undefined;
  subject?: string | undefined;
  risk?: RiskLevel | undefined;
}

export interface PrimitiveFacts {
  /** Pickable in the builder (allow-listed, model allowed by policy). */
  available: boolean;
  risk?: RiskLevel | undefined;
  requiresApproval?: boolean | undefined;
}

export interface PolicyContext {
  /** Facts about a primitive, `undefined` when the catalog does not list it at all. */
  primitive: (kind: BindingKind | 'model', id: string) => PrimitiveFacts | undefined;
  /** Kinds the catalog could list; a kind it could not (permission, 404) is not judged. */
  knownKinds: ReadonlySet<BindingKind | 'model'>;
  /** The builder's model policy is active (only then does an unlisted model block). */
  modelPolicyActive: boolean;
  /** Visibility of the version live today (`undefined`: never published). */
  publishedVisibility?: string | null | undefined;
  /** Reviewers can read private agents (host configuration). @default false */
  reviewersCanReadPrivate?: boolean | undefined;
}

/** Owner and contact may be set as `metadata.owner` / `metadata.contact` (or under `metadata.paddock`). */
export function ownerAndContact(candidate: AgentConfigSnapshot): {
  owner: string | undefined;
  contact: string | undefined;
} {
  const meta = candidate.metadata ?? {};
  const paddock = (meta['paddock'] && typeof meta['paddock'] === 'object' ? meta['paddock'] : {}) as Record<
    string,
    unknown
  >;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  return {
    owner: text(meta['owner']) ?? text(paddock['owner']) ?? text(candidate.authorId),
    contact: text(meta['contact']) ?? text(paddock['contact']),
  };
}

const SEVERITY_ORDER: Record<CheckSeverity, number> = { blocking: 0, warning: 1 };

export function runPolicyChecks(
  candidate: AgentConfigSnapshot,
  diff: VersionDiff,
  context: PolicyContext,
): PolicyCheck[] {
  const checks: PolicyCheck[] = [];
  const kinds: [BindingKind, keyof AgentConfigSnapshot][] = [
    ['tool', 'tools'],
    ['agent', 'agents'],
    ['workflow', 'workflows'],
  ];
  for (const [kind, field] of kinds) {
    if (!context.knownKinds.has(kind)) continue;
    for (const id of bindingEntries(candidate[field]).keys()) {
      const facts = context.primitive(kind, id);
      if (!facts || !facts.available) {
        checks.push({
          id: `binding-not-allowed:${kind}:${id}`,
          code: 'binding-not-allowed',
          severity: 'blocking',
          requiresAcknowledgment: false,
          kind,
          subject: id,
        });
      }
    }
  }

  for (const change of diff.bindings) {
    if (change.change !== 'added') continue;
    const facts = context.primitive(change.kind, change.id) ?? change.facts;
    const risky = facts?.risk === 'high' || facts?.requiresApproval === true;
    if (!risky) continue;
    checks.push({
      id: `high-risk-added:${change.kind}:${change.id}`,
      code: 'high-risk-added',
      severity: 'blocking',
      requiresAcknowledgment: true,
      kind: change.kind,
      subject: change.id,
      risk: facts?.risk,
    });
  }

  const model = modelLabel(candidate.model);
  if (model && context.modelPolicyActive && context.knownKinds.has('model')) {
    const facts = context.primitive('model', model);
    if (!facts || !facts.available) {
      checks.push({
        id: `model-not-allowed:${model}`,
        code: 'model-not-allowed',
        severity: 'blocking',
        requiresAcknowledgment: false,
        kind: undefined,
        subject: model,
      });
    }
  }

  if (instructionsText(candidate.instructions).trim() === '') {
    checks.push({
      id: 'empty-instructions',
      code: 'empty-instructions',
      severity: 'blocking',
      requiresAcknowledgment: false,
    });
  }
  if (!candidate.description || candidate.description.trim() === '') {
    checks.push({
      id: 'no-description',
      code: 'no-description',
      severity: 'warning',
      requiresAcknowledgment: false,
    });
  }
  const { owner, contact } = ownerAndContact(candidate);
  if (!owner)
    checks.push({ id: 'no-owner', code: 'no-owner', severity: 'warning', requiresAcknowledgment: false });
  if (!contact)
    checks.push({ id: 'no-contact', code: 'no-contact', severity: 'warning', requiresAcknowledgment: false });

  if (candidate.visibility === 'public' && context.publishedVisibility !== 'public') {
    checks.push({
      id: 'private-to-public',
      code: 'private-to-public',
      severity: 'warning',
      requiresAcknowledgment: false,
    });
  }
  if (candidate.visibility === 'private' && !context.reviewersCanReadPrivate) {
    checks.push({
      id: 'private-unreviewable',
      code: 'private-unreviewable',
      severity: 'warning',
      requiresAcknowledgment: false,
    });
  }

  return checks.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * The checks still stopping a publish: blocking ones that cannot be acknowledged, and acknowledgeable ones not
 * yet acknowledged (ids in `acknowledged`).
 */
export function unresolvedChecks(checks: PolicyCheck[], acknowledged: Iterable<string>): PolicyCheck[] {
  const done = new Set(acknowledged);
  return checks.filter(
    (check) => check.severity === 'blocking' && !(check.requiresAcknowledgment && done.has(check.id)),
  );
}
