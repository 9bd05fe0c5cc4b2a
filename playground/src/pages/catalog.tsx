import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { BuilderProvider, PrimitivePicker } from '@paddock/builder-ui';
import { useHostClient } from '../host-client';
import { Embedded } from '../embed';
import { hrefFor } from '../router';
import { startAgentPath } from './start-agent';

/**
 * The primitive catalog as an agent author sees it: everything the org allows, with risk and ownership, and the
 * items they may not use shown greyed with the reason. "Start an agent with these" opens the composer with the
 * chosen primitives already bound.
 */
export function CatalogPage() {
  const [confirmed, setConfirmed] = useState<readonly string[]>([]);
  const client = useHostClient();
  const queryClient = useQueryClient();
  return (
    <section className="console-page" aria-labelledby="catalog-title">
      <h1 id="catalog-title">Catalog</h1>
      <p>
        Tools, agents, workflows and models approved for internal agents, with who owns them and how risky
        they are. Choose some and start an agent with them.
      </p>
      <Embedded name="PrimitivePicker">
        {/* A nested provider on the same client and cache, only to word this picker's confirm button for this page. */}
        <BuilderProvider
          client={client}
          queryClient={queryClient}
          messages={{ 'picker.confirm': 'Start an agent with these' }}
        >
          <PrimitivePicker
            showUnavailable
            onConfirm={(keys) => {
              setConfirmed(keys);
              if (keys.length) window.location.hash = startAgentPath(keys);
            }}
          />
        </BuilderProvider>
      </Embedded>
      {confirmed.length ? (
        <p className="console-row" data-testid="confirmed-selection">
          Opening the composer with {confirmed.join(', ')}…{' '}
          <a href={hrefFor(startAgentPath(confirmed))}>Open it</a>
        </p>
      ) : null}
    </section>
  );
}
