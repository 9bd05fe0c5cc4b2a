import { RunList, RunTraceViewer } from '@paddock/builder-ui';
import { Embedded } from '../embed';
import { hrefFor, useSearchParams } from '../router';

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
  // The open trace and span live in the URL (`#/runs?trace=…&span=…`): deep links to a span.
  const query = useSearchParams();
  const trace = query.get('trace');
  const span = query.get('span');
  return (
    <section className="console-page" aria-labelledby="runs-title">
      <h1 id="runs-title">Runs</h1>
      <div className="runs-layout">
        <Embedded name="RunList">
          <RunList value={trace} onValueChange={(traceId) => go(traceId, null)} />
        </Embedded>
        <Embedded name="RunTraceViewer">
          <RunTraceViewer
            key={trace ?? 'none'}
            traceId={trace}
            selectedSpanId={span}
            onSelectedSpanIdChange={(spanId) => go(trace, spanId)}
            entityHref={(entity) =>
              entity.type === 'agent' ? `/agents?agent=${encodeURIComponent(entity.id)}` : undefined
            }
          />
        </Embedded>
      </div>
    </section>
  );
}
