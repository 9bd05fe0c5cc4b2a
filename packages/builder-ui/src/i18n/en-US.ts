import { agentComposerMessages } from './agent-composer.en-US.js';

/**
 * Every user-facing string of the kit, aria labels included. Hosts override any subset through
 * `<BuilderProvider messages={{ 'picker.confirm': 'Use these' }}>`. Function entries receive the values that
 * change word order or plural form, so a translation controls the whole sentence.
 *
 * Keys are `<area>.<name>`; new components add their own area rather than reusing another one's keys.
 */
export const enUS = {
  'common.retry': 'Retry',
  'common.close': 'Close',
  'common.loading': 'Loading…',

  'error.title': 'Something went wrong',
  'error.authentication': 'Your session is missing or has expired. Sign in again.',
  'error.permissionDenied': (permission: string | undefined) =>
    permission ? `You do not have the "${permission}" permission.` : 'You do not have permission to do this.',
  'error.notFound': 'Not found, or not visible to you.',
  'error.connection': 'Could not reach the server.',
  'error.timeout': 'The server took too long to answer.',
  'error.rateLimit': 'Too many requests. Try again in a moment.',
  'error.server': 'The server failed to answer this request.',
  'error.validation': 'The server answered with data this client does not understand.',
  'error.unknown': 'An unexpected error occurred.',

  'permission.checking': 'Checking your permissions…',
  'permission.signedOut': 'Sign in to do this.',
  'permission.missing': (permission: string) => `Requires the "${permission}" permission.`,
  'permission.unknown': 'Your permissions could not be loaded.',

  'picker.label': 'Primitive catalog',
  'picker.trigger': 'Add primitives',
  'picker.dialogTitle': 'Add primitives',
  'picker.dialogDescription': 'Choose the tools, agents, workflows and models this agent may use.',
  'picker.searchLabel': 'Search primitives',
  'picker.searchPlaceholder': 'Search by name, id, description or tag',
  'picker.filtersLabel': 'Filter primitives',
  'picker.filterGroup.kind': 'Kind',
  'picker.filterGroup.risk': 'Risk',
  'picker.filterGroup.owner': 'Owner',
  'picker.clearFilters': 'Clear filters',
  'picker.listLabel': 'Primitives',
  'picker.kind.tool': 'Tool',
  'picker.kind.agent': 'Agent',
  'picker.kind.workflow': 'Workflow',
  'picker.kind.model': 'Model',
  'picker.risk.low': 'Low risk',
  'picker.risk.medium': 'Medium risk',
  'picker.risk.high': 'High risk',
  'picker.risk.unknown': 'Risk not declared',
  'picker.requiresApproval': 'Requires approval',
  'picker.sideEffects': (effects: readonly string[]) => `Side effects: ${effects.join(', ')}`,
  'picker.owner': (owner: string) => `Owner: ${owner}`,
  'picker.ownerUnknown': 'No owner declared',
  'picker.contact': (contact: string) => `Contact: ${contact}`,
  'picker.schemaMore': (count: number) => `+${count} more`,
  'picker.schema': (fields: string | null) => `Input: ${fields ?? 'No input'}`,
  'picker.modelStatus': (provider: string, connected: boolean, isDefault: boolean) =>
    `${provider}: ${connected ? 'Provider connected' : 'Provider not connected'}${isDefault ? ' · Default model' : ''}`,
  'picker.unavailable.not-allow-listed': 'Not on the allow-list',
  'picker.unavailable.model-policy': 'Blocked by the model policy',
  'picker.unavailable.provider-disconnected': 'Provider not connected',
  'picker.unavailable.policy-unknown': 'The allow-lists could not be loaded',
  'picker.unavailable.unknown': 'Unavailable',
  'picker.results': (count: number) => (count === 1 ? '1 primitive' : `${count} primitives`),
  'picker.selected': (count: number) =>
    count === 0 ? 'Nothing selected' : count === 1 ? '1 selected' : `${count} selected`,
  'picker.loading': 'Loading the catalog…',
  'picker.empty': 'No primitive matches your search or filters.',
  'picker.emptyCatalog': 'No primitives are available to you.',
  'picker.errorTitle': 'The catalog could not be loaded',
  'picker.confirm': 'Add selected',
  'picker.confirmNeedsSelection': 'Select at least one primitive first.',
  'picker.clearSelection': 'Clear selection',

  // AgentComposer (`agentComposer.*`), kept in its own module.
  ...agentComposerMessages,
};

/** The messages dictionary. Function entries take the values a translation may need to reorder. */
export type PaddockMessages = typeof enUS;
/** A partial dictionary a host passes to override some strings. */
export type PaddockMessageOverrides = Partial<PaddockMessages>;
