import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { paddockKeys, type AuthCapabilities } from '@paddock/client-sdk';
import { useBuilderContext } from '../provider/builder-context.js';

/**
 * `GET /auth/capabilities` for the current client: whether auth is on, the user, roles and resolved
 * permissions. Cached for a minute; the host invalidates `paddockKeys.capabilities(baseUrl)` after sign-in.
 */
export function useCapabilities(): UseQueryResult<AuthCapabilities> {
  const { client, queryClient } = useBuilderContext('useCapabilities');
  return useQuery(
    {
      queryKey: paddockKeys.capabilities(client.baseUrl),
      queryFn: ({ signal }) => client.auth.capabilities({ signal }),
      staleTime: 60_000,
    },
    queryClient,
  );
}
