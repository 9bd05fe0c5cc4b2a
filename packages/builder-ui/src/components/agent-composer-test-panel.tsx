import type { TestRunTransport } from '../core/draft-test-run.js';
import * as AgentComposerPrimitive from '../primitives/agent-composer/index.js';
import { PaddockStylesheets } from '../provider/kit-root.js';
import { agentComposerTestCss } from '../styles/agent-composer-test.js';
import type { AgentComposerProps } from './agent-composer.js';

const STYLESHEETS = { 'agent-composer-test': agentComposerTestCss };

function ToolCall({ toolCallId }: { toolCallId: string }) {
  return (
    <AgentComposerPrimitive.TestToolCall toolCallId={toolCallId}>
      <AgentComposerPrimitive.TestToolTitle />
      <AgentComposerPrimitive.TestToolLabel value="args" />
      <AgentComposerPrimitive.TestToolValue value="args" />
      <AgentComposerPrimitive.TestToolLabel value="result" />
      <AgentComposerPrimitive.TestToolValue value="result" />
      <AgentComposerPrimitive.TestToolError />
      <AgentComposerPrimitive.TestApproval>
        <AgentComposerPrimitive.TestApprovalPrompt />
        <AgentComposerPrimitive.TestApprove data-paddock-button="" data-variant="primary" />
        <AgentComposerPrimitive.TestDecline data-paddock-button="" />
      </AgentComposerPrimitive.TestApproval>
    </AgentComposerPrimitive.TestToolCall>
  );
}

/**
 * The styled composer's test panel with its CSS and strings: deferred (agent-composer-deferred.ts), so its run
 * store and stream handling load beside the draft, not in the composer's first chunk.
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
      <PaddockStylesheets stylesheets={STYLESHEETS} />
      <h3 data-slot="paddock-composer-section-title" data-state="static">
        {m['agentComposer.section.test']}
      </h3>
      <AgentComposerPrimitive.TestVersion />
      <AgentComposerPrimitive.TestBlocker />
      <AgentComposerPrimitive.TestTranscript>
        {(run) => (
          <AgentComposerPrimitive.TestRun run={run}>
            <AgentComposerPrimitive.TestMessage author="user" />
            <AgentComposerPrimitive.TestMessage author="assistant">
              <AgentComposerPrimitive.TestAuthor />
              {run.parts.map((part, index) =>
                part.type === 'text' ? (
                  <AgentComposerPrimitive.TestText key={index} index={index} />
                ) : (
                  <ToolCall key={part.call.toolCallId} toolCallId={part.call.toolCallId} />
                ),
              )}
              <AgentComposerPrimitive.TestRunError />
            </AgentComposerPrimitive.TestMessage>
            <AgentComposerPrimitive.TestTrace />
          </AgentComposerPrimitive.TestRun>
        )}
      </AgentComposerPrimitive.TestTranscript>
      <AgentComposerPrimitive.TestInput />
      <div data-slot="paddock-composer-actions" data-state="static">
        <AgentComposerPrimitive.TestSend data-paddock-button="" data-variant="primary" />
        <AgentComposerPrimitive.TestStop data-paddock-button="" />
        <AgentComposerPrimitive.TestClear data-paddock-button="" data-variant="ghost" />
      </div>
    </AgentComposerPrimitive.TestPanel>
  );
}
