import type { TestRunTransport } from '../core/draft-test-run.js';
import * as AgentComposerPrimitive from '../primitives/agent-composer/index.js';
import type { AgentComposerProps } from './agent-composer.js';

/**
 * The styled composer's test panel, in its own module so its run store and stream handling load beside the
 * draft (`React.lazy`), not in the composer's first chunk.
 */
export default function TestPanelBody({
  transport,
  traceHref,
}: {
  transport: TestRunTransport | undefined;
  traceHref: AgentComposerProps['traceHref'];
}) {
  const m = AgentComposerPrimitive.useAgentComposer((c) => c.messages);
  return (
    <AgentComposerPrimitive.TestPanel
      transport={transport}
      traceHref={traceHref}
      aria-label={m['agentComposer.section.test']}
      role="region"
    >
      <h3 data-slot="paddock-composer-section-title" data-state="static">
        {m['agentComposer.section.test']}
      </h3>
      <AgentComposerPrimitive.TestVersion />
      <AgentComposerPrimitive.TestBlocker />
      <AgentComposerPrimitive.TestTranscript />
      <AgentComposerPrimitive.TestInput />
      <div data-slot="paddock-composer-actions" data-state="static">
        <AgentComposerPrimitive.TestSend data-paddock-button="" data-variant="primary" />
        <AgentComposerPrimitive.TestStop data-paddock-button="" />
        <AgentComposerPrimitive.TestClear data-paddock-button="" data-variant="ghost" />
      </div>
    </AgentComposerPrimitive.TestPanel>
  );
}
