import type { ComponentType, ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { MastraClient } from '@paddock/client-sdk';
import type { CommonMessages } from '../i18n/common.en-US.js';
import type { PaddockMessageOverrides } from '../i18n/en-US.js';
import type { ThemeTokens } from '../styles/tokens.js';
import { createContext } from '../utils/create-context.js';

/** `'system'` follows the user's `prefers-color-scheme`, in CSS, so server and client render the same markup. */
export type PaddockTheme = 'light' | 'dark' | 'system';

/** Props the kit passes to the host's link component; `href` is an app path like `/agents/a1`. */
export interface PaddockLinkProps {
  href: string;
  children?: ReactNode;
  className?: string | undefined;
  'aria-label'?: string | undefined;
  'data-slot'?: string | undefined;
}

export type PaddockLinkComponent = ComponentType<PaddockLinkProps>;

/** Where an error surfaced, for the host's `onError` (logging, toasts, sign-in redirects). */
export interface PaddockErrorContext {
  /** The TanStack query or mutation key, when the error came from one. */
  key: readonly unknown[] | undefined;
  source: 'query' | 'mutation';
}

/**
 * Host-side permission decisions that take precedence over the server's `/auth/capabilities`. A record maps a
 * permission to allowed/denied; a function may return `undefined` to fall through to the server's answer.
 */
export type PermissionOverride =
  Readonly<Record<string, boolean>> | ((permission: string) => boolean | undefined);

export interface BuilderContextValue {
  client: MastraClient;
  queryClient: QueryClient;
  /** The common strings plus every host override; components merge their own defaults under it (`useMessages`). */
  messages: CommonMessages & PaddockMessageOverrides;
  theme: PaddockTheme;
  tokens: ThemeTokens | undefined;
  injectStyles: boolean;
  LinkComponent: PaddockLinkComponent;
  onError: ((error: unknown, context: PaddockErrorContext) => void) | undefined;
  permissions: PermissionOverride | undefined;
}

export const [BuilderContext, useBuilderContextRequired, useBuilderContextOptional] =
  /* @__PURE__ */ createContext<BuilderContextValue>('BuilderProvider');

/** The provider's settings; throws a clear error when rendered outside `<BuilderProvider>`. */
export function useBuilderContext(consumerName = 'useBuilderContext'): BuilderContextValue {
  return useBuilderContextRequired(consumerName);
}
