import { useQuery } from '@tanstack/react-query';
import { useHostClient } from '../host-client';

/** The console's landing page: who am I, and is the agent backend up. Uses the SDK directly, as a host would. */
export function HomePage() {
  const client = useHostClient();
  const health = useQuery({ queryKey: ['host', 'health'], queryFn: () => client.system.health() });
  const caps = useQuery({ queryKey: ['host', 'capabilities'], queryFn: () => client.auth.capabilities() });
  return (
    <section className="console-page" aria-labelledby="home-title">
      <h1 id="home-title">Internal agents</h1>
      <p>Compose, test, review and publish internal agents from the primitives engineering has approved.</p>
      <dl className="console-facts">
        <dt>Agent backend</dt>
        <dd data-testid="backend-status">
          {health.isPending
            ? 'checking…'
            : health.isError
              ? `unreachable: ${health.error.message}`
              : 'online'}
        </dd>
        <dt>Your roles</dt>
        <dd data-testid="user-roles">
          {caps.isPending
            ? '…'
            : caps.isError
              ? caps.error.message
              : (caps.data.access?.roles ?? []).join(', ') || 'none'}
        </dd>
      </dl>
    </section>
  );
}
