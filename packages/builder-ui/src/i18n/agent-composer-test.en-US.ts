/**
 * The AgentComposer's test panel strings (`agentComposer.test.*`). Apart from the composer's own dictionary
 * because the styled composer loads its test panel in a chunk of its own, after the form; hosts override them
 * like any other key through `<BuilderProvider messages>`.
 */
export const agentComposerTestMessages = {
  'agentComposer.test.label': 'Test conversation',
  'agentComposer.test.input': 'Message to the draft',
  'agentComposer.test.inputPlaceholder': 'Ask the draft something, e.g. “Look up customer C-1001”',
  'agentComposer.test.send': 'Send',
  'agentComposer.test.stop': 'Stop',
  'agentComposer.test.clear': 'Clear conversation',
  'agentComposer.test.empty': 'Runs use the saved draft version, not the published one.',
  'agentComposer.test.needsSave': 'Save the agent once to test it.',
  'agentComposer.test.needsVersion': 'The saved draft version is not known yet. Save the draft to test it.',
  'agentComposer.test.refused': (reason: string) => `Testing is off until the draft can be saved: ${reason}`,
  'agentComposer.test.saveFailed': (reason: string) => `Not sent: the draft could not be saved. ${reason}`,
  'agentComposer.test.version': (version: string) => `Draft version ${version}`,
  'agentComposer.test.you': 'You',
  'agentComposer.test.agent': 'Agent',
  'agentComposer.test.toolCall': (name: string) => `Tool call: ${name}`,
  'agentComposer.test.args': 'Arguments',
  'agentComposer.test.result': 'Result',
  'agentComposer.test.toolStatus.running': 'Running',
  'agentComposer.test.toolStatus.awaiting-approval': 'Waiting for approval',
  'agentComposer.test.toolStatus.declined': 'Declined',
  'agentComposer.test.toolStatus.success': 'Done',
  'agentComposer.test.toolStatus.error': 'Failed',
  'agentComposer.test.approvalPrompt': (name: string) => `${name} needs your approval to run.`,
  'agentComposer.test.approve': 'Approve',
  'agentComposer.test.decline': 'Decline',
  'agentComposer.test.trace': (traceId: string) => `Trace ${traceId}`,
  'agentComposer.test.error.model': (message: string) => `The model failed: ${message}`,
  'agentComposer.test.error.blocked': (message: string) => `Blocked: ${message}`,
  'agentComposer.test.error.blockedNoReason': 'A processor blocked this run without giving a reason.',
  'agentComposer.test.error.modelNoReason': 'The model failed without giving a reason.',
  'agentComposer.test.error.permission': (message: string) => `Not allowed: ${message}`,
  'agentComposer.test.error.offline': () => 'Could not reach the server.',
  'agentComposer.test.error.not-found': () => 'The agent or version was not found.',
  'agentComposer.test.error.aborted': () => 'Stopped.',
  'agentComposer.test.error.unknown': (message: string) => message,
};

export type AgentComposerTestMessages = typeof agentComposerTestMessages;
