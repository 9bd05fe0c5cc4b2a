import { useMemo } from 'react';
import { createPermissionChecker, errorKindOf } from '@paddock/client-sdk';
import { useBuilderContext } from '../provider/builder-context.js';
import { useCapabilities } from './use-capabilities.js';

/** Whether the user may do something, and if not, a sentence saying why (for the disabled control). */
export interface PermissionState {
  allowed: boolean;
  /** A user-facing explanation when `allowed` is false; `null` when allowed. */
  reason: string | null;
  /** The missing permission for those who need it (support, admins), e.g. `Missing permission: agents:execute`. */
  detail: string | null;
  /** `'pending'` while capabilities load; controls should stay disabled until `'ready'`. */
  status: 'pending' | 'ready' | 'error';
}

export interface UsePermissionOptions {
  /**
   * False: decide from capabilities already cached and fetch nothing; without them the state stays `'pending'`
   * (for a component that does not need the answer in its current mode). @default true
   */
  enabled?: boolean | undefined;
}

function fromOverride(
  override: ReturnType<typeof useBuilderContext>['permissions'],
  permission: string,
): boolean | undefined {
  if (!override) return undefined;
  if (typeof override === 'function') return override(permission);
  return Object.prototype.hasOwnProperty.call(override, permission) ? override[permission] : undefined;
}

/**
 * Checks a permission (`resource:action[:id]`, wildcards as on the server) against `/auth/capabilities`, or
 * the provider's `permissions` override first. The server remains the authority; this only decides whether a
 * control is offered, and explains why not.
 *
 * @example
 * const publish = usePermission('stored-agents:publish');
 * <button disabled={!publish.allowed} title={publish.reason ?? undefined}>Publish</button>
 */
export function usePermission(permission: string, options: UsePermissionOptions = {}): PermissionState {
  const { permissions, messages } = useBuilderContext('usePermission');
  const override = fromOverride(permissions, permission);
  const capabilities = useCapabilities({ enabled: options.enabled });

  return useMemo<PermissionState>(() => {
    if (override !== undefined) {
      return {
        allowed: override,
        reason: override ? null : messages['permission.missing'](permission),
        detail: override ? null : messages['permission.detail'](permission),
        status: 'ready',
      };
    }
    if (capabilities.status === 'pending') {
      return { allowed: false, reason: messages['permission.checking'], detail: null, status: 'pending' };
    }
    if (capabilities.status === 'error') {
      // By the SDK's kind (duck-typed): an unreachable server is not a permission problem.
      const kind = errorKindOf(capabilities.error);
      const reason =
        kind === 'authentication'
          ? messages['permission.signedOut']
          : kind === 'connection' || kind === 'timeout'
            ? messages['permission.unreachable']
            : messages['permission.unknown'];
      return { allowed: false, reason, detail: null, status: 'error' };
    }
    const checker = createPermissionChecker(capabilities.data);
    if (checker.can(permission)) return { allowed: true, reason: null, detail: null, status: 'ready' };
    return {
      allowed: false,
      reason: checker.signedOut
        ? messages['permission.signedOut']
        : messages['permission.missing'](permission),
      detail: checker.signedOut ? null : messages['permission.detail'](permission),
      status: 'ready',
    };
  }, [override, capabilities.status, capabilities.error, capabilities.data, messages, permission]);
}
