import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { paddockKeys, type AuthCapabilities } from '@paddock/client-sdk';
import { useBuilderContext } from '../provider/builder-context.js';

export interface UseCapabilitiesOptions {
  /** False: read what is cached, fetch nothing (a component that does not need the answer right now). @default true */
  enabled?: boolean | undefined;
}

/**
 * `GET /auth/capabilities` for the current client: whether auth is on, the user, roles and resolved
 * permissions. Cached for a minute; the host invalidates `paddockKeys.capabilities(baseUrl)` after sign-in.
 */
export function useCapabilities(options: UseCapabilitiesOptions = {}): UseQueryResult<AuthCapabilities> {
  const { client, queryClient } = useBuilderContext('useCapabilities');
  return useQuery(
    {
      enabled: options.enabled ?? true,
      queryKey: paddockKeys.capabilities(client.baseUrl),
      queryFn: ({ signal }) => client.auth.capabilities({ signal }),
      staleTime: 60_000,
    },
    queryClient,
  );
}
