import { useMemo, useState, type AnchorHTMLAttributes } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MastraClient } from '@paddock/client-sdk';
import { BuilderProvider } from '@paddock/builder-ui';
import { ROLES, SERVER_URL, readRole, writeRole, type Role } from './session';
import { routes } from './routes';
import { hrefFor, usePath } from './router';
import { HostClientContext } from './host-client';

function HostLink({ href, children, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  // The kit hands us app paths; the host decides how they become URLs.
  return (
    <a href={href.startsWith('/') ? hrefFor(href) : href} {...props}>
      {children}
    </a>
  );
}

export function App() {
  const [role, setRole] = useState<Role>(readRole);
  const path = usePath();
  // The host owns its QueryClient; the kit shares it, so the host can invalidate what the kit caches.
  const queryClient = useMemo(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }), []);
  const client = useMemo(
    () => new MastraClient({ baseUrl: SERVER_URL, headers: { Authorization: `Bearer ${role}-token` } }),
    [role],
  );
  // Pages keep their own state in the query part (`/runs?trace=…`); routes match on the path alone.
  const route = routes.find((r) => r.path === path.split('?')[0]) ?? routes[0]!;

  return (
    <QueryClientProvider client={queryClient}>
      <HostClientContext.Provider value={client}>
        <div className="console">
          <header className="console-header">
            <span className="console-brand">Acme Support Console</span>
            <label className="console-role">
              Signed in as
              <select
                value={role}
                onChange={(event) => {
                  const next = event.target.value as Role;
                  writeRole(next);
                  queryClient.clear();
                  setRole(next);
                }}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
          </header>
          <nav className="console-nav" aria-label="Console">
            <ul>
              {routes.map((r) => (
                <li key={r.path}>
                  <a href={hrefFor(r.path)} aria-current={r.path === route.path ? 'page' : undefined}>
                    {r.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <main className="console-main">
            <BuilderProvider key={role} client={client} queryClient={queryClient} LinkComponent={HostLink}>
              <route.Component />
            </BuilderProvider>
          </main>
        </div>
      </HostClientContext.Provider>
    </QueryClientProvider>
  );
}
