import { RunList, RunTraceViewer } from '@paddock/builder-ui';
import { hrefFor, usePath } from '../router';

/** The Runs page keeps the open trace and span in the URL (`#/runs?trace=…&span=…`): deep links to a span. */
function readParams(path: string) {
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  return { trace: query.get('trace'), span: query.get('span') };
}

function runsPath(trace: string | null, span: string | null) {
  const query = new URLSearchParams();
  if (trace) query.set('trace', trace);
  if (span) query.set('span', span);
  const text = query.toString();
  return text ? `/runs?${text}` : '/runs';
}

function go(trace: string | null, span: string | null) {
  const next = hrefFor(runsPath(trace, span));
  if (window.location.hash !== next) window.history.pushState(null, '', next);
  // pushState does not fire hashchange; the router listens for it.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Recent runs and the selected run's trace: the kit's RunList and RunTraceViewer, wired to the host's URL. */
export function RunsPage() {
  const { trace, span } = readParams(usePath());
  return (
    <section className="console-page" aria-labelledby="runs-title">
      <h1 id="runs-title">Runs</h1>
      <div className="runs-layout">
        <RunList value={trace} onValueChange={(traceId) => go(traceId, null)} />
        <RunTraceViewer
          key={trace ?? 'none'}
          traceId={trace}
          selectedSpanId={span}
          onSelectedSpanIdChange={(spanId) => go(trace, spanId)}
          entityHref={(entity) =>
            entity.type === 'agent' ? `/agents?agent=${encodeURIComponent(entity.id)}` : undefined
          }
        />
      </div>
    </section>
  );
}
