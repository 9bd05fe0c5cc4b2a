import type { MastraClient } from '@paddock/client-sdk';
import type { PaddockMessages } from '../i18n/en-US.js';
import { useBuilderContext, type PaddockLinkComponent } from '../provider/builder-context.js';

/** The SDK client from the nearest `BuilderProvider`. */
export function useBuilderClient(): MastraClient {
  return useBuilderContext('useBuilderClient').client;
}

/** The merged messages dictionary (en-US plus the host's overrides). */
export function useMessages(): PaddockMessages {
  return useBuilderContext('useMessages').messages;
}

/** The host's router-agnostic link component. */
export function useLinkComponent(): PaddockLinkComponent {
  return useBuilderContext('useLinkComponent').LinkComponent;
}
