/**
 * The strings every kit surface shares (`common.*`, `error.*`, `permission.*`): the only dictionary
 * `BuilderProvider` carries. Each styled component merges its own dictionary (`<component>.en-US.ts`) under the
 * host's overrides with `useMessages(<component>Messages)`, so a page ships only the strings of the components it
 * renders.
 */
export const commonMessages = {
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
};

export type CommonMessages = typeof commonMessages;
