import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { paddockKeys, type BuilderSettings } from '@paddock/client-sdk';
import { useBuilderContext } from '../provider/builder-context.js';

/**
 * `GET /editor/builder/settings`: the server's builder feature flags (which composer sections exist) and
 * model policy. Cached for a minute under `paddockKeys.builder.settings(baseUrl)`.
 */
export function useAgentDraftSettings(options: { enabled?: boolean } = {}): UseQueryResult<BuilderSettings> {
  const { client, queryClient } = useBuilderContext('useAgentDraftSettings');
  return useQuery(
    {
      enabled: options.enabled ?? true,
      queryKey: paddockKeys.builder.settings(client.baseUrl),
      queryFn: ({ signal }) => client.builder.settings({ signal }),
      staleTime: 60_000,
    },
    queryClient,
  );
}
