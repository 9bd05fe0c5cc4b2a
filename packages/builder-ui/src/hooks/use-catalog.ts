import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { paddockKeys, type Catalog } from '@paddock/client-sdk';
import { useBuilderContext } from '../provider/builder-context.js';

export interface UseCatalogOptions {
  /** Set to false to skip loading (e.g. when items come from elsewhere). @default true */
  enabled?: boolean | undefined;
}

/**
 * The primitive catalog (tools, agents, workflows, models with availability and annotations) from
 * `client.catalog.list()`, cached under `paddockKeys.catalog(baseUrl)`.
 */
export function useCatalog({ enabled = true }: UseCatalogOptions = {}): UseQueryResult<Catalog> {
  const { client, queryClient } = useBuilderContext('useCatalog');
  return useQuery(
    {
      enabled,
      queryKey: paddockKeys.catalog(client.baseUrl),
      queryFn: ({ signal }) => client.catalog.list(undefined, { signal }),
      staleTime: 30_000,
    },
    queryClient,
  );
}
