import type { ReactNode } from 'react';

/**
 * Marks where the console ends and the kit begins: a labelled outline around each embedded component, toggled
 * from the header. The marker is host markup around the kit, never inside it.
 */
export function Embedded({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="embedded" data-embedded={name}>
      <span className="embedded-label" aria-hidden="true">
        Paddock · {name}
      </span>
      {children}
    </div>
  );
}

/** "How this page embeds the kit": the page's real source, as Vite loaded it, so it can never go stale. */
export function EmbedCode({ source }: { source: string }): ReactNode {
  return (
    <details className="embed-code">
      <summary>How this page embeds the kit</summary>
      <p>
        The console wraps every page in <code>&lt;BuilderProvider&gt;</code> once (see{' '}
        <code>playground/src/app.tsx</code>); this is the page itself:
      </p>
      {/* A scrolling block must take keyboard focus to be scrollable without a mouse (axe scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre tabIndex={0} aria-label="Source of this page">
        <code>{source}</code>
      </pre>
    </details>
  );
}
