// Declared locally so the library does not depend on Node types; bundlers replace the expression.
declare const process: { env: { NODE_ENV?: string } } | undefined;

/** True unless the host's bundler says production. */
export const isDevelopment = typeof process !== 'undefined' && process.env.NODE_ENV !== 'production';
