import { createContext, useContext } from 'react';
import type { MastraClient } from '@paddock/client-sdk';

/** The host's own handle on the SDK client, for host pages that call the API directly. */
export const HostClientContext = createContext<MastraClient | null>(null);

export function useHostClient(): MastraClient {
  const client = useContext(HostClientContext);
  if (!client) throw new Error('useHostClient must be used inside <App>');
  return client;
}
