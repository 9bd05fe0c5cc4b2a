/**
 * The AgentComposer's strings (`agentComposer.*`). Kept in their own module and spread into the kit's
 * dictionary; hosts override them like any other key through `<BuilderProvider messages>`.
 */
export const agentComposerMessages = {
  'agentComposer.label': 'Agent composer',
  'agentComposer.newAgent': 'New agent',
  'agentComposer.loading': 'Loading the agent…',
  'agentComposer.loadError': 'The agent could not be loaded.',
  'agentComposer.loadRetry': 'Try loading again',
  'agentComposer.error.modelNotAllowed':
    'The server does not allow this model for this agent. Choose another model.',
  'agentComposer.error.invalid': 'The server refused the draft as invalid. Check the fields and try again.',

  'agentComposer.section.profile': 'Profile',
  'agentComposer.section.instructions': 'Instructions',
  'agentComposer.section.model': 'Model',
  'agentComposer.section.tools': 'Tools',
  'agentComposer.section.agents': 'Sub-agents',
  'agentComposer.section.workflows': 'Workflows',
  'agentComposer.section.memory': 'Memory',
  'agentComposer.section.sharing': 'Sharing',
  'agentComposer.section.test': 'Test the draft',

  'agentComposer.name': 'Name',
  'agentComposer.namePlaceholder': 'e.g. Renewal risk assistant',
  'agentComposer.description': 'Description',
  'agentComposer.descriptionPlaceholder': 'What this agent is for, in one sentence',
  'agentComposer.instructions': 'Instructions',
  'agentComposer.instructionsPlaceholder': 'Tell the agent who it helps, what it may do, and how to answer.',
  'agentComposer.instructionsStats': (characters: number, tokens: number) =>
    `${characters.toLocaleString('en-US')} characters · about ${tokens.toLocaleString('en-US')} tokens`,
  'agentComposer.model': 'Model',
  'agentComposer.modelDefault': (label: string) => `${label} (default)`,
  'agentComposer.modelServerDefault': 'Server default',
  'agentComposer.modelLocked.pinned': 'The model is pinned by your organisation’s model policy.',
  'agentComposer.modelLocked.hidden': 'Model choice is turned off on this server; the default model is used.',
  'agentComposer.modelLocked.conditional': 'The model has conditional variants; edit it in code.',
  'agentComposer.modelOptionUnavailable': (label: string, reason: string) => `${label} — ${reason}`,
  'agentComposer.instructionsLocked':
    'The instructions are built from instruction blocks; edit them in code.',
  'agentComposer.bindingsEmpty.tools': 'No tools yet.',
  'agentComposer.bindingsEmpty.agents': 'No sub-agents yet.',
  'agentComposer.bindingsEmpty.workflows': 'No workflows yet.',
  'agentComposer.bindingsAdd.tools': 'Add tools',
  'agentComposer.bindingsAdd.agents': 'Add sub-agents',
  'agentComposer.bindingsAdd.workflows': 'Add workflows',
  'agentComposer.bindingsList.tools': 'Bound tools',
  'agentComposer.bindingsList.agents': 'Bound sub-agents',
  'agentComposer.bindingsList.workflows': 'Bound workflows',
  'agentComposer.bindingRemove': (name: string) => `Remove ${name}`,
  'agentComposer.bindingLocked': 'These bindings have conditional variants; edit them in code.',
  'agentComposer.memory': 'Remember the conversation',
  'agentComposer.memoryLastMessages': 'Messages of history',
  'agentComposer.memorySemanticRecall': 'Recall related older messages',
  'agentComposer.memoryGenerateTitle': 'Title new conversations',
  'agentComposer.memoryLocked': 'Memory has conditional variants; edit it in code.',
  'agentComposer.visibility': 'Visibility',
  'agentComposer.visibility.private': 'Private: only you (and admins)',
  'agentComposer.visibility.public': 'Public: everyone in the organisation',
  'agentComposer.owner': 'Owner',
  'agentComposer.ownerYou': (name: string) => `${name} (you)`,
  'agentComposer.ownerUnknown': 'Not recorded',
  'agentComposer.team': 'Team',
  'agentComposer.teamPlaceholder': 'e.g. Support',

  'agentComposer.issue.required': 'Required.',
  'agentComposer.issue.tooLong': (max: number) => `At most ${max} characters.`,
  'agentComposer.issue.idTaken': 'An agent with this name already exists. Choose another name.',
  'agentComposer.issue.schema': (message: string) => message,
  'agentComposer.issue.idTakenId': 'An agent with this ID already exists. Choose another ID.',
  'agentComposer.issue.invalidId': 'Use letters, digits, "-" and "_" only, starting with a letter or digit.',
  'agentComposer.refusal.not-allow-listed': (id: string) => `${id} is not on your organisation’s allow-list.`,
  'agentComposer.refusal.model-policy': (id: string) => `${id} is not allowed by the model policy.`,
  'agentComposer.refusal.provider-disconnected': (id: string) =>
    `${id} cannot be used: its provider is not connected.`,
  'agentComposer.refusal.unknown': (id: string) => `${id} does not exist on this server.`,
  'agentComposer.refusal.policy-unknown': (id: string) =>
    `${id} cannot be checked: the builder's allow-lists could not be read.`,
  'agentComposer.refusal.read-only': () => 'This agent is read-only for you.',

  'agentComposer.status.idle': 'No changes',
  'agentComposer.status.pending': 'Unsaved changes',
  'agentComposer.status.saving': 'Saving draft…',
  'agentComposer.status.saved': 'Draft saved',
  'agentComposer.status.offline': 'Offline: changes are kept and will be saved when the server is back',
  'agentComposer.status.error': (message: string) => `Draft not saved: ${message}`,
  'agentComposer.status.conflict': 'Someone else changed this agent. Choose what to keep.',
  'agentComposer.status.invalid': 'Not saved yet: some fields need attention.',
  'agentComposer.status.hold.allow-lists-loading': 'Checking the allow-lists…',
  'agentComposer.status.hold.allow-lists-failed':
    'The allow-lists could not be loaded; nothing is saved until they are.',
  'agentComposer.restored': 'Restored your unsaved changes from this device.',
  'agentComposer.discardLocal': 'Discard local changes',
  'agentComposer.save': 'Save draft',
  'agentComposer.retry': 'Retry saving',
  'agentComposer.requestReview': 'Request review',
  'agentComposer.requestReviewReason.unsaved': 'Save the draft first.',
  'agentComposer.requestReviewReason.invalid': 'Fix the highlighted fields first.',
  'agentComposer.requestReviewReason.conflict': 'Resolve the conflicting edit first.',
  'agentComposer.neverPublishes': 'Saving creates a draft version. Publishing happens after review.',
  // Stored on the draft version (reviewers read them), not shown in the composer; `fields` are draft field ids.
  'agentComposer.changeMessage.created': (fields: readonly string[]) =>
    fields.length === 0 ? 'Draft created' : `Draft created: ${fields.join(', ')}`,
  'agentComposer.changeMessage.saved': (fields: readonly string[]) =>
    fields.length === 0 ? 'Draft saved' : `Draft saved: ${fields.join(', ')}`,
  'agentComposer.readOnly': (reason: string) => `Read-only. ${reason}`,
  // The server's rule: only the agent's author may change it (admins included: there is no bypass).
  'agentComposer.readOnlyNotOwner': (owner: string) =>
    `Only its author, ${owner}, can change this agent. Ask them to make the change.`,
  'agentComposer.readOnlyNoWrite': 'You can view this agent but not change it. Ask an admin for edit rights.',
  'agentComposer.readOnlySignedOut': 'Sign in to change this agent.',

  'agentComposer.field.name': 'Name',
  'agentComposer.field.id': 'Agent ID',
  'agentComposer.idHint':
    'Proposed from the name. Used in links and API calls; it cannot change after the first save.',
  'agentComposer.field.description': 'Description',
  'agentComposer.field.instructions': 'Instructions',
  'agentComposer.field.model': 'Model',
  'agentComposer.field.tools': 'Tools',
  'agentComposer.field.agents': 'Sub-agents',
  'agentComposer.field.workflows': 'Workflows',
  'agentComposer.field.memory': 'Memory',
  'agentComposer.field.visibility': 'Visibility',
  'agentComposer.field.team': 'Team',
};

export type AgentComposerMessages = typeof agentComposerMessages;
