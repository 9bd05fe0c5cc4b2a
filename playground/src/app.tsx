import { useEffect, useMemo, useState, type AnchorHTMLAttributes } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MastraClient } from '@paddock/client-sdk';
import { BuilderProvider } from '@paddock/builder-ui';
import { PEOPLE, ROLES, SERVER_URL, readRole, writeRole, type Role } from './session';
import {
  HOST_THEMES,
  HOST_THEME_LABELS,
  kitTheme,
  readMarkers,
  readTheme,
  writeMarkers,
  writeTheme,
  type HostTheme,
} from './theme';
import { routes } from './routes';
import { hrefFor, usePath } from './router';
import { HostClientContext } from './host-client';
import { EmbedCode } from './embed';
import { NotFoundPage } from './pages/not-found';

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
  const [theme, setTheme] = useState<HostTheme>(readTheme);
  const [markers, setMarkers] = useState<boolean>(readMarkers);
  const path = usePath();
  // The host owns its QueryClient; the kit shares it, so the host can invalidate what the kit caches.
  const queryClient = useMemo(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }), []);
  const client = useMemo(
    () => new MastraClient({ baseUrl: SERVER_URL, headers: { Authorization: `Bearer ${role}-token` } }),
    [role],
  );
  const route = routes.find((r) => r.path === path);
  const person = PEOPLE[role];
  const kit = kitTheme(theme);

  // The host's theme lives on <html>, the way a real console themes its whole page; the kit follows it through
  // BuilderProvider's props below, never through the page's styles.
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
  }, [theme]);

  return (
    <QueryClientProvider client={queryClient}>
      <HostClientContext.Provider value={client}>
        <div className="console" data-markers={markers ? 'on' : 'off'}>
          <a className="console-skip" href="#console-main">
            Skip to content
          </a>
          <header className="console-header">
            <span className="console-brand">Acme Support Console</span>
            <div className="console-controls">
              <label className="console-control">
                Theme
                <select
                  value={theme}
                  onChange={(event) => {
                    const next = event.target.value as HostTheme;
                    writeTheme(next);
                    setTheme(next);
                  }}
                >
                  {HOST_THEMES.map((t) => (
                    <option key={t} value={t}>
                      {HOST_THEME_LABELS[t]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="console-control">
                <input
                  type="checkbox"
                  checked={markers}
                  onChange={(event) => {
                    writeMarkers(event.target.checked);
                    setMarkers(event.target.checked);
                  }}
                />
                Show Paddock markers
              </label>
              <label className="console-control console-role">
                Signed in as
                <select
                  value={role}
                  aria-describedby="console-role-can"
                  onChange={(event) => {
                    const next = event.target.value as Role;
                    writeRole(next);
                    queryClient.clear();
                    setRole(next);
                  }}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {PEOPLE[r].name} ({PEOPLE[r].title})
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </header>
          <nav className="console-nav" aria-label="Console">
            <ul>
              {routes.map((r) => (
                <li key={r.path}>
                  <a href={hrefFor(r.path)} aria-current={r.path === route?.path ? 'page' : undefined}>
                    {r.label}
                  </a>
                </li>
              ))}
            </ul>
            <p className="console-person" id="console-role-can" data-testid="role-can">
              <strong>{person.title}</strong>: {person.can}
            </p>
          </nav>
          <main className="console-main" id="console-main" tabIndex={-1}>
            <BuilderProvider
              key={role}
              client={client}
              queryClient={queryClient}
              LinkComponent={HostLink}
              theme={kit.theme}
              tokens={kit.tokens}
              messages={route?.messages}
            >
              {route ? <route.Component /> : <NotFoundPage path={path} />}
            </BuilderProvider>
            {route?.source ? <EmbedCode source={route.source} /> : null}
          </main>
        </div>
      </HostClientContext.Provider>
    </QueryClientProvider>
  );
}
