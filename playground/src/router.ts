import { useSyncExternalStore } from 'react';

// A hash router is enough for a demo host and keeps the kit's LinkComponent contract visible.
function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readPath() {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

export function usePath() {
  return useSyncExternalStore(subscribe, readPath, () => '/');
}

export function hrefFor(path: string) {
  return `#${path}`;
}
