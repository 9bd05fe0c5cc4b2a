import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { paddockKeys, type MastraClient } from '@paddock/client-sdk';
import { commonMessages } from '../i18n/common.en-US.js';
import type { PaddockMessageOverrides } from '../i18n/en-US.js';
import type { ThemeTokens } from '../styles/tokens.js';
import {
  BuilderContext,
  type BuilderContextValue,
  type PaddockErrorContext,
  type PaddockLinkComponent,
  type PaddockLinkProps,
  type PaddockTheme,
  type PermissionOverride,
} from './builder-context.js';

export interface BuilderProviderProps {
  /** The SDK client the kit talks to. The host builds it (base URL, auth headers, fetch). */
  client: MastraClient;
  /**
   * The host's TanStack QueryClient, to share one cache (and invalidate what the kit loaded). Without it the kit
   * keeps its own isolated client, so it never touches the host's cache.
   * @default an isolated QueryClient owned by the provider
   */
  queryClient?: QueryClient | undefined;
  /** Colour scheme of every kit surface, portals included. @default 'system' */
  theme?: PaddockTheme | undefined;
  /** Token overrides, e.g. `{ primary: '#0f766e', radius: '4px' }`. @default none */
  tokens?: ThemeTokens | undefined;
  /** Overrides for any user-facing string (aria labels included). @default en-US */
  messages?: PaddockMessageOverrides | undefined;
  /** The host router's link; the kit never depends on a router. @default a plain `<a>` */
  LinkComponent?: PaddockLinkComponent | undefined;
  /**
   * Called once for every failed kit request, after the SDK's own retries: queries and mutations, and the
   * AgentComposer's draft loads, saves and test runs (reported by their hooks, keyed under `paddockKeys`). An
   * outage reaches it once, not on every retry of the offline queue. @default none
   */
  onError?: ((error: unknown, context: PaddockErrorContext) => void) | undefined;
  /** Host decisions that take precedence over `/auth/capabilities`. @default none */
  permissions?: PermissionOverride | undefined;
  /**
   * Whether kit roots inject the kit's stylesheet. Turn off only when the host ships the CSS itself.
   * @default true
   */
  injectStyles?: boolean | undefined;
  children?: ReactNode;
}

function DefaultLink({ href, children, ...props }: PaddockLinkProps) {
  return (
    <a href={href} {...props}>
      {children}
    </a>
  );
}

function isKitKey(key: readonly unknown[] | undefined): boolean {
  return !!key && key[0] === paddockKeys.all[0];
}

/**
 * Supplies the SDK client, data cache, theme, messages, links and permission overrides to every Paddock
 * component. It renders no DOM of its own: each kit component renders its own themed root, so host content
 * between the provider and the kit keeps the host's styles.
 *
 * @example
 * const client = new MastraClient({ baseUrl: 'https://agents.example.com', headers: { Authorization: `Bearer ${t}` } });
 * <BuilderProvider client={client} theme="dark" messages={{ 'picker.confirm': 'Use these' }}>
 *   <PrimitivePicker onConfirm={(keys) => save(keys)} />
 * </BuilderProvider>
 */
export function BuilderProvider({
  client,
  queryClient: hostQueryClient,
  theme = 'system',
  tokens,
  messages,
  LinkComponent = DefaultLink,
  onError,
  permissions,
  injectStyles = true,
  children,
}: BuilderProviderProps) {
  if (!client) {
    throw new Error('`BuilderProvider` needs a `client`: pass a MastraClient from @paddock/client-sdk.');
  }
  // Retries belong to the SDK (it knows which errors are retryable); a second layer would multiply waits.
  const [ownQueryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  const queryClient = hostQueryClient ?? ownQueryClient;

  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });

  // One report per failed request, whichever component asked: listen on the cache, not in each hook.
  useEffect(() => {
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isKitKey(event.query.queryKey)) {
        onErrorRef.current?.(event.action.error, { key: event.query.queryKey, source: 'query' });
      }
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'error' &&
        isKitKey(event.mutation.options.mutationKey)
      ) {
        onErrorRef.current?.(event.action.error, {
          key: event.mutation.options.mutationKey,
          source: 'mutation',
        });
      }
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient]);

  const value = useMemo<BuilderContextValue>(
    () => ({
      client,
      queryClient,
      messages: messages ? { ...commonMessages, ...messages } : commonMessages,
      theme,
      tokens,
      injectStyles,
      LinkComponent,
      onError,
      permissions,
    }),
    [client, queryClient, messages, theme, tokens, injectStyles, LinkComponent, onError, permissions],
  );

  return <BuilderContext value={value}>{children}</BuilderContext>;
}
