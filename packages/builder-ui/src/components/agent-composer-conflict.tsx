import {
  AgentComposerPrimitiveConflictAnnounce as ConflictAnnounce,
  AgentComposerPrimitiveConflictApply as ConflictApply,
  AgentComposerPrimitiveConflictBody as ConflictBody,
  AgentComposerPrimitiveConflictDescription as ConflictDescription,
  AgentComposerPrimitiveConflictHead as ConflictHead,
  AgentComposerPrimitiveConflictResolver as ConflictResolver,
  AgentComposerPrimitiveConflictTable as ConflictTable,
  AgentComposerPrimitiveConflictTitle as ConflictTitle,
} from '../primitives/agent-composer/agent-composer-conflict.js';
import { PaddockStylesheets } from '../provider/kit-root.js';
import { agentComposerConflictCss } from '../styles/agent-composer-conflict.js';

const STYLESHEETS = { 'agent-composer-conflict': agentComposerConflictCss };

/**
 * The styled composer's conflict resolver, in its own module with its CSS and strings: it shows only when
 * someone else's save conflicts with the user's edit, so it loads then (`React.lazy`), not with every composer.
 */
export default function ConflictResolverBody() {
  return (
    <>
      <PaddockStylesheets stylesheets={STYLESHEETS} />
      <ConflictResolver>
        <ConflictTitle />
        <ConflictAnnounce />
        <ConflictDescription />
        <ConflictTable>
          <ConflictHead />
          <ConflictBody />
        </ConflictTable>
        <ConflictApply data-paddock-button="" data-variant="primary" />
      </ConflictResolver>
    </>
  );
}
