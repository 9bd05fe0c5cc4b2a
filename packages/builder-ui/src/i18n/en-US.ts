import { agentComposerMessages } from './agent-composer.en-US.js';

/** What a missing permission stops, in a sentence a non-developer can act on. */
function permissionSentence(permission: string): string {
  const [resource = '', action = ''] = permission.split(':');
  const thing = resource.replace(/^stored-/, '').replace(/-/g, ' ') || 'this';
  switch (action) {
    case 'read':
      return `You cannot see ${thing}. Ask an admin for access.`;
    case 'write':
      return `You can view ${thing} but not change them. Ask an admin for edit rights.`;
    case 'execute':
      return `You can view ${thing} but not run them. Ask an admin for the right to run ${thing}.`;
    case 'publish':
      return `You cannot publish ${thing}. Ask an admin for publishing rights.`;
    case 'delete':
      return `You cannot delete ${thing}. Ask an admin.`;
    default:
      return 'You are not allowed to do this. Ask an admin for access.';
  }
}

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
  'error.authentication': 'You are signed out or your session has expired. Sign in again.',
  'error.permissionDenied': (permission: string | undefined) =>
    permission ? permissionSentence(permission) : 'You are not allowed to do this. Ask an admin for access.',
  'error.notFound': 'This no longer exists, or you are not allowed to see it.',
  'error.connection': 'The server could not be reached. Check your connection; your work is kept.',
  'error.timeout': 'The server took too long to answer. Try again in a moment.',
  'error.rateLimit': 'Too many requests at once. Wait a moment, then try again.',
  'error.server': 'The server ran into a problem. Try again; if it keeps happening, tell your admin.',
  'error.validation': 'The server sent an answer this page cannot read. Tell your admin.',
  'error.badRequest': 'The server did not accept this. Check what you entered and try again.',
  'error.unknown': 'Something unexpected went wrong. Try again.',

  'permission.checking': 'Checking what you can do…',
  'permission.signedOut': 'Sign in to do this.',
  /** The missing permission in words; the permission id itself is the `permission.detail`. */
  'permission.missing': (permission: string) => permissionSentence(permission),
  'permission.detail': (permission: string) => `Missing permission: ${permission}`,
  'permission.unknown': 'What you may do could not be checked. Reload the page to try again.',
  'permission.unreachable':
    'The server could not be reached, so what you may do is not known yet. Check your connection.',

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
  'picker.policyUnknown': (reason: string) =>
    `Nothing can be added right now: the builder's allow-lists could not be read, so no primitive is known to be allowed. ${reason}`,
  'picker.policyReason.permission': 'You are not allowed to read the builder settings. Ask an admin.',
  'picker.policyReason.not-found': 'This server does not offer builder settings.',
  'picker.policyReason.misfit': 'The server sent builder settings this page cannot read. Tell your admin.',
  'picker.policyReason.other': 'Try again later, or tell your admin if it keeps happening.',
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
