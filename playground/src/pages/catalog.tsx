import { useState } from 'react';
import { PrimitivePicker } from '@paddock/builder-ui';

/**
 * The primitive catalog as an agent author sees it: everything the org allows, with risk and ownership, and the
 * items they may not use shown greyed with the reason. Embeds the kit's PrimitivePicker twice: inline, and as
 * the dialog an agent editor would open.
 */
export function CatalogPage() {
  const [confirmed, setConfirmed] = useState<readonly string[]>([]);
  return (
    <section className="console-page" aria-labelledby="catalog-title">
      <h1 id="catalog-title">Catalog</h1>
      <p>
        Tools, agents, workflows and models approved for internal agents, with who owns them and how risky
        they are.
      </p>
      <PrimitivePicker showUnavailable onConfirm={setConfirmed} />
      <div className="console-row">
        Or pick from a dialog: <PrimitivePicker variant="dialog" onConfirm={setConfirmed} />
      </div>
      <h2>Confirmed selection</h2>
      <output data-testid="confirmed-selection">
        {confirmed.length ? confirmed.join(', ') : 'Nothing yet'}
      </output>
    </section>
  );
}
