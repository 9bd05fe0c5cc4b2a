import { useMemo } from 'react';
import { createPermissionChecker } from '@paddock/client-sdk';
import { useBuilderContext } from '../provider/builder-context.js';
import { useCapabilities } from './use-capabilities.js';

/** Whether the user may do something, and if not, a sentence saying why (for the disabled control). */
export interface PermissionState {
  allowed: boolean;
  /** A user-facing explanation when `allowed` is false; `null` when allowed. */
  reason: string | null;
  /** `'pending'` while capabilities load; controls should stay disabled until `'ready'`. */
  status: 'pending' | 'ready' | 'error';
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
export function usePermission(permission: string): PermissionState {
  const { permissions, messages } = useBuilderContext('usePermission');
  const override = fromOverride(permissions, permission);
  const capabilities = useCapabilities();

  return useMemo<PermissionState>(() => {
    if (override !== undefined) {
      return {
        allowed: override,
        reason: override ? null : messages['permission.missing'](permission),
        status: 'ready',
      };
    }
    if (capabilities.status === 'pending') {
      return { allowed: false, reason: messages['permission.checking'], status: 'pending' };
    }
    if (capabilities.status === 'error') {
      const signedOut = (capabilities.error as { name?: string } | null)?.name === 'AuthenticationError';
      return {
        allowed: false,
        reason: signedOut ? messages['permission.signedOut'] : messages['permission.unknown'],
        status: 'error',
      };
    }
    const checker = createPermissionChecker(capabilities.data);
    if (checker.can(permission)) return { allowed: true, reason: null, status: 'ready' };
    return {
      allowed: false,
      reason: checker.signedOut
        ? messages['permission.signedOut']
        : messages['permission.missing'](permission),
      status: 'ready',
    };
  }, [override, capabilities.status, capabilities.error, capabilities.data, messages, permission]);
}
