import { hrefFor } from '../router';

/** Unknown console paths: say so, and offer the way back, instead of silently showing another page. */
export function NotFoundPage({ path }: { path: string }) {
  return (
    <section className="console-page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code>{path}</code> in this console.
      </p>
      <p>
        <a href={hrefFor('/')}>Go to the overview</a>
      </p>
    </section>
  );
}
