import * as AgentComposerPrimitive from '../primitives/agent-composer/index.js';
import { PaddockStylesheets } from '../provider/kit-root.js';
import { agentComposerConflictCss } from '../styles/agent-composer-conflict.js';

const STYLESHEETS = { 'agent-composer-conflict': agentComposerConflictCss };

/**
 * The styled composer's conflict resolver with its CSS and strings: it shows only when someone else's save
 * conflicts with the user's edit, so it is deferred (agent-composer-deferred.ts), not in the composer's first chunk.
 */
export default function ConflictResolverBody() {
  return (
    <>
      <PaddockStylesheets stylesheets={STYLESHEETS} />
      <AgentComposerPrimitive.ConflictResolver>
        <AgentComposerPrimitive.ConflictTitle />
        <AgentComposerPrimitive.ConflictAnnounce />
        <AgentComposerPrimitive.ConflictDescription />
        <AgentComposerPrimitive.ConflictTable>
          <AgentComposerPrimitive.ConflictHead />
          <AgentComposerPrimitive.ConflictBody />
        </AgentComposerPrimitive.ConflictTable>
        <AgentComposerPrimitive.ConflictApply data-paddock-button="" data-variant="primary" />
      </AgentComposerPrimitive.ConflictResolver>
    </>
  );
}
