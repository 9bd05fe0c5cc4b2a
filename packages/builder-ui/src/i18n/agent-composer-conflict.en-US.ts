/**
 * The AgentComposer's conflict resolver strings (`agentComposer.conflict.*`). Apart from the composer's own
 * dictionary because the resolver loads on demand, only when someone else's save conflicts with the user's
 * edit; hosts override them like any other key through `<BuilderProvider messages>`.
 */
export const agentComposerConflictMessages = {
  'agentComposer.conflict.title': 'This agent changed while you were editing',
  'agentComposer.conflict.description':
    'Another editor saved a newer version. Compare the fields below and choose what to keep; nothing is overwritten until you apply.',
  'agentComposer.conflict.field': 'Field',
  'agentComposer.conflict.mine': 'Your edit',
  'agentComposer.conflict.theirs': 'Their version',
  'agentComposer.conflict.keepMine': 'Keep mine',
  'agentComposer.conflict.keepTheirs': 'Take theirs',
  'agentComposer.conflict.keepBoth': 'Merge both',
  'agentComposer.conflict.kind.mine': 'Changed by you',
  'agentComposer.conflict.kind.theirs': 'Changed by them',
  'agentComposer.conflict.kind.both': 'Changed by both',
  'agentComposer.conflict.kind.same': 'Same change',
  'agentComposer.conflict.apply': 'Apply and save',
  'agentComposer.conflict.empty': '(empty)',
  'agentComposer.conflict.memory': (lastMessages: number, semanticRecall: boolean, generateTitle: boolean) =>
    [
      `Remember the conversation: ${lastMessages} messages of history`,
      semanticRecall ? 'recall related older messages' : null,
      generateTitle ? 'title new conversations' : null,
    ]
      .filter(Boolean)
      .join(', '),
  'agentComposer.conflict.announce':
    'Someone else saved this agent while you were editing. Choose what to keep below.',
};

export type AgentComposerConflictMessages = typeof agentComposerConflictMessages;
