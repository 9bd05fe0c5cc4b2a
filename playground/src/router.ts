import { useSyncExternalStore } from 'react';

// A hash router is enough for a demo host and keeps the kit's LinkComponent contract visible.
function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readHash() {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

/** The current console path, without its query (`#/agents?id=x` → `/agents`). */
export function usePath() {
  const hash = useSyncExternalStore(subscribe, readHash, () => '/');
  return hash.split('?')[0] || '/';
}

/** The query part of the current console location (`#/agents?id=x` → `id=x`). */
export function useSearchParams(): URLSearchParams {
  const hash = useSyncExternalStore(subscribe, readHash, () => '/');
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query);
}

export function hrefFor(path: string) {
  return `#${path}`;
}

export function navigate(path: string) {
  window.location.hash = path;
}
