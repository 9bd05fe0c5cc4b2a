import type { TestRunTransport } from '../core/draft-test-run.js';
import { useAgentComposer } from '../primitives/agent-composer/agent-composer-context.js';
import {
  AgentComposerPrimitiveTestApproval as TestApproval,
  AgentComposerPrimitiveTestApprovalPrompt as TestApprovalPrompt,
  AgentComposerPrimitiveTestApprove as TestApprove,
  AgentComposerPrimitiveTestAuthor as TestAuthor,
  AgentComposerPrimitiveTestBlocker as TestBlocker,
  AgentComposerPrimitiveTestClear as TestClear,
  AgentComposerPrimitiveTestDecline as TestDecline,
  AgentComposerPrimitiveTestInput as TestInput,
  AgentComposerPrimitiveTestMessage as TestMessage,
  AgentComposerPrimitiveTestPanel as TestPanel,
  AgentComposerPrimitiveTestRun as TestRun,
  AgentComposerPrimitiveTestRunError as TestRunError,
  AgentComposerPrimitiveTestSend as TestSend,
  AgentComposerPrimitiveTestStop as TestStop,
  AgentComposerPrimitiveTestText as TestText,
  AgentComposerPrimitiveTestToolCall as TestToolCall,
  AgentComposerPrimitiveTestToolError as TestToolError,
  AgentComposerPrimitiveTestToolLabel as TestToolLabel,
  AgentComposerPrimitiveTestToolTitle as TestToolTitle,
  AgentComposerPrimitiveTestToolValue as TestToolValue,
  AgentComposerPrimitiveTestTrace as TestTrace,
  AgentComposerPrimitiveTestTranscript as TestTranscript,
  AgentComposerPrimitiveTestVersion as TestVersion,
} from '../primitives/agent-composer/agent-composer-test-panel.js';
import { PaddockStylesheets } from '../provider/kit-root.js';
import { agentComposerTestCss } from '../styles/agent-composer-test.js';
import type { AgentComposerProps } from './agent-composer.js';

const STYLESHEETS = { 'agent-composer-test': agentComposerTestCss };

function ToolCall({ toolCallId }: { toolCallId: string }) {
  return (
    <TestToolCall toolCallId={toolCallId}>
      <TestToolTitle />
      <TestToolLabel value="args" />
      <TestToolValue value="args" />
      <TestToolLabel value="result" />
      <TestToolValue value="result" />
      <TestToolError />
      <TestApproval>
        <TestApprovalPrompt />
        <TestApprove data-paddock-button="" data-variant="primary" />
        <TestDecline data-paddock-button="" />
      </TestApproval>
    </TestToolCall>
  );
}

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
  const m = useAgentComposer((c) => c.messages);
  return (
    <TestPanel
      transport={transport}
      traceHref={traceHref}
      aria-label={m['agentComposer.section.test']}
      role="region"
    >
      <PaddockStylesheets stylesheets={STYLESHEETS} />
      <h3 data-slot="paddock-composer-section-title" data-state="static">
        {m['agentComposer.section.test']}
      </h3>
      <TestVersion />
      <TestBlocker />
      <TestTranscript>
        {(run) => (
          <TestRun run={run}>
            <TestMessage author="user" />
            <TestMessage author="assistant">
              <TestAuthor />
              {run.parts.map((part, index) =>
                part.type === 'text' ? (
                  <TestText key={index} index={index} />
                ) : (
                  <ToolCall key={part.call.toolCallId} toolCallId={part.call.toolCallId} />
                ),
              )}
              <TestRunError />
            </TestMessage>
            <TestTrace />
          </TestRun>
        )}
      </TestTranscript>
      <TestInput />
      <div data-slot="paddock-composer-actions" data-state="static">
        <TestSend data-paddock-button="" data-variant="primary" />
        <TestStop data-paddock-button="" />
        <TestClear data-paddock-button="" data-variant="ghost" />
      </div>
    </TestPanel>
  );
}
