import { useState } from 'react';
import { PrimitivePicker } from '@paddock/builder-ui';
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
  return (
    <section className="console-page" aria-labelledby="catalog-title">
      <h1 id="catalog-title">Catalog</h1>
      <p>
        Tools, agents, workflows and models approved for internal agents, with who owns them and how risky
        they are. Choose some and start an agent with them.
      </p>
      <Embedded name="PrimitivePicker">
        <PrimitivePicker
          showUnavailable
          onConfirm={(keys) => {
            setConfirmed(keys);
            if (keys.length) window.location.hash = startAgentPath(keys);
          }}
        />
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
