/**
 * The strings every kit surface shares (`common.*`, `error.*`, `permission.*`): the only dictionary
 * `BuilderProvider` carries. Each styled component merges its own dictionary (`<component>.en-US.ts`) under the
 * host's overrides with `useMessages(<component>Messages)`, so a page ships only the strings of the components it
 * renders.
 */
/** The resource of a permission string as users call it. */
const PERMISSION_NOUNS: Record<string, string> = {
  'stored-agents': 'agents',
  agents: 'agents',
  observability: 'runs and traces',
  workflows: 'workflows',
  tools: 'tools',
  datasets: 'review records',
  schedules: 'schedules',
  memory: 'conversations',
};

/** What a missing permission stops, in a sentence a non-developer can act on. */
function permissionSentence(permission: string): string {
  const [resource = '', action = ''] = permission.split(':');
  const thing = PERMISSION_NOUNS[resource] ?? (resource.replace(/^stored-/, '').replace(/-/g, ' ') || 'this');
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

export const commonMessages = {
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
};

export type CommonMessages = typeof commonMessages;
