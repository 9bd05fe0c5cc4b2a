import { createRoot } from 'react-dom/client';
import { AgentComposer, BuilderProvider } from '@paddock/builder-ui';
import { createMemoryDraftStorage } from '@paddock/builder-ui/core';
// The kit's own fake server for the composer (not part of the public package).
import {
  createComposerMockServer,
  supportBot,
} from '../../packages/builder-ui/src/testing/composer-mock-server.ts';
import { keystrokeRecorder, longTasks } from './harness.ts';

const size = new URLSearchParams(location.search).get('size') ?? 'small';

/** ~`bytes` of instruction prose: numbered policy paragraphs, the way long system prompts look. */
function longInstructions(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 1; length < bytes; index++) {
    const paragraph =
      `${index}. When a customer asks about order ${1000 + index}, look the order up first, quote its status ` +
      `exactly, and never promise a refund above the policy limit without approval from finance.\n`;
    parts.push(paragraph);
    length += paragraph.length;
  }
  return parts.join('').slice(0, bytes);
}

const agent =
  size === 'big'
    ? { ...supportBot, id: 'big-bot', name: 'Big bot', instructions: longInstructions(200_000) }
    : supportBot;
const server = createComposerMockServer({ agents: [agent] });
const tasks = longTasks();
const keys = keystrokeRecorder(document.body);
let lastLength = -1;

createRoot(document.getElementById('root')!).render(
  <BuilderProvider client={server.client} theme="light">
    <AgentComposer
      agentId={agent.id}
      storage={createMemoryDraftStorage()}
      onValueChange={(draft) => {
        // Committed: the draft store accepted the keystroke's edit.
        if (draft.instructions.length !== lastLength) keys.commit();
        lastLength = draft.instructions.length;
      }}
    />
  </BuilderProvider>,
);

window.__bench = {
  instructionsLength: () => (agent.instructions as string).length,
  ready: () => {
    const box = document.querySelector<HTMLTextAreaElement>('textarea');
    return !!box && !box.readOnly && box.value.length > 0;
  },
  keys: () => keys.samples,
  pending: () => keys.pending(),
  longTasks: () => tasks.take(),
};
